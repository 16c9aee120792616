/**
 * Upper bounds on what one request may ask for. Each is far above what a real swarm needs and
 * low enough that the checks behind it (IPAM overlaps are quadratic, port lists are expanded
 * from ranges) stay in the milliseconds, and that a refusal lists a bounded number of problems.
 */
export const LIMITS = {
  /** Bytes of a JSON request body (413 above). */
  apiBodyBytes: 64 * 1024,
  /** Bytes of a login body: a token and nothing else. */
  loginBodyBytes: 1024,
  /** IPAM configurations of one network (Docker networks have one or two). */
  ipamConfigs: 32,
  /** Labels on one object, and the length of each key and value. */
  labels: 128,
  labelKeyChars: 256,
  labelValueChars: 4096,
  /** Entries in a `publish` list, and ports in a service's list once ranges are expanded. */
  publishEntries: 256,
  ports: 1024,
  /** Aliases of a service on one network, and the length of an alias or a network reference. */
  aliases: 32,
  nameChars: 256,
  /** CIDR or address text (the longest IPv6 CIDR is 43 characters). */
  addressChars: 64,
  /** Problems listed in one 400 answer; the rest are counted in a last entry. */
  errorDetails: 50,
} as const;

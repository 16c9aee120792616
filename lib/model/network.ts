import { z } from "zod";

/**
 * The subnet/gateway/ip-range shape, declared once: the network DTO uses it with plain
 * strings, the create request (lib/schemas/network-create.ts) with length-limited ones.
 */
export const ipamConfigShape = <T extends z.ZodString>(text: T) => ({
  subnet: text,
  gateway: text.optional(),
  ipRange: text.optional(),
});

export const ipamConfigSchema = z.object(ipamConfigShape(z.string()));

export type IpamConfig = z.infer<typeof ipamConfigSchema>;

/** A network as every view and route speaks it (Docker's PascalCase reshaped at lib/docker). */
export const networkSchema = z.object({
  id: z.string(),
  name: z.string(),
  driver: z.string(),
  scope: z.string(),
  created: z.string(),
  internal: z.boolean(),
  attachable: z.boolean(),
  ingress: z.boolean(),
  encrypted: z.boolean(),
  ipv6: z.boolean(),
  /** From `com.docker.network.driver.mtu`; null when the driver default applies. */
  mtu: z.number().nullable(),
  ipam: z.array(ipamConfigSchema),
  options: z.record(z.string(), z.string()),
  labels: z.record(z.string(), z.string()),
  /** Created by Docker itself (ingress, docker_gwbridge, bridge, host, none). */
  system: z.boolean(),
});

export type Network = z.infer<typeof networkSchema>;

/** An endpoint on a network as `network inspect` lists it (containers, sandboxes, LB endpoints). */
export const networkEndpointSchema = z.object({
  id: z.string(),
  name: z.string(),
  ipv4: z.string().nullable(),
  ipv6: z.string().nullable(),
  mac: z.string().nullable(),
});

export type NetworkEndpoint = z.infer<typeof networkEndpointSchema>;

/** A node that holds a copy of the network, from `network inspect --verbose`. */
export const peerSchema = z.object({ name: z.string(), ip: z.string() });
export type Peer = z.infer<typeof peerSchema>;

/** What `GET /networks/:id?verbose=true` adds to the list entry. */
export const networkInspectSchema = networkSchema.extend({
  endpoints: z.array(networkEndpointSchema),
  peers: z.array(peerSchema),
});

export type NetworkInspect = z.infer<typeof networkInspectSchema>;

import { getEnv } from "@/lib/env";

/** Written by server.mjs from the TCP socket, overwriting any value a client sent. */
export const CLIENT_ADDRESS_HEADER = "x-swarmnet-client-address";

/** Every client in one bucket: what is left when the connection cannot be seen. */
export const SHARED_BUCKET = "all-clients";

type HasHeaders = { headers: Headers };

/**
 * The client address for rate limits and the audit log:
 * - behind a trusted reverse proxy (SWARMNET_TRUST_PROXY=1), the last X-Forwarded-For hop;
 * - under server.mjs (`npm start`), the socket's address, which it writes into
 *   CLIENT_ADDRESS_HEADER on every request (Next.js route handlers cannot see the socket);
 * - otherwise (`next start`/`next dev` run by hand) one shared bucket, since any header the
 *   client sends could be forged: brute force stays bounded, at the price of a shared window.
 * IPv6 clients usually hold a whole /64, so they are counted per /64.
 */
export function clientAddress(req: HasHeaders): string {
  const env = getEnv();
  if (env.SWARMNET_TRUST_PROXY) {
    const hops = req.headers.get("x-forwarded-for")?.split(",") ?? [];
    return bucketOf(hops[hops.length - 1]?.trim() || "unknown");
  }
  if (env.SWARMNET_SOCKET_ADDRESS_HEADER) {
    return bucketOf(req.headers.get(CLIENT_ADDRESS_HEADER) ?? "unknown");
  }
  return SHARED_BUCKET;
}

/** `::ffff:10.0.0.1` → `10.0.0.1`; other IPv6 addresses → their /64. */
export function bucketOf(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1]) return mapped[1];
  if (!address.includes(":")) return address;
  const [head = "", tail = ""] = address.split("::");
  const left = head === "" ? [] : head.split(":");
  const right = tail === "" ? [] : tail.split(":");
  const groups = address.includes("::")
    ? [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill("0"), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((g) => (g.replace(/^0+/, "") || "0").toLowerCase())
    .join(":")}::/64`;
}

/** What the audit log records about where a request came from. */
export function requestOrigin(req: HasHeaders): { address: string; userAgent: string } {
  return { address: clientAddress(req), userAgent: req.headers.get("user-agent") ?? "" };
}

/**
 * `host:port` as Docker writes it (a manager's raft address, a node's address): IPv4
 * `10.0.0.5:2377`, IPv6 in brackets `[fd00::5]:2377`, a name `manager-1:2377`, or any of
 * them without a port. One helper, so no caller strips a port from an IPv6 address by hand.
 */
export type HostPort = { host: string; port: number | null };

const BRACKETED = /^\[([^\]]*)\](?::([0-9]{1,5}))?$/;
const TRAILING_PORT = /^(.*):([0-9]{1,5})$/;

/**
 * Splits off the port. A bare IPv6 address (two colons or more, no brackets) has none:
 * `fd00::5:2377` is an address, which is why Docker brackets IPv6 when it adds a port.
 */
export function splitHostPort(text: string): HostPort {
  const bracketed = BRACKETED.exec(text);
  if (bracketed) {
    const [, host = "", port] = bracketed;
    return { host, port: port === undefined ? null : Number(port) };
  }
  const colons = text.split(":").length - 1;
  const match = colons === 1 ? TRAILING_PORT.exec(text) : null;
  if (match) return { host: match[1] ?? "", port: Number(match[2]) };
  return { host: text, port: null };
}

/** The host part of `host:port` (brackets removed), or the text itself when it has no port. */
export const hostOnly = (text: string): string => splitHostPort(text).host;

/** The port of `host:port`, or null when none is written. */
export const portOnly = (text: string): number | null => splitHostPort(text).port;

/** `10.0.0.5:2377`, `[fd00::5]:2377`: IPv6 hosts get brackets, as Docker and URLs want. */
export function joinHostPort(host: string, port: number | string): string {
  return host.includes(":") ? `[${host}]:${port}` : `${host}:${port}`;
}

/** Strips a prefix length: "10.0.1.5/24" → "10.0.1.5" (VIPs and task addresses carry one). */
export const withoutPrefix = (address: string): string => address.split("/")[0] ?? address;

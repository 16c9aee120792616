import { splitHostPort } from "@/lib/net/host-port";
import { parseIp } from "@/lib/net/ip";

/**
 * The `docker swarm join` line pasted into the gwbridge script, which runs as root. Checked
 * against an allowlist, word by word: `docker swarm join`, a `--token SWMTKN-1-…`, the
 * manager's `host:port`, and the address flags the notes use. Nothing else gets through: no
 * shell syntax, no second command, no redirection (the earlier blocklist let `> /etc/hosts`
 * through). The script then carries the line as rebuilt here, not as typed.
 */
export type JoinCommandResult = { ok: true; command: string } | { ok: false; error: string };

// Real tokens are SWMTKN-1-<key digest>-<secret>; letters, digits and dashes are all a shell sees.
const TOKEN = /^SWMTKN-1-[0-9a-z][0-9a-z-]{0,255}$/i;
const HOST_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;
const INTERFACE = /^[a-z][a-z0-9_.-]{0,14}$/i;
const ADDRESS_FLAGS = ["--advertise-addr", "--data-path-addr", "--listen-addr"] as const;
const AVAILABILITY = ["active", "pause", "drain"];

function fail(error: string): JoinCommandResult {
  return { ok: false, error };
}

function isHostname(text: string): boolean {
  return text.length <= 253 && text.split(".").every((label) => HOST_LABEL.test(label));
}

function isPort(text: string): boolean {
  return /^[0-9]{1,5}$/.test(text) && Number(text) >= 1 && Number(text) <= 65535;
}

/** `10.0.0.1`, `[fe80::1]`, `manager-1.example` (each with an optional `:port`), or `eth0`. */
function isAddress(text: string, { portRequired = false, allowInterface = false } = {}): boolean {
  const { host, port } = splitHostPort(text);
  const bracketed = text.startsWith("[");
  if (port === null ? portRequired : !isPort(String(port))) return false;
  if (parseIp(host).ok) return true;
  if (bracketed) return false;
  return isHostname(host) || (allowInterface && port === null && INTERFACE.test(host));
}

export function parseJoinCommand(text: string): JoinCommandResult {
  const words = text.trim().split(/[ \t]+/);
  if (/[\r\n]/.test(text)) return fail("the join command must be one line");
  if (words.slice(0, 3).join(" ") !== "docker swarm join") {
    return fail("the join command must start with `docker swarm join`");
  }
  const flags = new Map<string, string>();
  const positional: string[] = [];
  for (let i = 3; i < words.length; i++) {
    const word = words[i] ?? "";
    if (!word.startsWith("--")) {
      positional.push(word);
      continue;
    }
    const eq = word.indexOf("=");
    const name = eq < 0 ? word : word.slice(0, eq);
    const value = eq < 0 ? words[++i] : word.slice(eq + 1);
    if (value === undefined) return fail(`${name} needs a value`);
    if (flags.has(name)) return fail(`${name} is given twice`);
    flags.set(name, value);
  }
  for (const [name, value] of flags) {
    if (name === "--token") {
      if (!TOKEN.test(value)) return fail("--token must be a swarm join token (SWMTKN-1-…)");
    } else if ((ADDRESS_FLAGS as readonly string[]).includes(name)) {
      if (!isAddress(value, { allowInterface: true })) {
        return fail(`${name} must be an address, a hostname or an interface name`);
      }
    } else if (name === "--availability") {
      if (!AVAILABILITY.includes(value))
        return fail(`--availability must be ${AVAILABILITY.join(", ")}`);
    } else {
      return fail(
        `${name} is not allowed here (only --token, ${ADDRESS_FLAGS.join(", ")}, --availability)`,
      );
    }
  }
  if (!flags.has("--token")) return fail("the join command needs --token SWMTKN-1-…");
  const [remote, ...extra] = positional;
  if (remote === undefined || extra.length > 0) {
    return fail("the join command needs exactly one manager address, host:port");
  }
  if (!isAddress(remote, { portRequired: true })) {
    return fail(`"${remote}" is not a manager address (host:port, e.g. 192.168.1.36:2377)`);
  }
  const rebuilt = [...flags].map(([name, value]) => `${name} ${value}`);
  return { ok: true, command: ["docker swarm join", ...rebuilt, remote].join(" ") };
}

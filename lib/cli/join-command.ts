import { t } from "@/lib/i18n/current";
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
  if (/[\r\n]/.test(text)) return fail(t().validation.joinOneLine);
  if (words.slice(0, 3).join(" ") !== "docker swarm join") {
    return fail(t().validation.joinStart);
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
    if (flags.has(name)) return fail(t().validation.joinTwice(name));
    flags.set(name, value);
  }
  for (const [name, value] of flags) {
    if (name === "--token") {
      if (!TOKEN.test(value)) return fail(t().validation.joinToken);
    } else if ((ADDRESS_FLAGS as readonly string[]).includes(name)) {
      if (!isAddress(value, { allowInterface: true })) {
        return fail(t().validation.joinAddress(name));
      }
    } else if (name === "--availability") {
      if (!AVAILABILITY.includes(value))
        return fail(t().validation.joinAvailability(AVAILABILITY.join(", ")));
    } else {
      return fail(t().validation.joinFlag(name, ADDRESS_FLAGS.join(", ")));
    }
  }
  if (!flags.has("--token")) return fail(t().validation.joinNeedsToken);
  const [remote, ...extra] = positional;
  if (remote === undefined || extra.length > 0) {
    return fail(t().validation.joinOneManager);
  }
  if (!isAddress(remote, { portRequired: true })) {
    return fail(t().validation.joinManager(remote));
  }
  const rebuilt = [...flags].map(([name, value]) => `${name} ${value}`);
  return { ok: true, command: ["docker swarm join", ...rebuilt, remote].join(" ") };
}

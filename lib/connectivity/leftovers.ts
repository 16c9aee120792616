/**
 * Probe services carry labels so any swarmnet process can recognise them, and decide
 * whether one is a leftover: its owner (host, pid, process instance) is gone, or its
 * deadline has passed. A probe never legitimately lives past its deadline.
 */
export const PROBE_LABEL = "swarmnet.probe";
export const OWNER_LABEL = "swarmnet.probe.owner";
export const DEADLINE_LABEL = "swarmnet.probe.deadline";
export const PROBE_NAME_PREFIX = "swarmnet-probe-";

export type Owner = { host: string; pid: number; instance: string };

export const formatOwner = (o: Owner) => `${o.host}/${o.pid}/${o.instance}`;

export function parseOwner(text: string | undefined): Owner | null {
  const m = /^(.+)\/(\d+)\/([A-Za-z0-9-]+)$/.exec(text ?? "");
  if (!m?.[1] || !m[2] || !m[3]) return null;
  return { host: m[1], pid: Number(m[2]), instance: m[3] };
}

export type LeftoverDecision =
  | { remove: true; reason: string }
  | {
      remove: false /** Check again at this time (ms since epoch), null: never (ours). */;
      at: number;
    };

/**
 * Whether a probe service left in the swarm should be removed now. `pidAlive` asks this
 * host's kernel; a probe from another host is only judged by its deadline.
 */
export function leftoverDecision(
  labels: Record<string, string>,
  self: Owner,
  now: number,
  pidAlive: (pid: number) => boolean,
): LeftoverDecision {
  const deadline = Number(labels[DEADLINE_LABEL]);
  if (!Number.isFinite(deadline)) return { remove: true, reason: "no deadline label" };
  if (now >= deadline) return { remove: true, reason: "past its deadline" };
  const owner = parseOwner(labels[OWNER_LABEL]);
  if (!owner) return { remove: true, reason: "no owner label" };
  if (owner.host === self.host) {
    if (owner.instance === self.instance) return { remove: false, at: deadline };
    // Same host: a restarted process with the same pid, or a pid that no longer runs.
    if (owner.pid === self.pid || !pidAlive(owner.pid)) {
      return { remove: true, reason: "its dashboard process is gone" };
    }
  }
  return { remove: false, at: deadline };
}

import type { Snapshot } from "@/lib/model/snapshot";

/**
 * Swarm emits no event when a task changes state on another node: the manager's
 * event stream only carries its own containers. So while tasks are on their way
 * (desired running, not running yet), the snapshot is refetched a few more times
 * with backoff until they settle; nothing is fetched once everything is steady.
 */
const IN_FLIGHT = new Set([
  "new",
  "pending",
  "assigned",
  "accepted",
  "preparing",
  "starting",
  "ready",
]);
const DELAYS_MS = [1_000, 2_000, 3_000, 5_000, 8_000, 13_000, 20_000];

export function hasTasksInFlight(s: Snapshot | undefined): boolean {
  return !!s?.tasks.some((t) => t.desiredState === "running" && IN_FLIGHT.has(t.state));
}

/** The wait before the next settle refetch, or null when done (steady, or given up after ~1 min). */
export function settleDelay(s: Snapshot | undefined, attempt: number): number | null {
  if (!hasTasksInFlight(s)) return null;
  return DELAYS_MS[attempt] ?? null;
}

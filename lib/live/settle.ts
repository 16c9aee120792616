import type { Snapshot } from "@/lib/model/snapshot";
import type { Task } from "@/lib/model/task";

/**
 * Swarm emits no event when a task changes state on another node: the manager's
 * event stream only carries its own containers. So while tasks are on their way
 * (desired running, not running yet), or a service runs fewer tasks than it
 * wants (right after a create or scale, before the orchestrator has even made
 * the tasks), the live model re-reads those services and their tasks a few more
 * times with backoff until they settle (one loop on the server, whatever the
 * number of viewers); nothing is read once everything is steady.
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

const isTaskInFlight = (t: Task): boolean => t.desiredState === "running" && IN_FLIGHT.has(t.state);

const isConverging = (svc: Snapshot["services"][number]) =>
  svc.runningTasks !== null && svc.desiredTasks !== null && svc.runningTasks < svc.desiredTasks;

/** Services with a task on its way or fewer running than desired: what a settle re-read asks about. */
export const servicesInFlight = (s: Snapshot): string[] => [
  ...new Set([
    ...s.tasks.filter(isTaskInFlight).map((t) => t.serviceId),
    ...s.services.filter(isConverging).map((svc) => svc.id),
  ]),
];

/** The wait before the next settle re-read, or null when done (steady, or given up after ~1 min). */
export function settleDelay(s: Snapshot | undefined, attempt: number): number | null {
  if (!s || servicesInFlight(s).length === 0) return null;
  return DELAYS_MS[attempt] ?? null;
}

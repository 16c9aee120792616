import "server-only";
import { randomBytes } from "node:crypto";
import os from "node:os";
import { listLabelledServices, removeProbeService } from "@/lib/docker";
import { leftoverDecision, type Owner, PROBE_LABEL } from "./leftovers";

// One identity per process, shared by every route bundle and the startup hook.
const globalForProbe = globalThis as unknown as { swarmnetProbeOwner?: Owner };

export function probeOwner(): Owner {
  globalForProbe.swarmnetProbeOwner ??= {
    host: os.hostname(),
    pid: process.pid,
    instance: randomBytes(6).toString("hex"),
  };
  return globalForProbe.swarmnetProbeOwner;
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

const scheduled = new Set<string>();

/**
 * Removes probe services whose dashboard process is gone or whose deadline passed, and
 * comes back at the deadline of those it must leave for now (a sibling process's probe,
 * or one from another host). Returns the names removed.
 */
export async function sweepProbeLeftovers(): Promise<string[]> {
  const removed: string[] = [];
  const now = Date.now();
  for (const svc of await listLabelledServices(PROBE_LABEL)) {
    const decision = leftoverDecision(svc.labels, probeOwner(), now, pidAlive);
    if (decision.remove) {
      await removeProbeService(svc.id);
      removed.push(svc.name);
      console.warn(`[swarmnet] removed leftover probe ${svc.name} (${decision.reason})`);
    } else if (!scheduled.has(svc.id)) {
      scheduled.add(svc.id);
      const timer = setTimeout(
        () => {
          scheduled.delete(svc.id);
          sweepProbeLeftovers().catch(() => {});
        },
        Math.max(1000, decision.at - now + 1000),
      );
      timer.unref();
    }
  }
  return removed;
}

/** At server start: a few tries, since Docker may come up after the dashboard. */
export async function sweepProbeLeftoversAtStart(tries = 3): Promise<void> {
  for (let i = 0; i < tries; i += 1) {
    try {
      await sweepProbeLeftovers();
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 2000));
    }
  }
  console.warn("[swarmnet] could not check for leftover probe services (Docker unreachable)");
}

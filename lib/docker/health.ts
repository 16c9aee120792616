import "server-only";
import { getApiVersion, getInfo } from "./read";

export type Health = {
  ok: boolean;
  // Nothing else: /api/health is public, so it names no host and no error text.
  docker: { reachable: boolean; apiVersion: string | null; swarm: string };
};

const HEALTH_TIMEOUT_MS = 2000;

function within<T>(ms: number, p: Promise<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    p.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e) => {
        clearTimeout(timer);
        reject(e);
      },
    );
  });
}

/** Asks Docker every time, answering within 2 s whatever Docker does. */
export async function checkHealth(): Promise<Health> {
  try {
    const [apiVersion, info] = await within(
      HEALTH_TIMEOUT_MS,
      Promise.all([getApiVersion(), getInfo()]),
    );
    return {
      ok: true,
      docker: { reachable: true, apiVersion, swarm: info.Swarm?.LocalNodeState || "inactive" },
    };
  } catch {
    return { ok: false, docker: { reachable: false, apiVersion: null, swarm: "unknown" } };
  }
}

/** Types for count-proxy.mjs (plain ESM so it runs with bare node, without a build). */
export type ProxyCounts = {
  since: number;
  total: number;
  byPath: Record<string, number>;
  byRequest: Record<string, number>;
  events: { opened: number; active: number };
  upgrades: number;
  inflight: number;
  lastActivity: number;
  windowMs: number;
  idleMs: number;
};

export function createCountingProxy(options: { listen: string; target: string }): {
  counts(): ProxyCounts;
  reset(): void;
  listen(): Promise<void>;
  close(): Promise<void>;
};

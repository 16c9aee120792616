/**
 * Failed logins per client address: after MAX_FAILURES within WINDOW_MS the
 * address must wait for the window to pass. In memory: one process serves one swarm.
 */
const MAX_FAILURES = 10;
const WINDOW_MS = 5 * 60_000;

type Entry = { failures: number; since: number };

export class LoginLimiter {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly maxFailures = MAX_FAILURES,
    private readonly windowMs = WINDOW_MS,
  ) {}

  /** Seconds to wait, or 0 when the address may try. */
  retryAfter(address: string, now = Date.now()): number {
    const e = this.entries.get(address);
    if (!e || now - e.since >= this.windowMs) return 0;
    return e.failures >= this.maxFailures ? Math.ceil((e.since + this.windowMs - now) / 1000) : 0;
  }

  fail(address: string, now = Date.now()): void {
    const e = this.entries.get(address);
    if (!e || now - e.since >= this.windowMs)
      this.entries.set(address, { failures: 1, since: now });
    else e.failures += 1;
    // Bounded memory: forget expired entries once the map grows.
    if (this.entries.size > 10_000) {
      for (const [k, v] of this.entries) if (now - v.since >= this.windowMs) this.entries.delete(k);
    }
  }

  succeed(address: string): void {
    this.entries.delete(address);
  }
}

const g = globalThis as unknown as { swarmnetLoginLimiter?: LoginLimiter };
if (!g.swarmnetLoginLimiter) g.swarmnetLoginLimiter = new LoginLimiter();
/** One per process: the proxy (`?token=` links) and /api/auth/login count failures together. */
export const loginLimiter: LoginLimiter = g.swarmnetLoginLimiter;

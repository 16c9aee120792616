/**
 * Wrong tokens (at /login, in `?token=` links and in `Authorization: Bearer`) per client
 * address: after MAX_FAILURES within WINDOW_MS the address waits for its window to pass.
 * A global ceiling bounds guessing from many addresses at once: past GLOBAL_MAX failures in a
 * window every token check waits (signed-in browsers keep working: cookies are not tokens).
 * An address that is already locked does not add to the global count, so one client's flood
 * cannot lock anyone else out. In memory: one process serves one swarm.
 */
const MAX_FAILURES = 10;
const WINDOW_MS = 5 * 60_000;
const GLOBAL_MAX = 200;

type Entry = { failures: number; since: number };

/** What a failure did: nothing more, or it has just locked its address or everyone. */
export type FailOutcome = "counted" | "address-locked" | "global-locked";

export class LoginLimiter {
  private readonly entries = new Map<string, Entry>();
  private global: Entry = { failures: 0, since: 0 };

  constructor(
    private readonly maxFailures = MAX_FAILURES,
    private readonly windowMs = WINDOW_MS,
    private readonly globalMax = GLOBAL_MAX,
  ) {}

  private live(e: Entry | undefined, now: number): e is Entry {
    return e !== undefined && now - e.since < this.windowMs;
  }

  private wait(e: Entry, max: number, now: number): number {
    return e.failures >= max ? Math.ceil((e.since + this.windowMs - now) / 1000) : 0;
  }

  /** Seconds to wait, or 0 when the address may try. */
  retryAfter(address: string, now = Date.now()): number {
    const e = this.entries.get(address);
    const own = this.live(e, now) ? this.wait(e, this.maxFailures, now) : 0;
    const all = this.live(this.global, now) ? this.wait(this.global, this.globalMax, now) : 0;
    return Math.max(own, all);
  }

  fail(address: string, now = Date.now()): FailOutcome {
    const e = this.entries.get(address);
    let failures = 1;
    if (this.live(e, now)) failures = ++e.failures;
    else this.entries.set(address, { failures: 1, since: now });
    if (this.live(this.global, now)) this.global.failures++;
    else this.global = { failures: 1, since: now };
    // Bounded memory: forget expired entries once the map grows.
    if (this.entries.size > 10_000) {
      for (const [k, v] of this.entries) if (!this.live(v, now)) this.entries.delete(k);
    }
    if (this.global.failures === this.globalMax) return "global-locked";
    return failures === this.maxFailures ? "address-locked" : "counted";
  }

  succeed(address: string): void {
    this.entries.delete(address);
  }
}

const g = globalThis as unknown as { swarmnetLoginLimiter?: LoginLimiter };
if (!g.swarmnetLoginLimiter) g.swarmnetLoginLimiter = new LoginLimiter();
/** One per process: the proxy (`?token=` links), /api/auth/login and Bearer checks count together. */
export const loginLimiter: LoginLimiter = g.swarmnetLoginLimiter;

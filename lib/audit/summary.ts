/**
 * Requests that are refused before anyone is known (no credential at all) are counted, not
 * logged one by one: anyone can send them, so a line each would let anyone fill the disk. The
 * count is written as one summary line per period, only when it is not zero.
 */
export class RefusalCounter {
  private count = 0;
  private total = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly flush: (count: number) => void,
    private readonly periodMs = 60_000,
  ) {}

  add(): void {
    this.count++;
    this.total++;
    if (this.timer) return;
    this.timer = setTimeout(() => this.flushNow(), this.periodMs);
    this.timer.unref?.();
  }

  flushNow(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const n = this.count;
    this.count = 0;
    if (n > 0) this.flush(n);
  }

  /** Since the process started. */
  get since(): number {
    return this.total;
  }
}

/**
 * Fixed-window request counting per key (a client address), in memory. Each process counts its
 * own clients; behind several replicas the effective limit is per replica.
 */
export class RateLimiter {
  private windowStart = Date.now();
  private counts = new Map<string, number>();

  constructor(
    readonly limit: number,
    private readonly windowMs = 60_000,
  ) {}

  /** Counts one hit for the key; false when the key is over its limit in this window. */
  hit(key: string, now = Date.now()): boolean {
    if (now - this.windowStart >= this.windowMs) {
      this.windowStart = now;
      this.counts = new Map();
    }
    const count = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, count);
    return count <= this.limit;
  }

  /** True when the key has used up its limit in this window, without counting a hit. */
  exhausted(key: string, now = Date.now()): boolean {
    if (now - this.windowStart >= this.windowMs) return false;
    return (this.counts.get(key) ?? 0) >= this.limit;
  }

  /** Seconds until the window resets. */
  retryAfter(now = Date.now()): number {
    return Math.max(1, Math.ceil((this.windowStart + this.windowMs - now) / 1000));
  }
}

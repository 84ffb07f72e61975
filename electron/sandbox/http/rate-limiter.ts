/**
 * A token bucket per key (a location): up to `perSecond` requests at once, refilled at
 * `perSecond` per second — Apple's `maxRequestPerSecond` per location.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly perSecond: number,
    private readonly clockMs: () => number = () => performance.now(),
  ) {}

  tryTake(key: string): boolean {
    const now = this.clockMs();
    const bucket = this.buckets.get(key) ?? { tokens: this.perSecond, at: now };
    bucket.tokens = Math.min(
      this.perSecond,
      bucket.tokens + ((now - bucket.at) / 1000) * this.perSecond,
    );
    bucket.at = now;
    this.buckets.set(key, bucket);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }
}

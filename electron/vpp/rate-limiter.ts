import { defaultSleep } from './sleep';

/**
 * Apple allows `maxRequestPerSecond` requests per content token in total (reference §6).
 * A sliding window is the strictest reading of "per second": it never sends more than the limit
 * in any window, whether Apple counts with a token bucket or with fixed seconds. Callers are
 * given start times in arrival order, so concurrent page fetches and polls share one budget.
 */
export interface RateLimiterOptions {
  now?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Extra room per window for network jitter between our clock and Apple's. */
  safetyMarginMs?: number;
}

const WINDOW_MS = 1000;

export class RateLimiter {
  private perSecond: number;
  /** Start times handed out, ascending; only the last `perSecond` matter. */
  private grants: number[] = [];
  private notBefore = 0;
  private pauseCause: unknown;
  private readonly now: () => number;
  private readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  private readonly windowMs: number;

  constructor(perSecond: number, options: RateLimiterOptions = {}) {
    this.perSecond = RateLimiter.sane(perSecond);
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? defaultSleep;
    this.windowMs = WINDOW_MS + (options.safetyMarginMs ?? 50);
  }

  get limit(): number {
    return this.perSecond;
  }

  /** Apple may change the limit in its service configuration; follow it. */
  setLimit(perSecond: number): void {
    this.perSecond = RateLimiter.sane(perSecond);
  }

  /**
   * Everyone waits at least until then: after Apple's Retry-After, or a 429 backoff. `cause`
   * is the answer that asked for it, so a caller that will not wait that long can say why.
   */
  pauseFor(ms: number, cause?: unknown): void {
    const until = this.now() + ms;
    if (until <= this.notBefore) return;
    this.notBefore = until;
    this.pauseCause = cause;
  }

  /** How long the current pause still runs (0 when none), and what caused it. */
  pause(): { remainingMs: number; cause: unknown } {
    const remainingMs = Math.max(0, this.notBefore - this.now());
    return { remainingMs, cause: remainingMs > 0 ? this.pauseCause : undefined };
  }

  /** Reserves the next free start time and resolves when it has come. */
  async acquire(signal?: AbortSignal): Promise<void> {
    const wait = this.reserve() - this.now();
    if (wait > 0) await this.sleep(wait, signal);
  }

  /** The start time for one more request, recorded as taken. Exposed for tests. */
  reserve(): number {
    const now = this.now();
    const last = this.grants.at(-1) ?? now;
    const windowFull =
      this.grants.length >= this.perSecond
        ? this.grants[this.grants.length - this.perSecond]! + this.windowMs
        : now;
    const at = Math.max(now, last, windowFull, this.notBefore);
    this.grants.push(at);
    if (this.grants.length > this.perSecond) {
      this.grants.splice(0, this.grants.length - this.perSecond);
    }
    return at;
  }

  private static sane(perSecond: number): number {
    return Number.isFinite(perSecond) && perSecond >= 1 ? Math.floor(perSecond) : 1;
  }
}

import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../../electron/vpp/rate-limiter';

const limiterAt = (perSecond: number, clock: { now: number }) =>
  new RateLimiter(perSecond, { now: () => clock.now, safetyMarginMs: 0 });

/** The largest number of start times inside any window of `windowMs`. */
const busiestWindow = (times: number[], windowMs: number) =>
  Math.max(...times.map((start) => times.filter((t) => t >= start && t < start + windowMs).length));

describe('RateLimiter', () => {
  it('lets a burst up to the limit start at once, then one per freed slot', () => {
    const clock = { now: 10_000 };
    const limiter = limiterAt(3, clock);
    const starts = Array.from({ length: 7 }, () => limiter.reserve());
    expect(starts).toEqual([10_000, 10_000, 10_000, 11_000, 11_000, 11_000, 12_000]);
  });

  it('never allows more than the limit in any one-second window', () => {
    const clock = { now: 0 };
    const limiter = limiterAt(15, clock);
    const starts: number[] = [];
    for (let i = 0; i < 200; i++) {
      clock.now += Math.floor((i * 7919) % 97); // irregular arrivals
      starts.push(limiter.reserve());
    }
    expect(busiestWindow(starts, 1000)).toBeLessThanOrEqual(15);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('keeps a safety margin on top of the second', () => {
    const clock = { now: 0 };
    const limiter = new RateLimiter(1, { now: () => clock.now, safetyMarginMs: 50 });
    expect([limiter.reserve(), limiter.reserve()]).toEqual([0, 1050]);
  });

  it("follows a new limit from Apple's service configuration", () => {
    const clock = { now: 0 };
    const limiter = limiterAt(2, clock);
    limiter.setLimit(4);
    expect(Array.from({ length: 5 }, () => limiter.reserve())).toEqual([0, 0, 0, 0, 1000]);
    expect(limiter.limit).toBe(4);
  });

  it('treats a nonsensical limit as one request per second', () => {
    expect(new RateLimiter(0).limit).toBe(1);
    expect(new RateLimiter(Number.NaN).limit).toBe(1);
  });

  it('holds every request back during a pause', () => {
    const clock = { now: 0 };
    const limiter = limiterAt(10, clock);
    limiter.pauseFor(2500);
    expect([limiter.reserve(), limiter.reserve()]).toEqual([2500, 2500]);
  });

  it('tells how long a pause still runs and which answer asked for it', () => {
    const clock = { now: 0 };
    const limiter = limiterAt(10, clock);
    const busy = new Error('503');
    limiter.pauseFor(2000, busy);
    limiter.pauseFor(500, new Error('shorter: does not shorten the pause'));
    clock.now = 1500;
    expect(limiter.pause()).toEqual({ remainingMs: 500, cause: busy });
    clock.now = 2000;
    expect(limiter.pause()).toEqual({ remainingMs: 0, cause: undefined });
  });

  it('makes acquire wait for the reserved time', async () => {
    const clock = { now: 0 };
    const waits: number[] = [];
    const limiter = new RateLimiter(1, {
      now: () => clock.now,
      safetyMarginMs: 0,
      sleep: async (ms) => {
        waits.push(ms);
        clock.now += ms;
      },
    });
    await limiter.acquire();
    await limiter.acquire();
    await limiter.acquire();
    expect(waits).toEqual([1000, 1000]);
  });
});

import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../../electron/sandbox/http/rate-limiter';

describe('rate limiter', () => {
  it('allows maxRequestPerSecond at once, then refills at that rate, per location', () => {
    let now = 0;
    const limiter = new RateLimiter(15, () => now);
    const burst = Array.from({ length: 16 }, () => limiter.tryTake('demo'));
    expect(burst.filter(Boolean)).toHaveLength(15);
    expect(burst[15]).toBe(false);
    expect(limiter.tryTake('otherMdm')).toBe(true);
    now += 200; // 0.2 s × 15/s = 3 requests
    expect([1, 2, 3, 4].map(() => limiter.tryTake('demo'))).toEqual([true, true, true, false]);
    now += 10_000;
    expect(Array.from({ length: 16 }, () => limiter.tryTake('demo')).filter(Boolean)).toHaveLength(
      15,
    );
  });
});

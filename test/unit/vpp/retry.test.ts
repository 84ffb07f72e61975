import { describe, expect, it } from 'vitest';
import { VppApiError, VppNetworkError, VppResponseError } from '../../../electron/vpp/errors';
import {
  DEFAULT_RETRY_POLICY,
  equalJitterDelay,
  fullJitterDelay,
  parseRetryAfter,
  retryDelay,
  retryKindOf,
  withRetry,
} from '../../../electron/vpp/retry';

const apple = (errorNumber: number, httpStatus: number, retryAfterMs?: number) =>
  new VppApiError({ errorNumber, errorMessage: 'x', httpStatus, retryAfterMs });
const bare = (httpStatus: number, retryAfterMs?: number) =>
  new VppResponseError('http.unexpectedStatus', 'x', { httpStatus, url: 'u', retryAfterMs });
const dropped = new VppNetworkError('network.dropped', 'x', 'u', true);
const refused = new VppNetworkError('network.unreachable', 'x', 'u', false);
const timeout = new VppNetworkError('network.timeout', 'x', 'u', true);

describe('parseRetryAfter', () => {
  const now = Date.parse('2030-05-01T12:00:00Z');

  it('reads delta-seconds', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
  });

  it('reads an HTTP-date relative to now, never negative', () => {
    expect(parseRetryAfter('Wed, 01 May 2030 12:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Wed, 01 May 2030 11:00:00 GMT', now)).toBe(0);
  });

  it.each([null, undefined, '', 'soon', '-5', '1.5'])('ignores %j', (value) => {
    expect(parseRetryAfter(value, now)).toBeUndefined();
  });
});

describe('fullJitterDelay', () => {
  const schedule = { maxAttempts: 10, baseDelayMs: 1000, maxDelayMs: 30_000 };

  it('doubles the ceiling with each retry, up to the cap', () => {
    const ceilings = [0, 1, 2, 3, 4, 5, 6].map((retry) =>
      fullJitterDelay(retry, schedule, () => 0.999999),
    );
    expect(ceilings).toEqual([999, 1999, 3999, 7999, 15999, 29999, 29999]);
  });

  it('spreads uniformly from zero (full jitter)', () => {
    expect(fullJitterDelay(3, schedule, () => 0)).toBe(0);
    expect(fullJitterDelay(3, schedule, () => 0.5)).toBe(4000);
  });
});

describe('equalJitterDelay (429 without Retry-After)', () => {
  const schedule = { maxAttempts: 10, baseDelayMs: 1000, maxDelayMs: 30_000 };

  it('waits at least half the exponential step, so a retry never goes at once', () => {
    const floors = [0, 1, 2, 3, 4, 5, 6].map((retry) => equalJitterDelay(retry, schedule, () => 0));
    expect(floors).toEqual([500, 1000, 2000, 4000, 8000, 15_000, 15_000]);
  });

  it('adds up to the other half at random', () => {
    expect(equalJitterDelay(3, schedule, () => 0.5)).toBe(6000);
    expect(equalJitterDelay(3, schedule, () => 0.999999)).toBe(7999);
  });

  it('always waits longer than the retry before, whatever the dice say', () => {
    for (let retry = 1; retry < 5; retry++) {
      const unluckyNow = equalJitterDelay(retry, schedule, () => 0);
      const luckyBefore = equalJitterDelay(retry - 1, schedule, () => 0.999999);
      expect(unluckyNow).toBeGreaterThan(luckyBefore);
    }
  });
});

describe('retryKindOf: what may be retried', () => {
  it('backs off on 9646 and on any 429, for reads and writes', () => {
    for (const idempotent of [true, false]) {
      expect(retryKindOf(apple(9646, 429), idempotent)).toBe('rateLimited');
      expect(retryKindOf(apple(9646, 200), idempotent)).toBe('rateLimited');
      expect(retryKindOf(bare(429), idempotent)).toBe('rateLimited');
    }
  });

  it("retries Apple's server errors for writes too: Apple did no work", () => {
    expect(retryKindOf(apple(9603, 500), false)).toBe('serverError');
    expect(retryKindOf(apple(9729, 503), false)).toBe('serverError');
  });

  it('retries a bare 500/502/504 only for reads, a bare 503 for both', () => {
    expect(retryKindOf(bare(502), true)).toBe('serverError');
    expect(retryKindOf(bare(502), false)).toBeUndefined();
    expect(retryKindOf(bare(503), false)).toBe('serverError');
  });

  it('retries dropped connections and timeouts only for reads; refused ones for all', () => {
    expect(retryKindOf(dropped, true)).toBe('network');
    expect(retryKindOf(dropped, false)).toBeUndefined();
    expect(retryKindOf(timeout, false)).toBeUndefined();
    expect(retryKindOf(refused, false)).toBe('network');
  });

  it('never retries errors about the request or the token', () => {
    for (const [number, status] of [
      [9621, 401],
      [9625, 401],
      [9622, 200],
      [9700, 400],
      [9708, 400],
    ]) {
      expect(retryKindOf(apple(number!, status!), true)).toBeUndefined();
    }
    const local = new VppApiError({ errorNumber: 9646, errorMessage: 'x', detectedLocally: true });
    expect(retryKindOf(local, true)).toBeUndefined();
    expect(retryKindOf(new Error('bug'), true)).toBeUndefined();
  });
});

describe('retryDelay', () => {
  const options = { idempotent: true, policy: DEFAULT_RETRY_POLICY, random: () => 0.5 };

  it('honours Retry-After on 5xx and on 429', () => {
    expect(retryDelay(apple(9729, 503, 1000), 1, options)).toBe(1000);
    expect(retryDelay(apple(9646, 429, 2000), 1, options)).toBe(2000);
  });

  it('gives up when Apple asks for a longer wait than we accept', () => {
    expect(retryDelay(apple(9729, 503, 301_000), 1, options)).toBeUndefined();
  });

  it('gives up after the schedule has used all attempts', () => {
    const max = DEFAULT_RETRY_POLICY.rateLimited.maxAttempts;
    expect(retryDelay(apple(9646, 429), max - 1, options)).toBeGreaterThan(0);
    expect(retryDelay(apple(9646, 429), max, options)).toBeUndefined();
  });
});

describe('withRetry', () => {
  const fastPolicy = {
    ...DEFAULT_RETRY_POLICY,
    rateLimited: { maxAttempts: 4, baseDelayMs: 100, maxDelayMs: 1000 },
  };

  it('backs off a 429 with equal jitter: growing waits, never zero', async () => {
    const waits: number[] = [];
    let calls = 0;
    const result = await withRetry(
      async () => {
        calls++;
        if (calls < 4) throw apple(9646, 429);
        return 'done';
      },
      {
        idempotent: false,
        policy: fastPolicy,
        random: () => 0,
        sleep: async (ms) => void waits.push(ms),
      },
    );
    expect(result).toBe('done');
    expect(waits).toEqual([50, 100, 200]);
  });

  it('throws the last error once attempts are used up', async () => {
    let calls = 0;
    const attempt = withRetry(
      async () => {
        calls++;
        throw apple(9646, 429);
      },
      { idempotent: true, policy: fastPolicy, random: () => 0, sleep: async () => {} },
    );
    await expect(attempt).rejects.toMatchObject({ code: 'apple.9646' });
    expect(calls).toBe(4);
  });

  it('does not retry a write whose connection dropped', async () => {
    let calls = 0;
    const attempt = withRetry(
      async () => {
        calls++;
        throw dropped;
      },
      { idempotent: false, policy: fastPolicy, random: () => 0, sleep: async () => {} },
    );
    await expect(attempt).rejects.toBe(dropped);
    expect(calls).toBe(1);
  });
});

import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, ServiceConfigCache, limitsOf } from '../../../electron/vpp/service-config';
import { ServiceConfigResponse } from '../../../electron/vpp/types';

const config = (limits: Record<string, unknown>) => ServiceConfigResponse.parse({ limits });

describe('limitsOf', () => {
  it("uses the service's limits and Apple's examples for the ones it leaves out", () => {
    const limits = limitsOf(config({ maxAssets: 10, maxRequestPerSecond: 3 }));
    expect(limits).toEqual({ ...DEFAULT_LIMITS, maxAssets: 10, maxRequestPerSecond: 3 });
  });

  it('ignores nonsense values', () => {
    const limits = limitsOf(config({ maxAssets: 0, maxUsers: 'many', maxSerialNumbers: 2.5 }));
    expect(limits).toEqual({ ...DEFAULT_LIMITS });
  });
});

describe('ServiceConfigCache', () => {
  const setup = () => {
    const clock = { now: 0 };
    let loads = 0;
    let failing = false;
    const cache = new ServiceConfigCache(
      async () => {
        loads++;
        if (failing) throw new Error('unreachable');
        return config({ maxAssets: loads });
      },
      () => clock.now,
    );
    return {
      clock,
      cache,
      loads: () => loads,
      fail: (value: boolean) => void (failing = value),
    };
  };

  it('asks once for concurrent callers and again only after five minutes', async () => {
    const { clock, cache, loads } = setup();
    await Promise.all([cache.get(), cache.get(), cache.get()]);
    expect(loads()).toBe(1);
    clock.now += 4 * 60_000;
    expect((await cache.limits()).maxAssets).toBe(1);
    clock.now += 60_000;
    expect((await cache.limits()).maxAssets).toBe(2);
    expect(loads()).toBe(2);
  });

  it('keeps using a stale copy while the service is unreachable', async () => {
    const { clock, cache, fail } = setup();
    await cache.get();
    fail(true);
    clock.now += 6 * 60_000;
    expect((await cache.get()).limits.maxAssets).toBe(1);
    await expect(cache.get({ refresh: true })).rejects.toThrow('unreachable');
  });

  it("falls back to Apple's example limits when it never got an answer", async () => {
    const { cache, fail, loads } = setup();
    fail(true);
    expect(await cache.limits()).toEqual({ ...DEFAULT_LIMITS });
    expect(await cache.limits()).toEqual({ ...DEFAULT_LIMITS });
    expect(loads()).toBe(1); // no second attempt straight after a failure
  });
});

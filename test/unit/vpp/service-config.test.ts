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

  /** A load that answers only when told, and remembers the signal it was given. */
  const slowSetup = () => {
    const loads: { signal: AbortSignal; answer: () => void }[] = [];
    const cache = new ServiceConfigCache(
      (signal) =>
        new Promise((resolve, reject) => {
          loads.push({ signal, answer: () => resolve(config({ maxAssets: loads.length })) });
          signal.addEventListener('abort', () => reject(signal.reason));
        }),
    );
    return { cache, loads };
  };
  const cancelled = () => new DOMException('The task was canceled.', 'AbortError');

  it('stops a caller’s wait the moment its own signal aborts, while the others keep theirs', async () => {
    const { cache, loads } = slowSetup();
    const mine = new AbortController();
    const waiting = cache.get({ refresh: true, signal: mine.signal });
    const other = cache.get({ refresh: true, signal: new AbortController().signal });
    expect(loads).toHaveLength(1);
    mine.abort(cancelled());
    await expect(waiting).rejects.toThrow('The task was canceled.');
    expect(loads[0]!.signal.aborted).toBe(false); // the other caller still waits for it
    loads[0]!.answer();
    expect((await other).limits.maxAssets).toBe(1);
  });

  it('aborts the shared request when every caller waiting on it has given up', async () => {
    const { cache, loads } = slowSetup();
    const first = new AbortController();
    const second = new AbortController();
    const waits = [
      cache.get({ refresh: true, signal: first.signal }),
      cache.current(second.signal),
    ];
    first.abort(cancelled());
    second.abort(cancelled());
    for (const wait of waits) await expect(wait).rejects.toThrow('The task was canceled.');
    expect(loads[0]!.signal.aborted).toBe(true);

    // Giving up is not the service failing: the next caller asks again at once.
    const next = cache.current();
    expect(loads).toHaveLength(2);
    loads[1]!.answer();
    expect((await next)?.limits.maxAssets).toBe(2);
  });

  it('never starts a request for a caller that has already given up', async () => {
    const { cache, loads } = slowSetup();
    const gone = new AbortController();
    gone.abort(cancelled());
    await expect(cache.get({ signal: gone.signal })).rejects.toThrow('The task was canceled.');
    expect(loads).toHaveLength(0);
  });

  it('keeps a caller without a signal waiting, so the request is not abandoned under it', async () => {
    const { cache, loads } = slowSetup();
    const leaving = new AbortController();
    const patient = cache.get();
    const impatient = cache.get({ signal: leaving.signal });
    leaving.abort(cancelled());
    await expect(impatient).rejects.toThrow('The task was canceled.');
    expect(loads[0]!.signal.aborted).toBe(false);
    loads[0]!.answer();
    expect((await patient).limits.maxAssets).toBe(1);
  });
});

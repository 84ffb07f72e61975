import { describe, expect, it } from 'vitest';
import { ExpiringCache } from '../../../electron/vpp/expiring-cache';

describe('ExpiringCache', () => {
  it('forgets entries once they are too old, and remembers "unknown" like any value', () => {
    let now = 0;
    const cache = new ExpiringCache<string | undefined>(1000, 10, () => now);
    cache.set('known', 'Pages');
    cache.set('unknown', undefined);
    now = 999;
    expect(cache.get('known')).toEqual({ hit: true, value: 'Pages' });
    expect(cache.get('unknown')).toEqual({ hit: true, value: undefined });
    now = 1000;
    expect(cache.get('known')).toEqual({ hit: false });
    expect(cache.get('unknown').hit).toBe(false);
  });

  it('drops the least recently stored entries beyond its size', () => {
    const cache = new ExpiringCache<number>(60_000, 2);
    cache.set('a', 1);
    cache.set('b', 2);
    cache.set('a', 3);
    cache.set('c', 4);
    expect(cache.get('b').hit).toBe(false);
    expect(cache.get('a').value).toBe(3);
    expect(cache.get('c').value).toBe(4);
  });
});

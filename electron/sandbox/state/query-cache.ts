/**
 * Remembers the filtered, ordered result of a list query for the data version it was computed
 * on, so paging through 200,000 assignments filters once, not once per page.
 */
export class QueryCache<T> {
  private readonly entries = new Map<string, { seq: number; rows: readonly T[] }>();

  constructor(private readonly capacity = 16) {}

  get(key: string, seq: number, compute: () => readonly T[]): readonly T[] {
    const hit = this.entries.get(key);
    this.entries.delete(key);
    if (hit && hit.seq === seq) {
      this.entries.set(key, hit);
      return hit.rows;
    }
    const rows = compute();
    this.entries.set(key, { seq, rows });
    if (this.entries.size > this.capacity) {
      this.entries.delete(this.entries.keys().next().value!);
    }
    return rows;
  }
}

const cachesByOwner = new WeakMap<object, Map<string, QueryCache<unknown>>>();

/** The filtered rows of `endpoint` for `key` on data version `seq`, computed once per version. */
export const cachedRows = <T>(
  owner: object,
  endpoint: string,
  key: string,
  seq: number,
  compute: () => readonly T[],
): readonly T[] => {
  let caches = cachesByOwner.get(owner);
  if (!caches) cachesByOwner.set(owner, (caches = new Map()));
  let cache = caches.get(endpoint);
  if (!cache) caches.set(endpoint, (cache = new QueryCache<unknown>()));
  return cache.get(key, seq, compute) as readonly T[];
};

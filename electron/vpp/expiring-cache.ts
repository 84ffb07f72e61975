/**
 * A small in-memory cache whose entries expire, bounded in size (the oldest entry goes first).
 * Remembers `undefined` too, so an id the store does not know is not asked about again at once.
 */
export class ExpiringCache<V> {
  private readonly entries = new Map<string, { value: V; storedAt: number }>();

  constructor(
    private readonly maxAgeMs: number,
    private readonly maxEntries: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** `hit` is false for a missing or expired entry. */
  get(key: string): { hit: boolean; value?: V } {
    const entry = this.entries.get(key);
    if (!entry) return { hit: false };
    if (this.now() - entry.storedAt >= this.maxAgeMs) {
      this.entries.delete(key);
      return { hit: false };
    }
    return { hit: true, value: entry.value };
  }

  set(key: string, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, { value, storedAt: this.now() });
    while (this.entries.size > this.maxEntries) {
      this.entries.delete(this.entries.keys().next().value as string);
    }
  }

  clear(): void {
    this.entries.clear();
  }
}

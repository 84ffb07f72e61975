import type { TaskSnapshot } from '../../shared/domain/tasks';

export interface JournalLimits {
  /** What the journal may take, counted as the JSON Lines it writes (one task per line). */
  maxBytes: number;
  maxAgeMs: number;
}

/**
 * A month covers any window the admin could have left closed; 4 MiB holds over a thousand
 * tasks even with large params, and is quick to rewrite when it is compacted.
 */
export const JOURNAL_LIMITS: JournalLimits = {
  maxBytes: 4 * 1024 * 1024,
  maxAgeMs: 30 * 24 * 60 * 60 * 1000,
};

/** One task as the journal stores it: a line of JSON. */
export const journalLineOf = (task: TaskSnapshot): string => `${JSON.stringify(task)}\n`;
export const byteLengthOf = (text: string): number => Buffer.byteLength(text, 'utf8');

interface Entry {
  task: TaskSnapshot;
  bytes: number;
}

/**
 * The finished tasks a journal keeps in memory, bounded by the same byte budget as its file:
 * past the budget it keeps the newest tasks that fit in half of it, so many more can be added
 * before the next trim. Tasks older than the age limit are neither listed nor found.
 */
export class FinishedTaskIndex {
  private readonly entries = new Map<string, Entry>();
  private total = 0;

  constructor(
    private readonly limits: JournalLimits,
    private readonly now: () => number,
  ) {}

  /** Adds (or replaces) a task; trims when that takes the index past its budget. */
  add(task: TaskSnapshot): void {
    this.remove(task.id);
    const bytes = byteLengthOf(journalLineOf(task));
    this.entries.set(task.id, { task, bytes });
    this.total += bytes;
    if (this.total > this.limits.maxBytes) this.trim();
  }

  get(id: string): TaskSnapshot | undefined {
    const task = this.entries.get(id)?.task;
    return task && this.isFresh(task) ? task : undefined;
  }

  list(): TaskSnapshot[] {
    return [...this.entries.values()].map((entry) => entry.task).filter((t) => this.isFresh(t));
  }

  has(task: TaskSnapshot): boolean {
    return this.entries.get(task.id)?.task === task;
  }

  get bytes(): number {
    return this.total;
  }

  clear(): void {
    this.entries.clear();
    this.total = 0;
  }

  /** Forgets the tasks older than the age limit. */
  dropExpired(): void {
    for (const [id, entry] of this.entries) if (!this.isFresh(entry.task)) this.remove(id);
  }

  /** Keeps the newest tasks within the age limit that fit in half the budget. */
  trim(): void {
    const newestFirst = [...this.entries.values()]
      .filter((entry) => this.isFresh(entry.task))
      .sort((a, b) => (b.task.finishedAt ?? 0) - (a.task.finishedAt ?? 0));
    const kept: Entry[] = [];
    let bytes = 0;
    for (const entry of newestFirst) {
      if (bytes + entry.bytes > this.limits.maxBytes / 2) break;
      kept.push(entry);
      bytes += entry.bytes;
    }
    this.entries.clear();
    for (const entry of kept.reverse()) this.entries.set(entry.task.id, entry);
    this.total = bytes;
  }

  private remove(id: string): void {
    const entry = this.entries.get(id);
    if (!entry) return;
    this.entries.delete(id);
    this.total -= entry.bytes;
  }

  private isFresh(task: TaskSnapshot): boolean {
    return (task.finishedAt ?? 0) >= this.now() - this.limits.maxAgeMs;
  }
}

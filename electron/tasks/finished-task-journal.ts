import { rename } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { isActive, TaskSnapshot } from '../../shared/domain/tasks';
import { readFileIfExists, writeFileAtomic } from '../host/atomic-file';
import type { TaskJournal } from './task-journal';

export const JOURNAL_FILE = 'finished-tasks.json';

/** Enough to cover any window the admin could have left closed, small enough to rewrite whole. */
export const JOURNAL_LIMITS = { maxTasks: 500, maxAgeMs: 30 * 24 * 60 * 60 * 1000 };

const JournalFile = z.object({ version: z.literal(1), tasks: z.array(TaskSnapshot) });

/**
 * The last finished tasks in `<dataDir>/finished-tasks.json`, so that a task which ended while
 * no window was connected is reported with its real outcome after main restarts, instead of
 * as "interrupted" (which would invite the admin to send a mail batch twice). A file that can't
 * be read is kept aside as `finished-tasks.json.corrupt-<time>` and the journal starts empty.
 */
export class FinishedTaskJournal implements TaskJournal {
  private readonly path: string;
  private readonly tasks = new Map<string, TaskSnapshot>();
  private writes: Promise<void> = Promise.resolve();
  /** A write that is queued but has not started: later records ride along with it. */
  private queued: Promise<void> | undefined;

  constructor(
    dataDir: string,
    private readonly log: (message: string) => void = () => {},
    private readonly now: () => number = Date.now,
    private readonly limits = JOURNAL_LIMITS,
  ) {
    this.path = join(dataDir, JOURNAL_FILE);
  }

  async load(): Promise<TaskSnapshot[]> {
    let text: string | undefined;
    try {
      text = await readFileIfExists(this.path);
    } catch (error) {
      this.log(`${JOURNAL_FILE} could not be read (${String(error)}); starting without it`);
      return [];
    }
    if (text === undefined) return [];
    try {
      for (const task of JournalFile.parse(JSON.parse(text)).tasks) {
        // Only final snapshots belong here; anything else was not written by us.
        if (task.finishedAt !== null && !isActive(task.status)) this.tasks.set(task.id, task);
      }
    } catch {
      await this.keepAside();
    }
    this.prune();
    return [...this.tasks.values()];
  }

  record(task: TaskSnapshot): Promise<void> {
    this.tasks.set(task.id, task);
    this.prune();
    if (this.queued) return this.queued;
    const run = this.writes.then(() => {
      this.queued = undefined;
      return this.write();
    });
    this.queued = run;
    this.writes = run;
    return run;
  }

  flush(): Promise<void> {
    return this.writes;
  }

  get(id: string): TaskSnapshot | undefined {
    return this.tasks.get(id);
  }

  list(): TaskSnapshot[] {
    return [...this.tasks.values()];
  }

  private async write(): Promise<void> {
    const file = { version: 1 as const, tasks: [...this.tasks.values()] };
    try {
      await writeFileAtomic(this.path, JSON.stringify(file));
    } catch (error) {
      this.log(`${JOURNAL_FILE} could not be written: ${String(error)}`);
    }
  }

  /** Drops tasks older than the age limit, then the oldest beyond the count limit. */
  private prune(): void {
    const oldest = this.now() - this.limits.maxAgeMs;
    const kept = [...this.tasks.values()]
      .filter((task) => (task.finishedAt ?? 0) >= oldest)
      .sort((a, b) => (b.finishedAt ?? 0) - (a.finishedAt ?? 0))
      .slice(0, this.limits.maxTasks);
    if (kept.length === this.tasks.size) return;
    this.tasks.clear();
    for (const task of kept.reverse()) this.tasks.set(task.id, task);
  }

  private async keepAside(): Promise<void> {
    const aside = `${this.path}.corrupt-${Date.now()}`;
    try {
      await rename(this.path, aside);
      this.log(`${JOURNAL_FILE} could not be read; kept it as ${aside} and started without it`);
    } catch (error) {
      this.log(`${JOURNAL_FILE} could not be read nor kept aside (${String(error)})`);
    }
  }
}

import type { TaskSnapshot } from '../../shared/domain/tasks';
import { FinishedTaskIndex, JOURNAL_LIMITS, type JournalLimits } from './finished-task-index';
import type { TaskJournal } from './task-journal';

/** Finished tasks for this run only (no data folder), bounded like the file journal. */
export class InMemoryTaskJournal implements TaskJournal {
  private readonly index: FinishedTaskIndex;

  constructor(now: () => number = Date.now, limits: JournalLimits = JOURNAL_LIMITS) {
    this.index = new FinishedTaskIndex(limits, now);
  }

  load(): Promise<TaskSnapshot[]> {
    return Promise.resolve([]);
  }

  record(task: TaskSnapshot): Promise<void> {
    this.index.add(task);
    return Promise.resolve();
  }

  get(id: string): TaskSnapshot | undefined {
    return this.index.get(id);
  }

  list(): TaskSnapshot[] {
    return this.index.list();
  }

  clear(): Promise<number> {
    const cleared = this.index.list().length;
    this.index.clear();
    return Promise.resolve(cleared);
  }

  flush(): Promise<void> {
    return Promise.resolve();
  }
}

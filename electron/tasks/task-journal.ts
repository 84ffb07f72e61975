import type { TaskSnapshot } from '../../shared/domain/tasks';

/**
 * Where the task runner keeps finished tasks, so it can forget them itself: its own memory
 * holds only what is active. The file journal keeps them across a restart; the in-memory one
 * (tests, or no data folder) for this run only.
 */
export interface TaskJournal {
  /** Reads what earlier runs left; call once, before anything else. */
  load(): Promise<TaskSnapshot[]>;
  /**
   * Takes a finished task; `get` and `list` know it at once, before it reaches the disk.
   * Never rejects: a task's outcome must not depend on whether the journal could be written.
   */
  record(task: TaskSnapshot): Promise<void>;
  get(id: string): TaskSnapshot | undefined;
  /** The finished tasks it still keeps, oldest first. */
  list(): TaskSnapshot[];
  /** Forgets every finished task, on disk too; resolves how many it knew. Never rejects. */
  clear(): Promise<number>;
  /** Waits for every write asked for so far. */
  flush(): Promise<void>;
}

import type { TaskSnapshot } from '../../../shared/domain/tasks';
import type { ConsoleDatabase } from '../../db/database';
import { reconcileTasks, saveSnapshot } from '../../db/repositories/tasks-repository';

export interface TaskSyncApi {
  invoke(channel: 'tasks:list'): Promise<TaskSnapshot[]>;
  on(event: 'tasks:changed', listener: (task: TaskSnapshot) => void): () => void;
}

/**
 * Keeps the database's tasks in step with main. Subscribes before listing, so no change falls
 * between the two; then reconciles: tasks main still runs are updated, tasks it no longer
 * knows (the console closed while they ran) become `interrupted`. Returns the unsubscribe.
 */
export const startTaskSync = async (
  db: ConsoleDatabase,
  api: TaskSyncApi,
  now: () => number = Date.now,
): Promise<() => void> => {
  // Writes happen one after another, in the order main sent them.
  let writes: Promise<void> = Promise.resolve();
  const enqueue = (write: () => Promise<void>) => {
    writes = writes.then(write, write);
    return writes;
  };
  const unsubscribe = api.on('tasks:changed', (task) => {
    void enqueue(() => saveSnapshot(db, task)).catch(() => undefined);
  });
  try {
    const known = await api.invoke('tasks:list');
    await enqueue(() => reconcileTasks(db, known, now()));
  } catch (error) {
    unsubscribe();
    throw error;
  }
  return unsubscribe;
};

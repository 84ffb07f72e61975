import type { TaskSnapshot } from '../../../shared/domain/tasks';
import type { ConsoleDatabase } from '../../db/database';
import {
  finishLocally,
  INTERRUPTED_ERROR,
  saveSnapshot,
} from '../../db/repositories/tasks-repository';

export interface CancelTaskApi {
  invoke(channel: 'tasks:cancel', request: { id: string }): Promise<TaskSnapshot | null>;
}

/** Asks main to stop a task; the `cancelled` state itself arrives through `tasks:changed`. */
export const cancelTask = async (
  db: ConsoleDatabase,
  api: CancelTaskApi,
  id: string,
  now: () => number = Date.now,
): Promise<void> => {
  const snapshot = await api.invoke('tasks:cancel', { id });
  if (snapshot) await saveSnapshot(db, snapshot);
  // Main no longer knows it: it cannot still be running.
  else await finishLocally(db, id, 'interrupted', { ...INTERRUPTED_ERROR }, now());
};

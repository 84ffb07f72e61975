import type {
  StartTaskRequest,
  TaskKind,
  TaskParams,
  TaskSnapshot,
} from '../../../shared/domain/tasks';
import type { ConsoleDatabase } from '../../db/database';
import { addQueuedTask, finishLocally, saveSnapshot } from '../../db/repositories/tasks-repository';
import { errorInfoOf } from '../../i18n/error-text';

export interface StartTaskApi {
  invoke(channel: 'tasks:start', request: StartTaskRequest): Promise<TaskSnapshot>;
}

export interface StartTaskOptions {
  /** What the task acts on, shown in Active Tasks (a user's full name, a URL). */
  target?: string;
  /** Or the i18n key of words for it, e.g. `tasks.targets.sandbox`. */
  targetKey?: string;
  now?: () => number;
  newId?: () => string;
}

/**
 * Starts a long job the one way every feature does: the task is in the database (and so in
 * Active Tasks) at once, then main runs it and reports through `tasks:changed`. If main cannot
 * even start it, the row ends as failed with the reason, so nothing silently disappears.
 */
export const startTask = async (
  db: ConsoleDatabase,
  api: StartTaskApi,
  kind: TaskKind,
  params: TaskParams,
  options: StartTaskOptions = {},
): Promise<string> => {
  const now = options.now ?? Date.now;
  const id = (options.newId ?? (() => crypto.randomUUID()))();
  await addQueuedTask(
    db,
    { id, kind, params, target: options.target, targetKey: options.targetKey },
    now(),
  );
  try {
    await saveSnapshot(db, await api.invoke('tasks:start', { id, kind, params }));
  } catch (error) {
    await finishLocally(db, id, 'failed', errorInfoOf(error), now());
  }
  return id;
};

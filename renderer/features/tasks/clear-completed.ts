import type { ConsoleDatabase } from '../../db/database';

export interface ClearCompletedApi {
  invoke(channel: 'tasks:clearFinished'): Promise<{ cleared: number }>;
}

/**
 * Empties Completed Tasks: main forgets its finished tasks first (else the next start would
 * bring them back from its journal), then the database drops its own. Running tasks stay.
 */
export const clearCompletedTasks = async (db: ConsoleDatabase, api: ClearCompletedApi) => {
  await api.invoke('tasks:clearFinished');
  await db.tasks.where('finishedAt').above(-Infinity).delete();
};

import {
  ACTIVE_STATUSES,
  isActive,
  type TaskKind,
  type TaskParams,
  type TaskSnapshot,
  type TaskStatus,
} from '../../../shared/domain/tasks';
import type { ConsoleDatabase } from '../database';
import type { TaskRow } from '../types';

/** How far along a status is: a later one never yields to an earlier one. */
const statusRank = (status: TaskStatus): number =>
  status === 'queued' ? 0 : status === 'running' ? 1 : status === 'cancelling' ? 2 : 3;

/**
 * Whether a snapshot from main should replace the row we have. Events and the reply to
 * `tasks:start` can arrive in either order, so an older snapshot never overwrites a newer one.
 */
export const snapshotWins = (existing: TaskRow | undefined, incoming: TaskSnapshot): boolean => {
  if (!existing || !existing.confirmed) return true;
  // Main still knows the task, so it was not interrupted after all (another window raced us).
  if (existing.status === 'interrupted') return true;
  if (incoming.updatedAt !== existing.updatedAt) return incoming.updatedAt > existing.updatedAt;
  return statusRank(incoming.status) >= statusRank(existing.status);
};

/** Stores what main reported, keeping what only the renderer knows (the target). */
export const saveSnapshot = (db: ConsoleDatabase, snapshot: TaskSnapshot): Promise<void> =>
  db.transaction('rw', db.tasks, async () => {
    const existing = await db.tasks.get(snapshot.id);
    if (!snapshotWins(existing, snapshot)) return;
    await db.tasks.put({
      ...snapshot,
      target: existing?.target,
      targetKey: existing?.targetKey,
      confirmed: true,
    });
  });

export interface NewTask {
  id: string;
  kind: TaskKind;
  params: TaskParams;
  target?: string;
  targetKey?: string;
}

/** The row a task has from the moment the admin starts it, before main has answered. */
export const addQueuedTask = async (db: ConsoleDatabase, task: NewTask, now: number) => {
  await db.tasks.add({
    ...task,
    status: 'queued',
    progress: null,
    step: null,
    error: null,
    result: null,
    createdAt: now,
    updatedAt: now,
    finishedAt: null,
    confirmed: false,
  });
};

/** Ends a task main cannot finish for us (it never started, or main no longer knows it). */
export const finishLocally = (
  db: ConsoleDatabase,
  id: string,
  status: Extract<TaskStatus, 'failed' | 'interrupted'>,
  error: NonNullable<TaskRow['error']>,
  now: number,
) =>
  db.tasks
    .where('id')
    .equals(id)
    .filter((task) => isActive(task.status))
    .modify({ status, error, step: null, updatedAt: now, finishedAt: now, confirmed: true });

export const INTERRUPTED_ERROR = {
  code: 'task.interrupted',
  message: 'The console closed before this task finished.',
} as const;

/**
 * After a restart: main's list is the truth for what still runs. Tasks we thought were active
 * but main no longer knows were cut off when the console closed.
 */
export const reconcileTasks = (db: ConsoleDatabase, known: TaskSnapshot[], now: number) =>
  db.transaction('rw', db.tasks, async () => {
    for (const snapshot of known) await saveSnapshot(db, snapshot);
    const knownIds = new Set(known.map((task) => task.id));
    await db.tasks
      .where('status')
      .anyOf(ACTIVE_STATUSES as TaskStatus[])
      .filter((task) => !knownIds.has(task.id))
      .modify({
        status: 'interrupted',
        error: { ...INTERRUPTED_ERROR },
        step: null,
        updatedAt: now,
        finishedAt: now,
        confirmed: true,
      });
  });

export const activeTasks = (db: ConsoleDatabase): Promise<TaskRow[]> =>
  db.tasks
    .where('status')
    .anyOf(ACTIVE_STATUSES as TaskStatus[])
    .sortBy('createdAt');

export const activeTaskCount = (db: ConsoleDatabase): Promise<number> =>
  db.tasks
    .where('status')
    .anyOf(ACTIVE_STATUSES as TaskStatus[])
    .count();

/** Finished tasks, newest first (active ones have no `finishedAt`, so the index skips them). */
export const completedTasks = (db: ConsoleDatabase): Promise<TaskRow[]> =>
  db.tasks.orderBy('finishedAt').reverse().toArray();

export const newestTaskOfKind = (db: ConsoleDatabase, kind: TaskKind) =>
  db.tasks
    .orderBy('updatedAt')
    .reverse()
    .filter((task) => task.kind === kind)
    .first();

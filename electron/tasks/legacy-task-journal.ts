import { rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { isActive, TaskSnapshot } from '../../shared/domain/tasks';
import { readFileIfExists } from '../host/atomic-file';
import { keepAside } from './keep-aside';

/** The journal before JSON Lines: one JSON document, rewritten whole on every finish. */
export const LEGACY_JOURNAL_FILE = 'finished-tasks.json';

/**
 * That version had no byte bound (500 tasks with 1 MB params made 219 MB). Beyond this it is
 * not worth the memory of parsing: it is kept aside unread.
 */
export const LEGACY_READ_LIMIT_BYTES = 32 * 1024 * 1024;

const LegacyFile = z.object({ version: z.literal(1), tasks: z.array(TaskSnapshot) });

export interface LegacyJournal {
  tasks: TaskSnapshot[];
  /** Remove the old file once its tasks are safely in the new journal. */
  remove(): Promise<void>;
}

/**
 * Reads `finished-tasks.json` (version 1) so its tasks can move to the new journal; undefined
 * when there is none. A file that can't be read is kept aside, as that version did.
 */
export const readLegacyJournal = async (
  dataDir: string,
  log: (message: string) => void,
): Promise<LegacyJournal | undefined> => {
  const path = join(dataDir, LEGACY_JOURNAL_FILE);
  let text: string | undefined;
  try {
    const size = (await stat(path)).size;
    if (size > LEGACY_READ_LIMIT_BYTES) {
      log(`${LEGACY_JOURNAL_FILE} is too large to move into the new journal (${size} bytes)`);
      await keepAside(path, log);
      return undefined;
    }
    text = await readFileIfExists(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    log(`${LEGACY_JOURNAL_FILE} could not be read (${String(error)}); starting without it`);
    return undefined;
  }
  if (text === undefined) return undefined;
  let tasks: TaskSnapshot[];
  try {
    tasks = LegacyFile.parse(JSON.parse(text)).tasks;
  } catch {
    await keepAside(path, log);
    return undefined;
  }
  return {
    tasks: tasks.filter((task) => task.finishedAt !== null && !isActive(task.status)),
    remove: () => rm(path, { force: true }),
  };
};

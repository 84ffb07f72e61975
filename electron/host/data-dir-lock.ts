import { randomUUID } from 'node:crypto';
import { readFileSync, unlinkSync } from 'node:fs';
import { open, readFile, rename, stat, unlink } from 'node:fs/promises';
import { uptime } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { readFileIfExists } from './atomic-file';
import { DataDirProblem, errorCodeOf } from './data-dir-problem';
import { makeDataFolder } from './data-folder';

/**
 * Electron's single-instance lock covers only Electron, while `npm run web` defaults to the same
 * data folder and may run beside it (or beside a second `npm run web`): both would write the
 * settings, and later the vault, last-wins. This lock is the one both front doors take.
 */
export const LOCK_FILE = 'console.lock';

const LockHolder = z.object({
  pid: z.number().int().positive(),
  frontDoor: z.enum(['electron', 'browser']),
  since: z.number(),
});
export type LockHolder = z.infer<typeof LockHolder>;
export type FrontDoor = LockHolder['frontDoor'];

const FRONT_DOOR_NAMES: Record<FrontDoor, string> = {
  electron: 'the desktop app',
  browser: 'the browser front door, npm run web',
};

/** A lock file nobody can parse may be one being written this instant; give it this long. */
const UNREADABLE_GRACE_MS = 10_000;

/** A problem like the others with the folder: one sentence, exit 1. */
export class DataDirInUseError extends DataDirProblem {
  constructor(
    dataDir: string,
    readonly holder: LockHolder | undefined,
  ) {
    const who = holder
      ? `${FRONT_DOOR_NAMES[holder.frontDoor]}, process ${holder.pid}`
      : 'one that is just starting';
    super(
      dataDir,
      `The data folder ${dataDir} is in use by another VPP Console (${who}). ` +
        'Stop that one, or choose another folder with --data-dir DIR.',
    );
    this.name = 'DataDirInUseError';
  }
}

export interface DataDirLock {
  readonly path: string;
  /** Removes the lock file if it is still ours; safe to call twice. */
  release(): Promise<void>;
}

export interface LockOptions {
  pid?: number;
  now?: () => number;
  /** Whether a process still runs; tests replace it. */
  isAlive?: (pid: number) => boolean;
  /** When this machine started: a lock from before then is stale, whatever its pid is now. */
  bootTime?: number;
}

/** `kill(pid, 0)` sends nothing: it only asks. EPERM means alive, but someone else's. */
export const isProcessAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
};

/**
 * Takes `<dataDir>/console.lock` for this process, or throws `DataDirInUseError` naming the
 * process that holds it. A lock left by a process that is gone (crash, power cut) is taken over.
 * Creates the folder first; a folder it cannot use throws a `DataDirProblem` saying why.
 */
export const lockDataDir = async (
  dataDir: string,
  frontDoor: FrontDoor,
  options: LockOptions = {},
): Promise<DataDirLock> => {
  const path = join(dataDir, LOCK_FILE);
  const isAlive = options.isAlive ?? isProcessAlive;
  const bootTime = options.bootTime ?? Date.now() - uptime() * 1000;
  const mine = JSON.stringify({
    pid: options.pid ?? process.pid,
    frontDoor,
    since: (options.now ?? Date.now)(),
  } satisfies LockHolder);
  await makeDataFolder(dataDir);

  try {
    // Each pass either takes the lock, refuses, or clears a stale lock and tries again.
    for (let attempt = 0; attempt < 5; attempt++) {
      if (await createExclusive(path, mine)) return hold(path, mine);
      const seen = await readFileIfExists(path);
      if (seen === undefined) continue; // released between our two looks
      const holder = parseHolder(seen);
      const live = holder
        ? holder.since >= bootTime && isAlive(holder.pid)
        : await isFresh(path, options.now ?? Date.now);
      if (live) throw new DataDirInUseError(dataDir, holder);
      await clearStale(path, seen);
    }
  } catch (error) {
    throw lockProblem(dataDir, error);
  }
  throw new DataDirInUseError(dataDir, undefined);
};

/** A file-system refusal while taking the lock, as the sentence that explains it. */
const lockProblem = (dataDir: string, error: unknown): unknown => {
  if (error instanceof DataDirProblem) return error;
  const code = errorCodeOf(error);
  if (code === 'EISDIR') return DataDirProblem.holdsFolder(dataDir, LOCK_FILE, 'lock file');
  // Any other system error (EACCES, EROFS, ENOSPC…) means the folder will not take our files.
  return code?.startsWith('E') ? DataDirProblem.cannotWrite(dataDir, error) : error;
};

/** O_EXCL: of two processes creating the file at once, exactly one succeeds. */
const createExclusive = async (path: string, content: string): Promise<boolean> => {
  let handle;
  try {
    handle = await open(path, 'wx', 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    await handle.writeFile(content);
  } finally {
    await handle.close();
  }
  return true;
};

const parseHolder = (text: string): LockHolder | undefined => {
  try {
    return LockHolder.parse(JSON.parse(text));
  } catch {
    return undefined;
  }
};

const isFresh = async (path: string, now: () => number): Promise<boolean> => {
  try {
    return now() - (await stat(path)).mtimeMs < UNREADABLE_GRACE_MS;
  } catch {
    return false;
  }
};

/**
 * Moves the stale lock aside rather than deleting it by name: if another process replaced it
 * with a live lock since we read it, what we moved is theirs, and it goes back.
 */
const clearStale = async (path: string, seen: string): Promise<void> => {
  const aside = `${path}.stale-${randomUUID()}`;
  try {
    await rename(path, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  if ((await readFile(aside, 'utf8')) === seen) await unlink(aside);
  else await rename(aside, path);
};

/** Locks this process holds, removed on exit too, so `process.exit()` on any path frees them. */
const held = new Map<string, string>();

const releaseSync = (path: string, content: string) => {
  try {
    if (readFileSync(path, 'utf8') === content) unlinkSync(path);
  } catch {
    // Already gone, or the folder with it: nothing left to free.
  }
};

const hold = (path: string, content: string): DataDirLock => {
  if (held.size === 0) process.once('exit', releaseAllOnExit);
  held.set(path, content);
  return {
    path,
    release: async () => {
      if (held.get(path) !== content) return;
      held.delete(path);
      if (held.size === 0) process.off('exit', releaseAllOnExit);
      const current = await readFileIfExists(path).catch(() => undefined);
      if (current === content) await unlink(path).catch(() => undefined);
    },
  };
};

const releaseAllOnExit = () => {
  for (const [path, content] of held) releaseSync(path, content);
  held.clear();
};

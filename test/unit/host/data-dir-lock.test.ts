import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataDirInUseError, LOCK_FILE, lockDataDir } from '../../../electron/host/data-dir-lock';
import { DataDirProblem } from '../../../electron/host/data-dir-problem';

const freshDir = () => mkdtemp(join(tmpdir(), 'vpp-lock-'));
const readLock = async (dataDir: string) =>
  JSON.parse(await readFile(join(dataDir, LOCK_FILE), 'utf8')) as Record<string, unknown>;

/** The pid of a process that has certainly ended. */
const deadPid = () =>
  new Promise<number>((resolvePid) => {
    const child = spawn(process.execPath, ['-e', '']);
    child.once('exit', () => resolvePid(child.pid!));
  });

describe('the data folder lock', () => {
  it('is taken with this process’s pid and front door', async () => {
    const dataDir = join(await freshDir(), 'not yet created');
    await lockDataDir(dataDir, 'browser');
    expect(await readLock(dataDir)).toMatchObject({ pid: process.pid, frontDoor: 'browser' });
  });

  it('refuses a second console while held, naming the one that holds it', async () => {
    const dataDir = await freshDir();
    await lockDataDir(dataDir, 'electron');
    const refused = lockDataDir(dataDir, 'browser');
    await expect(refused).rejects.toBeInstanceOf(DataDirInUseError);
    await expect(refused).rejects.toThrow(
      `The data folder ${dataDir} is in use by another VPP Console (the desktop app, process ${process.pid}). ` +
        'Stop that one, or choose another folder with --data-dir DIR.',
    );
    expect(await readLock(dataDir)).toMatchObject({ frontDoor: 'electron' });
  });

  it('takes over a lock whose process is gone, and one from before the machine started', async () => {
    const dataDir = await freshDir();
    const pid = await deadPid();
    await writeFile(
      join(dataDir, LOCK_FILE),
      JSON.stringify({ pid, frontDoor: 'browser', since: Date.now() - 1000 }),
    );
    await lockDataDir(dataDir, 'electron');
    expect(await readLock(dataDir)).toMatchObject({ pid: process.pid, frontDoor: 'electron' });

    // After a reboot the old pid may belong to some other live process: still stale.
    const rebooted = await freshDir();
    await writeFile(
      join(rebooted, LOCK_FILE),
      JSON.stringify({ pid: process.pid, frontDoor: 'browser', since: 1000 }),
    );
    await lockDataDir(rebooted, 'browser', { bootTime: 2000, pid: 4242 });
    expect(await readLock(rebooted)).toMatchObject({ pid: 4242 });
    expect(await readdir(rebooted)).toEqual([LOCK_FILE]);
  });

  it('waits out an unreadable lock while it may still be being written, then takes it over', async () => {
    const dataDir = await freshDir();
    const path = join(dataDir, LOCK_FILE);
    await writeFile(path, '');
    await expect(lockDataDir(dataDir, 'browser')).rejects.toThrow(
      'in use by another VPP Console (one that is just starting)',
    );
    const aMinuteAgo = new Date(Date.now() - 60_000);
    await utimes(path, aMinuteAgo, aMinuteAgo);
    await lockDataDir(dataDir, 'browser');
    expect(await readLock(dataDir)).toMatchObject({ pid: process.pid });
  });

  it('is released on close, so the next console can start; releasing twice is harmless', async () => {
    const dataDir = await freshDir();
    const lock = await lockDataDir(dataDir, 'browser');
    await lock.release();
    await lock.release();
    expect(await readdir(dataDir)).toEqual([]);
    const next = await lockDataDir(dataDir, 'electron');
    await lock.release(); // the old handle must not free the new holder's lock
    expect(await readLock(dataDir)).toMatchObject({ frontDoor: 'electron' });
    await next.release();
  });

  it('lets exactly one of two consoles starting at once have it', async () => {
    const dataDir = await freshDir();
    const results = await Promise.allSettled([
      lockDataDir(dataDir, 'browser', { pid: 101, isAlive: () => true }),
      lockDataDir(dataDir, 'electron', { pid: 102, isAlive: () => true }),
    ]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    expect(results.filter((result) => result.status === 'rejected')).toHaveLength(1);
  });

  it('is freed when the process exits without releasing it', async () => {
    const dataDir = await freshDir();
    const lockModule = resolve(import.meta.dirname, '../../../electron/host/data-dir-lock.ts');
    const script = `const { lockDataDir } = await import(${JSON.stringify(lockModule)});
      await lockDataDir(${JSON.stringify(dataDir)}, 'browser');
      process.exit(3);`;
    const code = await new Promise<number | null>((resolveCode) => {
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', '--input-type=module', '-e', script],
        {
          stdio: 'inherit',
        },
      );
      child.once('exit', resolveCode);
    });
    expect(code).toBe(3);
    expect(await readdir(dataDir)).toEqual([]);
  });

  it('explains a folder it cannot use as a DataDirProblem, in one sentence', async () => {
    const root = await freshDir();
    const file = join(root, 'a-file');
    await writeFile(file, '');
    const refused = lockDataDir(file, 'browser');
    await expect(refused).rejects.toBeInstanceOf(DataDirProblem);
    await expect(refused).rejects.toThrow(
      `The data folder ${file} is a file, not a folder. Choose another with --data-dir DIR.`,
    );

    const missingParents = join(root, 'one', 'two', 'three');
    await lockDataDir(missingParents, 'browser');
    expect(await readdir(missingParents)).toEqual([LOCK_FILE]);

    const taken = await freshDir();
    await mkdir(join(taken, LOCK_FILE));
    await expect(lockDataDir(taken, 'browser')).rejects.toThrow(
      `The data folder ${taken} holds a folder named console.lock where the console keeps its ` +
        'lock file. Move it away, or choose another folder with --data-dir DIR.',
    );
    // Still a refusal the front doors already show as one line.
    expect(new DataDirInUseError(taken, undefined)).toBeInstanceOf(DataDirProblem);
  });
});

import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { LOCK_FILE } from '../../../electron/host/data-dir-lock';
import { ensureRendererBuilt, startWebCli } from './web-cli-process';

const freshDir = () => mkdtemp(join(tmpdir(), 'vpp-bad-folder-'));
const isRoot = process.getuid?.() === 0;

/**
 * A folder nobody can write in. chmod does not stop root, so as root it is sysfs's /sys/kernel,
 * where the kernel refuses to create files for anyone.
 */
const unwritableFolder = async (): Promise<string | undefined> => {
  if (isRoot) return existsSync('/sys/kernel') ? '/sys/kernel' : undefined;
  const dir = await freshDir();
  await chmod(dir, 0o500);
  return dir;
};

/** Runs `npm run web` on `dataDir` and returns what it printed, expecting exit code 1. */
const refusal = async (dataDir: string): Promise<string> => {
  const cli = startWebCli(dataDir);
  onTestFinished(() => void cli.stop('SIGKILL')); // one that hangs must not outlive its test
  expect(await cli.exited).toBe(1);
  const output = cli.output().trim();
  // One plain sentence: no Node stack trace.
  expect(output).not.toMatch(/^\s+at /m);
  return output;
};

describe('npm run web on a data folder it cannot use', () => {
  beforeAll(ensureRendererBuilt, 120_000);

  it('says so when the data folder is a file', async () => {
    const dataDir = join(await freshDir(), 'profile');
    await writeFile(dataDir, '');
    expect(await refusal(dataDir)).toBe(
      `The data folder ${dataDir} is a file, not a folder. Choose another with --data-dir DIR.`,
    );
  });

  it('says which part of the path is a file when the folder cannot be made', async () => {
    const root = await freshDir();
    await writeFile(join(root, 'a-file'), '');
    const dataDir = join(root, 'a-file', 'profile');
    expect(await refusal(dataDir)).toBe(
      `The data folder ${dataDir} cannot be made: ${join(root, 'a-file')} is a file, not a folder. ` +
        'Choose another with --data-dir DIR.',
    );
  });

  it('says so when it may not write in the data folder', async (context) => {
    const dataDir = await unwritableFolder();
    if (!dataDir) return context.skip('running as root without /sys: no folder root cannot write');
    expect(await refusal(dataDir)).toBe(
      `VPP Console cannot write in its data folder ${dataDir} (permission denied). ` +
        'Give yourself write access to it, or choose another with --data-dir DIR.',
    );
  });

  it('says so when it may not create the data folder', async (context) => {
    if (!existsSync('/sys/kernel')) return context.skip('no /sys: no place nobody may create in');
    // sysfs refuses new folders to everyone, root included.
    const dataDir = '/sys/vpp-console-data';
    expect(await refusal(dataDir)).toBe(
      `VPP Console cannot create its data folder ${dataDir} (permission denied). ` +
        'Choose another with --data-dir DIR.',
    );
  });

  it('answers instead of hanging when the file system will not create the folder', async (context) => {
    if (!existsSync('/proc/self')) return context.skip('no /proc');
    // procfs answers "no such file" to a mkdir under an existing folder; Node's own recursive
    // mkdir retries that forever.
    const dataDir = '/proc/self/vpp-console-data';
    expect(await refusal(dataDir)).toBe(
      `VPP Console cannot create its data folder ${dataDir} (no such file or directory). ` +
        'Choose another with --data-dir DIR.',
    );
  });

  it('says so when a folder sits where the settings file belongs, and frees the lock', async () => {
    const dataDir = await freshDir();
    await mkdir(join(dataDir, 'settings.json'));
    expect(await refusal(dataDir)).toBe(
      `The data folder ${dataDir} holds a folder named settings.json where the console keeps its ` +
        'settings file. Move it away, or choose another folder with --data-dir DIR.',
    );
    expect(await readdir(dataDir)).toEqual(['settings.json']);
  });

  it('says so when a folder sits where the lock file belongs', async () => {
    const dataDir = await freshDir();
    await mkdir(join(dataDir, LOCK_FILE));
    expect(await refusal(dataDir)).toBe(
      `The data folder ${dataDir} holds a folder named console.lock where the console keeps its ` +
        'lock file. Move it away, or choose another folder with --data-dir DIR.',
    );
  });
});

import { watch } from 'node:fs';
import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { LOCK_FILE } from '../../../electron/host/data-dir-lock';
import { ensureRendererBuilt, startWebCli } from './web-cli-process';

const freshDir = () => mkdtemp(join(tmpdir(), 'vpp-signals-'));

/** Resolves when `name` appears in `dir` (which must exist), without polling. */
const appears = (dir: string, name: string) =>
  new Promise<void>((resolveSeen) => {
    const watcher = watch(dir, (_event, file) => {
      if (file !== name) return;
      watcher.close();
      resolveSeen();
    });
  });

/** `npm run web` stopped by a signal closes cleanly whenever the signal comes. */
describe('the browser front door stopped by a signal', () => {
  beforeAll(ensureRendererBuilt, 120_000);

  it('exits 0 and frees console.lock on SIGTERM sent the instant the link is printed', async () => {
    // Three times: the instant after the link is a race the console must never lose.
    for (let round = 0; round < 3; round++) {
      const dataDir = await freshDir();
      const cli = startWebCli(dataDir);
      await cli.started;
      expect(await cli.stop('SIGTERM')).toBe(0);
      expect(await readdir(dataDir)).not.toContain(LOCK_FILE);
    }
  });

  it('on SIGTERM during start-up, once it holds console.lock, gets to a clean stop and exits 0', async () => {
    const dataDir = await freshDir();
    const locked = appears(dataDir, LOCK_FILE);
    const cli = startWebCli(dataDir);
    await locked;
    expect(await cli.stop('SIGTERM')).toBe(0);
    expect(await readdir(dataDir)).not.toContain(LOCK_FILE);
    // It stopped instead of finishing start-up: no link to a console that is gone.
    expect(cli.output()).not.toContain('Open http');
  });

  it('stops the same way on Ctrl+C (SIGINT)', async () => {
    const dataDir = await freshDir();
    const cli = startWebCli(dataDir);
    await cli.started;
    expect(await cli.stop('SIGINT')).toBe(0);
    expect(await readdir(dataDir)).not.toContain(LOCK_FILE);
  });
});

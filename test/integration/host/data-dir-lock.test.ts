import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { LOCK_FILE } from '../../../electron/host/data-dir-lock';
import { ensureRendererBuilt, startWebCli } from './web-cli-process';

describe('two browser front doors on one data folder', () => {
  beforeAll(ensureRendererBuilt, 120_000);

  it('the second refuses to start, names the first and suggests --data-dir', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'vpp-two-doors-'));
    const first = startWebCli(dataDir);
    try {
      await first.started;

      // A different port would not stop it: only the lock does.
      const second = startWebCli(dataDir);
      expect(await second.exited).toBe(1);
      expect(second.output().trim()).toBe(
        `The data folder ${dataDir} is in use by another VPP Console ` +
          `(the browser front door, npm run web, process ${first.pid}). ` +
          'Stop that one, or choose another folder with --data-dir DIR.',
      );
    } finally {
      expect(await first.stop()).toBe(0);
    }

    // Stopping the first frees the folder for the next one.
    expect(await readdir(dataDir)).not.toContain(LOCK_FILE);
    const third = startWebCli(dataDir);
    await third.started;
    expect(await third.stop()).toBe(0);
  });
});

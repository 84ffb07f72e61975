import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { connectBridge, frontDoorOf, invoke, pageStatus } from './raw-front-door';
import { ensureRendererBuilt, startWebCli } from './web-cli-process';

describe('the browser front door after an error nothing handled', () => {
  beforeAll(ensureRendererBuilt, 120_000);

  it('logs one line for each and goes on serving', async () => {
    const cli = startWebCli(await mkdtemp(join(tmpdir(), 'vpp-last-resort-')), {
      preload: ['./test/integration/host/plant-faults.ts'],
    });
    try {
      const door = frontDoorOf(await cli.started);
      process.kill(cli.pid, 'SIGUSR2');
      await expect
        .poll(() =>
          cli
            .output()
            .split('\n')
            .filter((line) => /planted/.test(line)),
        )
        .toEqual([
          expect.stringMatching(
            /^Unexpected error \(unhandled rejection\), the console keeps running: Error: planted unhandled rejection /,
          ),
          expect.stringMatching(
            /^Unexpected error \(uncaught exception\), the console keeps running: Error: planted uncaught exception /,
          ),
        ]);
      const ws = await connectBridge(door);
      expect(await invoke(ws, 'app:info')).toMatchObject({ ok: true });
      ws.close();
      expect(await pageStatus(door)).toBe('HTTP/1.1 200 OK');
    } finally {
      expect(await cli.stop()).toBe(0);
    }
  });
});

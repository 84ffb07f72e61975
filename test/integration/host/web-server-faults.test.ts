import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHost, type Host } from '../../../electron/host/host';
import { startWebServer, type RunningWebServer } from '../../../electron/host/web-server';
import {
  connectBridge,
  exchange,
  frontDoorOf,
  invoke,
  pageStatus,
  plainRequest,
  type FrontDoor,
} from './raw-front-door';

/**
 * Faults inside the server, not from the wire: a file that cannot be read, a dispatch that
 * rejects. In-process, so an unhandled rejection fails the run: each must end as an answer.
 */
describe('the browser front door when its own side fails', () => {
  let host: Host;
  let web: RunningWebServer;
  let door: FrontDoor;
  let failDispatch = false;
  const logs: string[] = [];

  beforeAll(async () => {
    const root = await mkdtemp(join(tmpdir(), 'vpp-web-faults-'));
    const rendererDir = join(root, 'renderer');
    await mkdir(join(rendererDir, 'assets'), { recursive: true });
    await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>VPP Console</title>');
    // A real read error, even for root: /proc/self/mem stats as a file but reading it fails.
    if (existsSync('/proc/self/mem'))
      await symlink('/proc/self/mem', join(rendererDir, 'assets', 'unreadable.js'));
    host = await createHost({
      dataDir: join(root, 'data'),
      frontDoor: 'browser',
      appVersion: '0.0.0-test',
      systemLocale: 'en-GB',
      startSandbox: async () => ({ baseUrl: 'http://127.0.0.1:9/mdm/v2', close: async () => {} }),
      log: () => {},
    });
    // The real host, with a switch that makes its dispatch reject as a bug in it would.
    const faulty: Host = {
      ...host,
      dispatch: (channel, payload, context) =>
        failDispatch
          ? Promise.reject(new Error('dispatch broke'))
          : host.dispatch(channel, payload, context),
    };
    web = await startWebServer({
      host: faulty,
      rendererDir,
      port: 0,
      log: (line) => logs.push(line),
    });
    door = frontDoorOf(web.url);
  });

  afterAll(async () => {
    await web.close();
    await host.close();
  });

  it.skipIf(!existsSync('/proc/self/mem'))(
    'answers 500 when a file of the page cannot be read, and goes on serving',
    async () => {
      const answer = await exchange(door.port, plainRequest(door, '/assets/unreadable.js'));
      expect(answer).toMatch(/^HTTP\/1\.1 500 /);
      expect(await pageStatus(door)).toBe('HTTP/1.1 200 OK');
      expect(logs.join('\n')).toContain('EIO');
    },
  );

  it('answers a call whose dispatch rejects with an internal error, and goes on serving', async () => {
    const ws = await connectBridge(door);
    failDispatch = true;
    try {
      expect(await invoke(ws, 'app:info', 41)).toEqual({
        ok: false,
        error: { code: 'internal', message: 'Unexpected error: dispatch broke' },
      });
    } finally {
      failDispatch = false;
    }
    expect(await invoke(ws, 'app:info', 42)).toMatchObject({ ok: true });
    ws.close();
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawExchange, rawGet } from './raw-http';
import { startTestSandbox } from './sandbox-api';
import type { RunningSandbox } from '../../../electron/sandbox/index';

/** One path of every kind the sandbox serves. */
const PATHS = [
  '/sandbox-admin/state',
  '/mdm/v2/service/config',
  '/invite?inviteCode=x',
  '/metadata/lookup?id=361309726',
  '/mdm/v2/',
];

describe('Host and Origin checks (DNS rebinding, cross-site requests)', () => {
  let sandbox: RunningSandbox;
  let port: number;
  beforeAll(async () => {
    sandbox = await startTestSandbox({ log: () => {} });
    port = sandbox.port;
  });
  afterAll(() => sandbox.close());

  it('answers under its own names: 127.0.0.1:<port> and localhost:<port>', async () => {
    for (const path of PATHS)
      for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `LOCALHOST:${port}`])
        expect([path, host, (await rawGet(port, path, host)).status]).not.toContainEqual(421);
    // fetch, and the console's client, send Host 127.0.0.1:<port>.
    expect((await fetch(`${sandbox.origin}/sandbox-admin/state`)).status).toBe(200);
  });

  it('refuses any other Host with 421 on every route, before anything else runs', async () => {
    const others = [
      `rebind.attacker.example:${port}`,
      'rebind.attacker.example',
      `127.0.0.1:${port + 1}`,
      '127.0.0.1',
      `[::1]:${port}`, // it never listens on ::1
      `localhost.:${port}`,
    ];
    for (const path of PATHS)
      for (const host of others) {
        const response = await rawGet(port, path, host);
        expect([path, host, response.status]).toEqual([path, host, 421]);
        expect(response.headers['content-type']).toContain('application/json');
        expect(JSON.parse(response.body).errorMessage).toContain('Misdirected');
      }
  });

  it('refuses a request without a Host, or with two, as malformed (400)', async () => {
    const noHost = await rawExchange(port, 'GET /mdm/v2/service/config HTTP/1.0\r\n\r\n');
    expect(noHost.status).toBe(400);
    const twoHosts = await rawExchange(
      port,
      `GET /sandbox-admin/state HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nHost: rebind.attacker.example\r\nConnection: close\r\n\r\n`,
    );
    expect(twoHosts.status).toBe(400);
    expect(JSON.parse(twoHosts.body).errorNumber).toBe(9602);
  });

  it("takes an absolute-form target's authority as the host, as HTTP requires", async () => {
    const own = await rawGet(port, `http://127.0.0.1:${port}/mdm/v2/service/config`);
    expect(own.status).toBe(200);
    const foreign = await rawGet(port, 'http://rebind.attacker.example/sandbox-admin/state');
    expect(foreign.status).toBe(421);
  });

  const post = (path: string, origin: string | undefined, type: string, body: string) =>
    fetch(`${sandbox.origin}${path}`, {
      method: 'POST',
      headers: { 'content-type': type, ...(origin ? { origin } : {}) },
      body,
    });

  it('refuses state-changing admin and invitation requests from another origin (403)', async () => {
    const flush = (origin?: string) =>
      post('/sandbox-admin/events/flush', origin, 'application/json', '{}');
    expect((await flush('https://attacker.example')).status).toBe(403);
    expect((await flush(`http://127.0.0.1:${port + 1}`)).status).toBe(403);
    expect((await flush('null')).status).toBe(403);
    const refused = await flush('https://attacker.example');
    expect((await refused.json()).error).toContain('origin');
    // No Origin (tests, curl, the console's main process) or the sandbox's own page: fine.
    expect((await flush()).status).toBe(200);
    expect((await flush(sandbox.origin)).status).toBe(200);
    expect((await flush(`http://localhost:${port}`)).status).toBe(200);

    const accept = (origin?: string) =>
      post('/invite/accept', origin, 'application/x-www-form-urlencoded', 'inviteCode=x&appleId=y');
    expect((await accept('https://attacker.example')).status).toBe(403);
    // The sandbox's own invitation form posts with its own origin: it reaches the check of the
    // code (unknown here, so 404).
    expect((await accept(sandbox.origin)).status).toBe(404);
    // Reading is not refused: a foreign page cannot read the answer anyway (no CORS).
    const read = await fetch(`${sandbox.origin}/sandbox-admin/state`, {
      headers: { origin: 'https://attacker.example' },
    });
    expect(read.status).toBe(200);
  });
});

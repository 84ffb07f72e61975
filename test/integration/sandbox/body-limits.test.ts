import { request } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SandboxApi, startTestSandbox } from './sandbox-api';
import type { RunningSandbox } from '../../../electron/sandbox/index';

const KiB = 1024;

describe('request bodies over their limit', () => {
  let sandbox: RunningSandbox;
  let api: SandboxApi;
  const log: string[] = [];
  beforeAll(async () => {
    sandbox = await startTestSandbox({ log: (line) => log.push(line) });
    api = SandboxApi.for(sandbox);
  });
  afterAll(() => sandbox.close());
  beforeEach(() => {
    log.length = 0;
  });

  /** One line naming the refusal, never a stack trace. */
  const expectOneLogLine = (status: number, path: string) => {
    expect(log).toHaveLength(1);
    expect(log[0]).not.toContain('\n');
    expect(log[0]).toContain(String(status));
    expect(log[0]).toContain(path);
  };

  const postForm = (appleId: string) =>
    fetch(`${sandbox.origin}/invite/accept`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ inviteCode: 'x', appleId }).toString(),
    });

  it('answers an oversized invitation form with 413 and a page, not 500', async () => {
    // Past the form's own limit, and past the 2 MB that once ended in a 500 and a stack trace.
    for (const size of [40 * KiB, 3 * 1024 * KiB]) {
      log.length = 0;
      const response = await postForm('a'.repeat(size));
      expect(response.status).toBe(413);
      expect(response.headers.get('content-type')).toContain('text/html');
      expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
      expect(await response.text()).toContain('too large');
      expectOneLogLine(413, '/invite/accept');
    }
  });

  it('answers an oversized invitation JSON body with 413 JSON', async () => {
    const response = await fetch(`${sandbox.origin}/invite/accept`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ inviteCode: 'x', appleId: 'a'.repeat(40 * KiB) }),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ problem: 'tooLarge' });
    expectOneLogLine(413, '/invite/accept');
  });

  it('answers an oversized admin body with 413 {error}', async () => {
    const response = await fetch(`${sandbox.origin}/sandbox-admin/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ spec: 'x'.repeat(100 * KiB) }),
    });
    expect(response.status).toBe(413);
    expect((await response.json()).error).toMatch(/larger than 64 KiB/);
    expectOneLogLine(413, '/sandbox-admin/faults');
  });

  it("answers an oversized Apple body with 413 and Apple's 9602 body", async () => {
    const users = Array.from({ length: 30_000 }, (_, i) => ({
      clientUserId: `te-groot-${i}`,
      email: `leerling-${i}-${'x'.repeat(40)}@school.example`,
    }));
    const response = await api.post('/users/create', { users });
    expect(response.status).toBe(413);
    expect(response.body).toEqual({ errorNumber: 9602, errorMessage: 'Invalid argument.' });
    expectOneLogLine(413, '/mdm/v2/users/create');
  });

  it('refuses a chunked body (no Content-Length) once it passes the limit, and keeps serving', async () => {
    const status = await new Promise<number | string>((resolve) => {
      const req = request(
        `${sandbox.origin}/sandbox-admin/purchase`,
        { method: 'POST', headers: { 'content-type': 'application/json' } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
      // Written in pieces, so the server only learns the size as it reads.
      const piece = 'x'.repeat(16 * KiB);
      req.write('{"adamId":"');
      for (let i = 0; i < 8; i++) req.write(piece);
      req.end('"}');
    });
    expect(status).toBe(413);
    expectOneLogLine(413, '/sandbox-admin/purchase');
    expect((await api.get('/assets')).status).toBe(200);
  });
});

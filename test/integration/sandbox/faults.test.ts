import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SandboxApi, startTestSandbox } from './sandbox-api';
import { startSandbox, type RunningSandbox } from '../../../electron/sandbox/index';

describe('fault injection', () => {
  let sandbox: RunningSandbox;
  let api: SandboxApi;
  beforeAll(async () => {
    sandbox = await startTestSandbox({ faults: '503:times=1:retryAfter=3' });
    api = SandboxApi.for(sandbox);
  });
  afterAll(() => sandbox.close());

  it('answers 503 with Retry-After and 9729 as configured at start, then recovers', async () => {
    const outage = await api.get('/assets');
    expect([outage.status, outage.headers.get('retry-after'), outage.body.errorNumber]).toEqual([
      503,
      '3',
      9729,
    ]);
    expect((await api.get('/assets')).status).toBe(200);
  });

  it('answers 500 with Retry-After and 9603', async () => {
    sandbox.admin.setFaults('500:times=1:retryAfter=1:path=/users');
    expect((await api.get('/assets')).status).toBe(200);
    const failure = await api.get('/users');
    expect([failure.status, failure.headers.get('retry-after'), failure.body.errorNumber]).toEqual([
      500,
      '1',
      9603,
    ]);
    expect((await api.get('/users')).status).toBe(200);
  });

  it('answers an injected 429 with 9646', async () => {
    sandbox.admin.setFaults('429:times=1');
    const limited = await api.get('/client/config');
    expect([limited.status, limited.body.errorNumber]).toEqual([429, 9646]);
  });

  it('slows responses down by the given milliseconds', async () => {
    sandbox.admin.setFaults('slow:ms=300:method=GET');
    const started = performance.now();
    const slow = await api.get('/assets');
    expect(slow.status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
    sandbox.admin.setFaults('');
    const fastStart = performance.now();
    await api.get('/assets');
    expect(performance.now() - fastStart).toBeLessThan(250);
  });

  it('drops the connection without an answer', async () => {
    sandbox.admin.setFaults('drop:times=1');
    await expect(api.get('/assets')).rejects.toThrow();
    expect((await api.get('/assets')).status).toBe(200);
    // As a raw socket sees it: closed with no status line.
    sandbox.admin.setFaults('drop:times=1');
    const outcome = await new Promise<string>((resolve) => {
      const req = request(`${sandbox.baseUrl}/service/config`, (res) =>
        resolve(`status ${res.statusCode}`),
      );
      req.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
      req.end();
    });
    expect(outcome).toBe('ECONNRESET');
  });

  it('leaves the admin side, the invitation page and metadata alone', async () => {
    sandbox.admin.setFaults('503');
    try {
      expect((await fetch(`${sandbox.origin}/sandbox-admin/state`)).status).toBe(200);
      expect((await fetch(`${sandbox.origin}/metadata/lookup?id=361309726`)).status).toBe(200);
      expect((await api.get('/assets')).status).toBe(503);
    } finally {
      sandbox.admin.setFaults('');
    }
  });

  it('refuses a bad spec with a clear message and keeps the previous rules', async () => {
    sandbox.admin.setFaults('500:every=2');
    expect(() => sandbox.admin.setFaults('teapot')).toThrow(/the kind must be one of/);
    expect(sandbox.admin.faults()).toBe('500:every=2');
    const response = await fetch(`${sandbox.origin}/sandbox-admin/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ spec: 'slow:ms=soon' }),
    });
    expect(response.status).toBe(400);
    expect((await response.json()).error).toBe(
      'Fault "slow:ms=soon": ms must be a whole number from 0 to 600000 (10 minutes), not "soon".',
    );
    const tooSlow = await fetch(`${sandbox.origin}/sandbox-admin/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ spec: 'slow:ms=3600000' }),
    });
    expect(tooSlow.status).toBe(400);
    expect((await tooSlow.json()).error).toBe(
      'Fault "slow:ms=3600000": ms must be a whole number from 0 to 600000 (10 minutes), not "3600000".',
    );
    expect(sandbox.admin.faults()).toBe('500:every=2');
    await expect(startSandbox({ port: 0, faults: 'slow:ms=3600000' })).rejects.toThrow(
      /ms must be a whole number from 0 to 600000/,
    );
    await expect(startSandbox({ port: 0, faults: 'nope' })).rejects.toThrow(
      /the kind must be one of/,
    );
    sandbox.admin.setFaults('');
  });
});

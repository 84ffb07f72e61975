import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SandboxApi, startTestSandbox } from './sandbox-api';
import type { RunningSandbox } from '../../../electron/sandbox/index';

describe('sandbox API counters', () => {
  let sandbox: RunningSandbox;
  let api: SandboxApi;
  beforeAll(async () => {
    sandbox = await startTestSandbox({ rps: 3, log: () => undefined });
    api = SandboxApi.for(sandbox);
  });
  afterAll(() => sandbox.close());
  beforeEach(async () => {
    sandbox.admin.setFaults('');
    sandbox.admin.resetStats();
    // A full bucket for each test: 3 requests a second.
    await new Promise((resolve) => setTimeout(resolve, 1_100));
  });

  const adminCall = async (method: string, path: string) => {
    const response = await fetch(`${sandbox.origin}/sandbox-admin${path}`, { method });
    return { status: response.status, body: await response.json() };
  };

  it('counts every answered API request, per endpoint, and the 429s of the rate limit', async () => {
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await api.get('/assets')).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    await api.get('/service/config'); // needs no token and is not rate limited
    await api.get('/nowhere');
    expect(sandbox.admin.stats()).toMatchObject({
      requests: 7,
      http429: 2,
      unanswered: 0,
      byEndpoint: { 'GET /assets': 5, 'GET /service/config': 1, other: 1 },
    });
  });

  it('leaves out the index page, the admin side and the metadata; counts 429 faults and drops', async () => {
    await fetch(`${sandbox.origin}/mdm/v2/`);
    await fetch(`${sandbox.origin}/metadata/lookup?id=1`);
    await adminCall('GET', '/state');
    expect(sandbox.admin.stats().requests).toBe(0);

    sandbox.admin.setFaults('429:times=1,drop:times=1');
    expect((await api.get('/users')).status).toBe(429);
    await expect(api.get('/users')).rejects.toThrow();
    expect(sandbox.admin.stats()).toMatchObject({ requests: 1, http429: 1, unanswered: 1 });
  });

  it('is read and reset over HTTP', async () => {
    await api.get('/assignments');
    const read = await adminCall('GET', '/stats');
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({
      requests: 1,
      http429: 0,
      byEndpoint: { 'GET /assignments': 1 },
    });
    expect(Date.parse(read.body.since)).not.toBeNaN();
    const reset = await adminCall('POST', '/stats/reset');
    expect(reset.body).toMatchObject({ requests: 0, http429: 0, unanswered: 0, byEndpoint: {} });
    expect(sandbox.admin.stats().requests).toBe(0);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SandboxApi, startTestSandbox } from './sandbox-api';
import { PRODUCT_IDS, type RunningSandbox } from '../../../electron/sandbox/index';

describe('HTTP protocol rules', () => {
  let sandbox: RunningSandbox;
  let api: SandboxApi;
  beforeAll(async () => {
    sandbox = await startTestSandbox({ eventDelayMs: 300 });
    api = SandboxApi.for(sandbox);
  });
  afterAll(() => sandbox.close());

  it('answers a wrong method on every endpoint with 9726 / HTTP 405', async () => {
    const gets = ['/assets', '/assignments', '/users', '/status'];
    const posts = [
      '/assets/associate',
      '/assets/disassociate',
      '/assets/revoke',
      '/users/create',
      '/users/update',
      '/users/retire',
    ];
    for (const path of gets) {
      const response = await api.post(path, {});
      expect([path, response.status, response.body.errorNumber]).toEqual([path, 405, 9726]);
    }
    for (const path of posts) {
      const response = await api.get(path);
      expect([path, response.status, response.body.errorNumber]).toEqual([path, 405, 9726]);
    }
    const del = await api.request('DELETE', '/client/config');
    expect([del.status, del.body.errorNumber, del.headers.get('allow')]).toEqual([
      405,
      9726,
      'GET, POST',
    ]);
  });

  it('requires Content-Type application/json on POST (9727 / HTTP 415)', async () => {
    const body = JSON.stringify({ users: [{ clientUserId: 'x' }] });
    const contentTypes: Record<string, string>[] = [
      { 'content-type': 'text/plain' },
      { 'content-type': 'application/x-www-form-urlencoded' },
      {},
    ];
    for (const headers of contentTypes) {
      const response = await api.request('POST', '/users/create', { body, headers });
      expect([response.status, response.body.errorNumber]).toEqual([415, 9727]);
    }
    const withCharset = await api.request('POST', '/users/create', {
      body,
      headers: { 'content-type': 'application/json; charset=utf-8' },
    });
    expect(withCharset.status).toBe(200);
  });

  it('answers a body that is not JSON with 9602', async () => {
    const response = await api.request('POST', '/assets/associate', {
      body: '{"assets": [',
      headers: { 'content-type': 'application/json' },
    });
    expect([response.status, response.body.errorNumber]).toEqual([400, 9602]);
  });

  it('checks the token before the content type and method-less paths are 404', async () => {
    const anonymous = new SandboxApi(sandbox.baseUrl, undefined);
    const response = await anonymous.request('POST', '/users/create', { body: 'x' });
    expect(response.body.errorNumber).toBe(9601);
    expect((await api.get('/licenses')).status).toBe(404);
    expect((await fetch(`${sandbox.origin}/mdm/v1/assets`)).status).toBe(404);
  });

  it('keeps events PENDING for the event delay, then reports them; unknown eventIds are 9708', async () => {
    const posted = await api.post('/assets/associate', {
      assets: [{ adamId: PRODUCT_IDS.codekids }],
      serialNumbers: ['PENDINGIPAD1'],
    });
    const pending = await api.get('/status', { eventId: posted.body.eventId });
    expect(pending.body).toMatchObject({
      eventStatus: 'PENDING',
      eventType: 'ASSOCIATE',
      numRequested: 1,
      numCompleted: 0,
    });
    expect(pending.body).not.toHaveProperty('failures');
    expect((await api.settle(posted.body.eventId)).eventStatus).toBe('COMPLETE');
    const queries: Record<string, string>[] = [{ eventId: 'nope' }, {}];
    for (const query of queries) {
      const response = await api.get('/status', query);
      expect([response.status, response.body.errorNumber]).toEqual([400, 9708]);
    }
    const elsewhere = await SandboxApi.for(sandbox, 'expiringSoon').get('/status', {
      eventId: posted.body.eventId,
    });
    expect(elsewhere.body.errorNumber).toBe(9708);
  });

  it('processes pending events at once when the admin flushes them', async () => {
    const posted = await api.post('/users/create', { users: [{ clientUserId: 'flush-1' }] });
    sandbox.admin.flushEvents();
    expect((await api.get('/status', { eventId: posted.body.eventId })).body.eventStatus).toBe(
      'COMPLETE',
    );
  });
});

describe('rate limit', () => {
  let sandbox: RunningSandbox;
  beforeAll(async () => {
    sandbox = await startTestSandbox({ rps: 2 });
  });
  afterAll(() => sandbox.close());

  it('answers requests beyond maxRequestPerSecond per location with 9646 / HTTP 429', async () => {
    const api = SandboxApi.for(sandbox);
    // A burst of 2, refilled at one request per 500 ms: 8 at once leaves 6 refused.
    const statuses = await Promise.all(Array.from({ length: 8 }, () => api.get('/assets')));
    expect(statuses.filter((r) => r.status === 200)).toHaveLength(2);
    const limited = statuses.filter((r) => r.status === 429);
    expect(limited).toHaveLength(6);
    expect(limited[0].body).toEqual({
      errorNumber: 9646,
      errorMessage: expect.stringContaining('exponential backoff'),
    });
    // Another location has its own allowance; service/config needs no token and is not limited.
    expect((await SandboxApi.for(sandbox, 'expiringSoon').get('/assets')).status).toBe(200);
    expect((await api.get('/service/config')).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect((await api.get('/assets')).status).toBe(200);
  });
});

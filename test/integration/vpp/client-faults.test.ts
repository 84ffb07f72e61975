import { createServer } from 'node:net';
import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { VppClient, type VppClientOptions } from '../../../electron/vpp/client';
import { succeeded } from '../../../electron/vpp/events';
import { RateLimiter } from '../../../electron/vpp/rate-limiter';
import { detectOtherMdm } from '../../../electron/vpp/mdm-info';
import type { ResponseMeta } from '../../../electron/vpp/types';
import {
  COMMON,
  SERVICE_CONFIG,
  json,
  sleep,
  startScriptedServer,
  type Script,
  type ScriptedServer,
} from './scripted-server';

const TOKEN = 'VGhpcy1pcy1hLXRlc3QtdG9rZW4tdGhhdC1tdXN0LW5vdC1sZWFr';

const FAST_RETRIES: VppClientOptions['retry'] = {
  rateLimited: { maxAttempts: 5, baseDelayMs: 200, maxDelayMs: 1000 },
  serverError: { maxAttempts: 4, baseDelayMs: 100, maxDelayMs: 1000 },
  network: { maxAttempts: 3, baseDelayMs: 50, maxDelayMs: 200 },
};

const assetsPage = (pageIndex = 0, totalPages = 1, versionId = 'v1') => ({
  ...COMMON,
  assets: [
    {
      adamId: String(1000 + pageIndex),
      pricingParam: 'STDQ',
      productType: 'App',
      assignedCount: 1,
      availableCount: 2,
      retiredCount: 0,
      totalCount: 3,
      deviceAssignable: true,
      revocable: true,
      supportedPlatforms: ['iOS'],
    },
  ],
  currentPageIndex: pageIndex,
  ...(pageIndex + 1 < totalPages ? { nextPageIndex: pageIndex + 1 } : {}),
  size: 1,
  totalPages,
  versionId,
});

const usersPage = () => ({
  ...COMMON,
  users: [],
  currentPageIndex: 0,
  totalPages: 1,
  versionId: 'u1',
});

let server: ScriptedServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Serves service/config itself and hands every other request to the test's script. */
const serve = async (script: Script, limits: Record<string, number> = {}) => {
  server = await startScriptedServer((request, response, nth) => {
    if (request.path === '/service/config') return json(response, 200, SERVICE_CONFIG(limits));
    return script(request, response, nth);
  });
  return server;
};

const clientFor = (target: ScriptedServer, options: VppClientOptions = {}) =>
  new VppClient({
    token: TOKEN,
    baseUrl: target.baseUrl,
    retry: FAST_RETRIES,
    random: () => 0.5,
    timeoutMs: 2000,
    ...options,
  });

const calls = (target: ScriptedServer, path: string) =>
  target.requests.filter((request) => request.path === path);

const failureOf = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    return error as Error & { code: string; params?: unknown };
  }
  throw new Error('expected the call to fail');
};

const expectNoSecret = (error: unknown) => {
  const shown = `${String(error)} ${JSON.stringify(error)} ${JSON.stringify((error as { params?: unknown }).params)}`;
  expect(shown).not.toContain(TOKEN);
};

describe('VppClient against a scripted server: Retry-After', () => {
  it('waits as long as Retry-After says on 503 (9729), then succeeds', async () => {
    const target = await serve((_request, response) => {
      if (calls(target, '/assets').length === 1) {
        return json(
          response,
          503,
          { errorNumber: 9729, errorMessage: 'Temporarily unavailable' },
          { 'retry-after': '1' },
        );
      }
      json(response, 200, assetsPage());
    });
    const page = await clientFor(target).getAssets();
    expect(page.assets[0]?.adamId).toBe('1000');
    const [first, second] = calls(target, '/assets');
    const waited = second!.at - first!.at;
    expect(waited).toBeGreaterThanOrEqual(950);
    expect(waited).toBeLessThan(2500);
  });

  it('reads an HTTP-date Retry-After on 500 (9603), also for a write', async () => {
    const target = await serve((_request, response) => {
      if (calls(target, '/users/create').length === 1) {
        const at = new Date(Date.now() + 1500).toUTCString();
        return json(
          response,
          500,
          { errorNumber: 9603, errorMessage: 'Internal error' },
          { 'retry-after': at },
        );
      }
      json(response, 200, { ...COMMON, eventId: 'ev-1' });
    });
    const result = await clientFor(target).createUsers([{ clientUserId: 'stu-1' }]);
    expect(result.eventIds).toEqual(['ev-1']);
    const [first, second] = calls(target, '/users/create');
    const waited = second!.at - first!.at;
    expect(waited).toBeGreaterThanOrEqual(400);
    expect(waited).toBeLessThan(2500);
  });

  it('stops when Apple asks for a longer wait than the client accepts, and says how long', async () => {
    const target = await serve((_request, response) =>
      json(
        response,
        503,
        { errorNumber: 9729, errorMessage: 'Unavailable' },
        { 'retry-after': '120' },
      ),
    );
    const error = await failureOf(
      clientFor(target, { retry: { ...FAST_RETRIES, maxRetryAfterMs: 5000 } }).getUsers(),
    );
    expect(error).toMatchObject({ code: 'apple.9729', retryAfterMs: 120_000 });
    expect(calls(target, '/users')).toHaveLength(1);
  });

  it('holds the next call back too when the wait is longer than it accepts: same answer, not sent', async () => {
    const target = await serve((_request, response) =>
      json(
        response,
        503,
        { errorNumber: 9729, errorMessage: 'Unavailable' },
        { 'retry-after': '120' },
      ),
    );
    const client = clientFor(target, { retry: { ...FAST_RETRIES, maxRetryAfterMs: 5000 } });
    await failureOf(client.getUsers());
    const next = await failureOf(client.getAssets());
    expect(next).toMatchObject({ code: 'apple.9729', httpStatus: 503 });
    const { retryAfterMs } = next as unknown as { retryAfterMs: number };
    expect(retryAfterMs).toBeGreaterThan(110_000);
    expect(retryAfterMs).toBeLessThanOrEqual(120_000);
    expect(calls(target, '/assets')).toHaveLength(0);
  });

  it('holds a parallel request back while another waits out a 503 Retry-After', async () => {
    const target = await serve((request, response) => {
      if (request.path === '/users' && calls(target, '/users').length === 1) {
        return json(
          response,
          503,
          { errorNumber: 9729, errorMessage: 'Temporarily unavailable' },
          { 'retry-after': '1' },
        );
      }
      json(response, 200, request.path === '/users' ? usersPage() : assetsPage());
    });
    const client = clientFor(target);
    const refused = client.getUsers();
    await sleep(100);
    const parallel = client.getAssets();
    await Promise.all([refused, parallel]);
    const firstUsers = calls(target, '/users')[0]!;
    expect(calls(target, '/assets')[0]!.at - firstUsers.at).toBeGreaterThanOrEqual(950);
  });

  it('keeps the token paused for the next call after retries have run out', async () => {
    const target = await serve((request, response) => {
      if (request.path === '/users') {
        return json(
          response,
          500,
          { errorNumber: 9603, errorMessage: 'Internal error' },
          { 'retry-after': '1' },
        );
      }
      json(response, 200, assetsPage());
    });
    const client = clientFor(target, {
      retry: { ...FAST_RETRIES, serverError: { maxAttempts: 1, baseDelayMs: 10, maxDelayMs: 10 } },
    });
    expect(await failureOf(client.getUsers())).toMatchObject({ code: 'apple.9603' });
    await client.getAssets();
    const waited = calls(target, '/assets')[0]!.at - calls(target, '/users')[0]!.at;
    expect(waited).toBeGreaterThanOrEqual(950);
  });
});

describe('VppClient against a scripted server: 429 bursts', () => {
  it('backs off exponentially with jitter and gets every request through', async () => {
    const refusedFor = new Map<string, number>();
    const target = await serve(
      (request, response) => {
        const key = request.query.get('adamId')!;
        const refused = refusedFor.get(key) ?? 0;
        if (refused < 2) {
          refusedFor.set(key, refused + 1);
          return json(response, 429, { errorNumber: 9646, errorMessage: 'Too many requests' });
        }
        json(response, 200, assetsPage());
      },
      { maxRequestPerSecond: 1000 },
    );
    const client = clientFor(target);
    const started = performance.now();
    const pages = await Promise.all(
      Array.from({ length: 12 }, (_, i) => client.getAssets({ adamId: String(i) })),
    );
    const elapsed = performance.now() - started;
    expect(pages).toHaveLength(12);
    expect(calls(target, '/assets')).toHaveLength(36);
    // Two backoffs each, with equal jitter at 0.5: 150 ms, then 300 ms.
    expect(elapsed).toBeGreaterThanOrEqual(440);
  });

  it('holds every request of the token back during a 429 backoff without Retry-After', async () => {
    const target = await serve((request, response) => {
      if (request.path === '/users' && calls(target, '/users').length === 1) {
        return json(response, 429, { errorNumber: 9646, errorMessage: 'Too many requests' });
      }
      json(response, 200, request.path === '/users' ? usersPage() : assetsPage());
    });
    const client = clientFor(target, {
      random: () => 0,
      retry: {
        ...FAST_RETRIES,
        rateLimited: { maxAttempts: 3, baseDelayMs: 1000, maxDelayMs: 4000 },
      },
    });
    const refused = client.getUsers();
    await sleep(100);
    const parallel = client.getAssets();
    await Promise.all([refused, parallel]);
    // Equal jitter: even with the luckiest dice, at least half of the 1 s step.
    const firstUsers = calls(target, '/users')[0]!;
    expect(calls(target, '/users')[1]!.at - firstUsers.at).toBeGreaterThanOrEqual(480);
    expect(calls(target, '/assets')[0]!.at - firstUsers.at).toBeGreaterThanOrEqual(480);
  });

  it('pauses every request of the token when a 429 carries Retry-After', async () => {
    const target = await serve((_request, response) => {
      if (calls(target, '/users').length === 1) {
        return json(
          response,
          429,
          { errorNumber: 9646, errorMessage: 'Too many requests' },
          { 'retry-after': '1' },
        );
      }
      json(response, 200, {
        ...COMMON,
        users: [],
        currentPageIndex: 0,
        totalPages: 1,
        versionId: 'u1',
      });
    });
    const client = clientFor(target);
    const refused = client.getUsers();
    await sleep(100);
    const later = client.getUsers({ clientUserId: 'other' });
    await Promise.all([refused, later]);
    const [first, ...rest] = calls(target, '/users');
    for (const request of rest) expect(request.at - first!.at).toBeGreaterThanOrEqual(950);
  });

  it('gives up after a bounded number of attempts', async () => {
    const target = await serve((_request, response) =>
      json(response, 429, { errorNumber: 9646, errorMessage: 'Too many requests' }),
    );
    const error = await failureOf(
      clientFor(target, {
        retry: {
          ...FAST_RETRIES,
          rateLimited: { maxAttempts: 3, baseDelayMs: 10, maxDelayMs: 20 },
        },
      }).getAssets(),
    );
    expect(error.code).toBe('apple.9646');
    expect(calls(target, '/assets')).toHaveLength(3);
    expectNoSecret(error);
  });

  it('never sends more than maxRequestPerSecond in any second', async () => {
    const target = await serve(
      (_request, response) =>
        json(response, 200, { ...COMMON, users: [], currentPageIndex: 0, totalPages: 1 }),
      { maxRequestPerSecond: 4 },
    );
    // A wider margin than the default keeps scheduling jitter on a busy machine out of the count.
    const client = clientFor(target, {
      rateLimiter: new RateLimiter(15, { safetyMarginMs: 150 }),
    });
    const started = performance.now();
    await Promise.all(
      Array.from({ length: 10 }, (_, i) => client.getUsers({ clientUserId: `u${i}` })),
    );
    const times = calls(target, '/users').map((request) => request.at);
    const busiest = Math.max(
      ...times.map((t0) => times.filter((t) => t >= t0 && t < t0 + 1000).length),
    );
    expect(busiest).toBeLessThanOrEqual(4);
    expect(performance.now() - started).toBeGreaterThanOrEqual(2000);
  });
});

describe('VppClient against a scripted server: broken connections', () => {
  it('retries a read whose connection was dropped before the answer', async () => {
    const target = await serve((_request, response) => {
      if (calls(target, '/users').length === 1) return void response.socket?.destroy();
      json(response, 200, {
        ...COMMON,
        users: [{ clientUserId: 'stu-1', status: 'Registered' }],
        currentPageIndex: 0,
        totalPages: 1,
      });
    });
    const page = await clientFor(target).getUsers();
    expect(page.users.map((user) => user.clientUserId)).toEqual(['stu-1']);
    expect(calls(target, '/users')).toHaveLength(2);
  });

  it('retries a read whose answer broke off halfway', async () => {
    const target = await serve((_request, response) => {
      if (calls(target, '/assets').length === 1) {
        response.writeHead(200, { 'content-type': 'application/json', 'content-length': '500' });
        response.write('{"assets":[{"adamId":"1');
        setTimeout(() => response.socket?.destroy(), 20);
        return;
      }
      json(response, 200, assetsPage());
    });
    const page = await clientFor(target).getAssets();
    expect(page.assets).toHaveLength(1);
    expect(calls(target, '/assets')).toHaveLength(2);
  });

  it('does not resend a write whose connection dropped, and says it may have been applied', async () => {
    const target = await serve((_request, response) => void response.socket?.destroy());
    const error = await failureOf(
      clientFor(target).associateAssets({ assets: [{ adamId: '1' }], clientUserIds: ['stu-1'] }),
    );
    expect(error).toMatchObject({ code: 'network.dropped', mayHaveReachedServer: true });
    expect(calls(target, '/assets/associate')).toHaveLength(1);
    expectNoSecret(error);
  });

  it('times out a request that never gets an answer, retrying reads a bounded number of times', async () => {
    const target = await serve(() => undefined /* never answer */);
    const started = performance.now();
    const error = await failureOf(clientFor(target, { timeoutMs: 150 }).getAssignments());
    expect(error.code).toBe('network.timeout');
    expect(calls(target, '/assignments')).toHaveLength(3);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('reports a service that is not listening as unreachable', async () => {
    const port = await closedPort();
    const client = new VppClient({
      token: TOKEN,
      baseUrl: `http://127.0.0.1:${port}/mdm/v2`,
      retry: FAST_RETRIES,
    });
    const error = await failureOf(client.getServiceConfig());
    expect(error.code).toBe('network.unreachable');
    expect(error.params).toMatchObject({ url: `http://127.0.0.1:${port}/mdm/v2/service/config` });
  });

  it('retries a bare 502 for reads but not for writes', async () => {
    const target = await serve((request, response) => {
      const first = calls(target, request.path).length === 1;
      if (first || request.method === 'POST') {
        response.writeHead(502, { 'content-type': 'text/html' });
        return void response.end('<h1>Bad gateway</h1>');
      }
      json(response, 200, {
        ...COMMON,
        eventStatus: 'COMPLETE',
        eventType: 'RETIRE',
        numRequested: 1,
        numCompleted: 1,
      });
    });
    const client = clientFor(target);
    expect((await client.getEventStatus('ev-1')).eventStatus).toBe('COMPLETE');
    const error = await failureOf(client.retireUsers(['stu-1']));
    expect(error).toMatchObject({ code: 'http.unexpectedStatus', httpStatus: 502 });
    expect(calls(target, '/users/retire')).toHaveLength(1);
  });
});

describe('VppClient against a scripted server: answers that are errors', () => {
  it('treats HTTP 200 with errorNumber 9622 as an error, and does not retry it', async () => {
    const target = await serve((_request, response) =>
      json(response, 200, { errorNumber: 9622, errorMessage: 'Invalid authentication token' }),
    );
    const error = await failureOf(clientFor(target).getClientConfig());
    expect(error).toMatchObject({ code: 'apple.9622', httpStatus: 200, errorNumber: 9622 });
    expect(calls(target, '/client/config')).toHaveLength(1);
    expectNoSecret(error);
  });

  it('reports a body that is not Apple’s shape as http.invalidResponse, naming the field', async () => {
    const target = await serve((_request, response) =>
      json(response, 200, { ...COMMON, eventStatus: 42 }),
    );
    const error = await failureOf(clientFor(target).getEventStatus('ev-1'));
    expect(error).toMatchObject({
      code: 'http.invalidResponse',
      params: { detail: 'eventStatus' },
    });
  });

  it('tells which events were already accepted when a later batch fails', async () => {
    const target = await serve(
      (_request, response) => {
        const n = calls(target, '/assets/associate').length;
        if (n === 2)
          return json(response, 400, { errorNumber: 9602, errorMessage: 'Invalid argument' });
        json(response, 200, { ...COMMON, eventId: `ev-${n}` });
      },
      { maxAssets: 1 },
    );
    const error = await failureOf(
      clientFor(target).associateAssets({
        assets: [{ adamId: '1' }, { adamId: '2' }, { adamId: '3' }],
        serialNumbers: ['S1'],
      }),
    );
    expect(error).toMatchObject({ code: 'apple.9602', submittedEventIds: ['ev-1'] });
    expect(calls(target, '/assets/associate')).toHaveLength(2);
  });
});

describe('VppClient against a scripted server: events', () => {
  it('submits again when an event stays PENDING past the timeout, as Apple advises', async () => {
    const target = await serve((request, response) => {
      if (request.path === '/assets/disassociate') {
        const n = calls(target, '/assets/disassociate').length;
        return json(response, 200, { ...COMMON, eventId: `ev-${n}` });
      }
      const stuck = request.query.get('eventId') === 'ev-1';
      json(response, 200, {
        ...COMMON,
        eventStatus: stuck ? 'PENDING' : 'COMPLETE',
        eventType: 'DISASSOCIATE',
        numRequested: 2,
        numCompleted: stuck ? 0 : 2,
      });
    });
    const client = clientFor(target);
    const request = { assets: [{ adamId: '1' }], clientUserIds: ['a', 'b'] };
    const result = await client.submitAndWait(() => client.disassociateAssets(request), {
      firstPollDelayMs: 0,
      pollIntervalMs: 20,
      pendingTimeoutMs: 100,
    });
    expect(result.eventIds).toEqual(['ev-2']);
    expect(result.statuses[0]?.eventStatus).toBe('COMPLETE');
    expect(calls(target, '/assets/disassociate')).toHaveLength(2);
  });
  it('re-sends only the batch whose event is still PENDING, and returns every batch', async () => {
    const target = await serve(
      (request, response) => {
        if (request.path === '/users/create') {
          const n = calls(target, '/users/create').length;
          return json(response, 200, { ...COMMON, eventId: `ev-${n}` });
        }
        const stuck = request.query.get('eventId') === 'ev-2';
        json(response, 200, {
          ...COMMON,
          eventStatus: stuck ? 'PENDING' : 'COMPLETE',
          eventType: 'CREATE',
          numRequested: 1,
          numCompleted: stuck ? 0 : 1,
        });
      },
      { maxUsers: 1 },
    );
    const client = clientFor(target);
    const progress: string[] = [];
    const users = [{ clientUserId: 'stu-1' }, { clientUserId: 'stu-2' }];
    const result = await client.submitAndWait(() => client.createUsers(users), {
      firstPollDelayMs: 0,
      pollIntervalMs: 20,
      pendingTimeoutMs: 100,
      onProgress: (p) => progress.push(`${p.numCompleted}/${p.numRequested} ${p.eventStatus}`),
    });
    const sent = calls(target, '/users/create').map((request) => JSON.parse(request.body));
    expect(sent).toEqual([
      { users: [{ clientUserId: 'stu-1' }] },
      { users: [{ clientUserId: 'stu-2' }] },
      { users: [{ clientUserId: 'stu-2' }] },
    ]);
    expect(result.eventIds).toEqual(['ev-1', 'ev-3']);
    expect(result.statuses.map((status) => status.eventStatus)).toEqual(['COMPLETE', 'COMPLETE']);
    const polled = calls(target, '/status').map((request) => request.query.get('eventId'));
    expect(polled.filter((id) => id === 'ev-1')).toHaveLength(1);
    expect(progress.at(-1)).toBe('2/2 COMPLETE');
  });

  it('takes a status it does not know as final: no more polls, nothing re-sent', async () => {
    const target = await serve((request, response) => {
      if (request.path === '/users/retire')
        return json(response, 200, { ...COMMON, eventId: 'ev-1' });
      json(response, 200, {
        ...COMMON,
        eventStatus: 'CANCELLED',
        eventType: 'RETIRE',
        numRequested: 1,
        numCompleted: 0,
      });
    });
    const client = clientFor(target);
    const result = await client.submitAndWait(() => client.retireUsers(['stu-1']), {
      firstPollDelayMs: 0,
      pollIntervalMs: 20,
      pendingTimeoutMs: 200,
    });
    expect(result.statuses.map((status) => status.eventStatus)).toEqual(['CANCELLED']);
    expect(succeeded(result.statuses[0]!)).toBe(false);
    expect(calls(target, '/users/retire')).toHaveLength(1);
    expect(calls(target, '/status')).toHaveLength(1);
  });
});

describe('VppClient against a scripted server: lists, config and identity', () => {
  it('reads pages after the first with at most five requests in flight', async () => {
    const target = await serve(
      async (request, response) => {
        const pageIndex = Number(request.query.get('pageIndex') ?? 0);
        await sleep(40);
        json(response, 200, assetsPage(pageIndex, 23));
      },
      { maxRequestPerSecond: 1000 },
    );
    const all = await clientFor(target).getAllAssets();
    expect(all.assets.map((asset) => asset.adamId)).toEqual(
      Array.from({ length: 23 }, (_, i) => String(1000 + i)),
    );
    expect(target.maxInFlight()).toBe(5);
    expect(all.versionId).toBe('v1');
  });

  it('reads every page once when Apple leaves currentPageIndex out of the pages', async () => {
    const target = await serve((request, response) => {
      const pageIndex = Number(request.query.get('pageIndex') ?? 0);
      const { currentPageIndex: _omitted, ...page } = assetsPage(pageIndex, 4);
      json(response, 200, page);
    });
    const all = await clientFor(target).getAllAssets();
    expect(all.passes).toBe(1);
    expect(all.assets.map((asset) => asset.adamId)).toEqual(['1000', '1001', '1002', '1003']);
    expect(calls(target, '/assets')).toHaveLength(4);
  });

  it('starts over when the versionId changes in the middle of reading', async () => {
    let served = 0;
    const target = await serve((request, response) => {
      const pageIndex = Number(request.query.get('pageIndex') ?? 0);
      // The data changes after the first two pages have gone out.
      json(response, 200, assetsPage(pageIndex, 3, ++served <= 2 ? 'v1' : 'v2'));
    });
    const all = await clientFor(target, { maxParallelPages: 1 }).getAllAssets();
    expect(all.passes).toBe(2);
    expect(all.versionId).toBe('v2');
    expect(all.assets).toHaveLength(3);
    expect(calls(target, '/assets').map((r) => r.query.get('pageIndex'))).toEqual([
      '0',
      '1',
      '2',
      '0',
      '1',
      '2',
    ]);
  });

  it('re-reads the service configuration after five minutes, not before', async () => {
    const target = await serve((_request, response) => json(response, 200, assetsPage()));
    const clock = { now: Date.now() };
    const client = clientFor(target, { now: () => clock.now });
    await client.getAssets();
    await client.getAssets();
    clock.now += 4 * 60_000 + 59_000;
    await client.getAssets();
    expect(calls(target, '/service/config')).toHaveLength(1);
    clock.now += 2_000;
    await client.getAssets();
    expect(calls(target, '/service/config')).toHaveLength(2);
  });

  it('sends the token only as a Bearer header, and never for service/config', async () => {
    const target = await serve((_request, response) => json(response, 200, assetsPage()));
    await clientFor(target).getAssets();
    expect(calls(target, '/service/config')[0]!.headers.authorization).toBeUndefined();
    expect(calls(target, '/assets')[0]!.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(calls(target, '/assets')[0]!.query.toString()).not.toContain(TOKEN);
  });

  it('does not reveal the token when the client itself is logged or serialised', async () => {
    const target = await serve((_request, response) => json(response, 200, assetsPage()));
    const client = clientFor(target);
    await client.getAssets();
    expect(inspect(client, { depth: 20, showHidden: true })).not.toContain(TOKEN);
    expect(JSON.stringify(client)).not.toContain(TOKEN);
  });

  it('shows every response’s mdmInfo, so another MDM is noticed', async () => {
    const other = { id: 'jamf-1', name: 'Jamf Pro', metadata: 'x' };
    const target = await serve((_request, response) =>
      json(response, 200, { ...assetsPage(), mdmInfo: other }),
    );
    const seen: ResponseMeta[] = [];
    await clientFor(target, { onResponseMeta: (meta) => seen.push(meta) }).getAssets();
    expect(detectOtherMdm(seen[0], 'vpp-console-1')).toEqual(other);
    expect(seen[0]?.tokenExpirationDate).toBe(COMMON.tokenExpirationDate);
  });
});

/** A port nothing listens on: bind one, then let it go. */
const closedPort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

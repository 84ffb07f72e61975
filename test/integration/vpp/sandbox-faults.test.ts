import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PRODUCT_IDS, type RunningSandbox } from '../../../electron/sandbox/index';
import { RateLimiter } from '../../../electron/vpp/rate-limiter';
import { clientOf, failureOf, startTestSandbox } from './sandbox-fixture';

let sandbox: RunningSandbox;

beforeAll(async () => {
  sandbox = await startTestSandbox();
});
afterEach(() => sandbox.admin.setFaults(''));
afterAll(() => sandbox.close());

/** fetch that notes every HTTP status it sees (the real fetch does the work). */
const countingFetch = () => {
  const statuses: number[] = [];
  const fetch = async (input: string, init: RequestInit) => {
    const response = await globalThis.fetch(input, init);
    statuses.push(response.status);
    return response;
  };
  return { statuses, fetch };
};

const timed = async <T>(work: () => Promise<T>) => {
  const started = performance.now();
  const result = await work();
  return { result, ms: performance.now() - started };
};

describe('Retry-After and server errors', () => {
  it('waits the Retry-After of a 503 (9729) and then gets the answer', async () => {
    sandbox.admin.setFaults('503:times=1:retryAfter=1:path=/assets');
    const seen = countingFetch();
    const { result, ms } = await timed(() =>
      clientOf(sandbox, 'demo', { fetch: seen.fetch }).getAssets(),
    );
    expect(result.assets.length).toBeGreaterThan(0);
    expect(seen.statuses).toEqual([200, 503, 200]); // service/config, refused, answered
    expect(ms).toBeGreaterThanOrEqual(950);
    expect(ms).toBeLessThan(2500);
  });

  it('retries a write refused with 500 (9603) once Retry-After has passed, creating it once', async () => {
    sandbox.admin.setFaults('500:times=1:retryAfter=1:path=/users/create');
    const before = sandbox.admin.events().length;
    const client = clientOf(sandbox);
    const { result, ms } = await timed(() =>
      client.createUsers([{ clientUserId: 'fault-user-1' }]),
    );
    expect(result.eventIds).toHaveLength(1);
    expect(ms).toBeGreaterThanOrEqual(950);
    expect(sandbox.admin.events().length).toBe(before + 1);
    const [status] = await client.waitForEvents(result.eventIds);
    expect(status?.eventStatus).toBe('COMPLETE');
  });
});

describe('429 bursts', () => {
  it('recovers from 429s (9646) with backoff when two clients share a token they do not coordinate', async () => {
    const limited = await startTestSandbox({ rps: 6 });
    try {
      const seen = countingFetch();
      const clients = [0, 1].map(() => clientOf(limited, 'demo', { fetch: seen.fetch }));
      const { result, ms } = await timed(() =>
        Promise.all(
          clients.flatMap((client) =>
            Array.from({ length: 9 }, (_, i) => client.getUsers({ clientUserId: `burst-${i}` })),
          ),
        ),
      );
      expect(result).toHaveLength(18);
      expect(seen.statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
      expect(ms).toBeGreaterThanOrEqual(1000); // 18 requests at 6 per second cannot be faster
    } finally {
      await limited.close();
    }
  });

  it('gets no 429 at all when the clients of one token share a rate limiter', async () => {
    const limited = await startTestSandbox({ rps: 6 });
    try {
      const seen = countingFetch();
      // Extra margin so that scheduling jitter on a busy test machine can't look like a burst.
      const shared = new RateLimiter(6, { safetyMarginMs: 200 });
      const clients = [0, 1].map(() =>
        clientOf(limited, 'demo', { fetch: seen.fetch, rateLimiter: shared }),
      );
      await Promise.all(
        clients.flatMap((client) =>
          Array.from({ length: 9 }, (_, i) => client.getUsers({ clientUserId: `calm-${i}` })),
        ),
      );
      expect(seen.statuses.filter((s) => s === 429)).toEqual([]);
    } finally {
      await limited.close();
    }
  });

  it('backs off on injected 429s and succeeds', async () => {
    sandbox.admin.setFaults('429:times=3:path=/assignments');
    const seen = countingFetch();
    const page = await clientOf(sandbox, 'demo', { fetch: seen.fetch }).getAssignments();
    expect(page.assignments.length).toBeGreaterThan(0);
    expect(seen.statuses.filter((s) => s === 429)).toHaveLength(3);
  });
});

describe('dropped connections and timeouts', () => {
  it('retries a read whose connection the service dropped', async () => {
    sandbox.admin.setFaults('drop:times=2:path=/users:method=GET');
    const all = await clientOf(sandbox).getAllUsers();
    expect(all.users).toHaveLength(sandbox.admin.users().length);
  });

  it('does not resend a write whose connection was dropped', async () => {
    sandbox.admin.setFaults('drop:times=1:path=/assets/associate');
    const before = sandbox.admin.events().length;
    const error = await failureOf(
      clientOf(sandbox).associateAssets({
        assets: [{ adamId: PRODUCT_IDS.codekids }],
        serialNumbers: ['DROP0001'],
      }),
    );
    expect(error).toMatchObject({ code: 'network.dropped', mayHaveReachedServer: true });
    expect(sandbox.admin.events().length - before).toBeLessThanOrEqual(1);
    sandbox.admin.setFaults('');
    const retried = await clientOf(sandbox).associateAssets({
      assets: [{ adamId: PRODUCT_IDS.codekids }],
      serialNumbers: ['DROP0001'],
    });
    expect(retried.eventIds).toHaveLength(1);
  });

  it('gives up on a slow answer after the timeout and tries a read again', async () => {
    sandbox.admin.setFaults('slow:times=1:ms=1500:path=/client/config');
    const { result, ms } = await timed(() =>
      clientOf(sandbox, 'demo', { timeoutMs: 300 }).getClientConfig(),
    );
    expect(result.uId).toBe(sandbox.admin.location().uId);
    expect(ms).toBeGreaterThanOrEqual(300);
    expect(ms).toBeLessThan(1450);
  });

  it('reports network.timeout when every attempt is too slow', async () => {
    sandbox.admin.setFaults('slow:ms=800:path=/status');
    const error = await failureOf(
      clientOf(sandbox, 'demo', { timeoutMs: 150 }).getEventStatus(
        '00000000-0000-4000-8000-000000000001',
      ),
    );
    expect(error).toMatchObject({ code: 'network.timeout' });
  });
});

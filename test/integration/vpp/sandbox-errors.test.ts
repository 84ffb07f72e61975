import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRODUCT_IDS, type RunningSandbox } from '../../../electron/sandbox/index';
import type { VppClient } from '../../../electron/vpp/client';
import { VppHttp, type VppHttpRequest } from '../../../electron/vpp/http';
import { clientOf, failureOf, startTestSandbox } from './sandbox-fixture';

let sandbox: RunningSandbox;
let observed: RunningSandbox;
let client: VppClient;
let http: VppHttp;

beforeAll(async () => {
  [sandbox, observed] = await Promise.all([
    startTestSandbox(),
    startTestSandbox({ authErrorStyle: 'observed' }),
  ]);
  client = clientOf(sandbox);
  http = new VppHttp({ baseUrl: sandbox.baseUrl });
});
afterAll(() => Promise.all([sandbox.close(), observed.close()]));

/** A request through the client's HTTP layer, bypassing its own checks, to see Apple's answer. */
const raw = (request: Omit<VppHttpRequest, 'bearer'> & { bearer?: string | null }) =>
  failureOf(
    http.send({
      ...request,
      bearer: request.bearer === null ? undefined : (request.bearer ?? sandbox.tokens.demo),
    }),
  );

const ids = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, i) => `${prefix}${i}`);
const users = (count: number) =>
  sandbox.admin
    .users('demo', { status: 'Associated' })
    .slice(0, count)
    .map((u) => u.clientUserId);

describe('token errors', () => {
  it('expired token: 9621 with HTTP 401', async () => {
    const error = await failureOf(clientOf(sandbox, 'expired').getAssets());
    expect(error).toMatchObject({ code: 'apple.9621', errorNumber: 9621, httpStatus: 401 });
    expect(JSON.stringify(error)).not.toContain(sandbox.tokens.expired);
  });

  it('revoked token: 9625 with HTTP 401, also right after a newer one was downloaded', async () => {
    expect(await failureOf(clientOf(sandbox, 'revoked').getUsers())).toMatchObject({
      errorNumber: 9625,
      httpStatus: 401,
    });
    const other = await startTestSandbox();
    try {
      const before = clientOf(other);
      await before.getClientConfig();
      other.admin.revokeToken('demo');
      expect(await failureOf(before.getClientConfig())).toMatchObject({ errorNumber: 9625 });
    } finally {
      await other.close();
    }
  });

  it('missing or malformed Authorization header: 9601 / 9722 with HTTP 401', async () => {
    expect(await raw({ method: 'GET', path: '/assets', bearer: null })).toMatchObject({
      errorNumber: 9601,
      httpStatus: 401,
    });
    expect(await raw({ method: 'GET', path: '/assets', bearer: 'not-a-token' })).toMatchObject({
      errorNumber: 9722,
      httpStatus: 401,
    });
    const garbled = await failureOf(
      clientOf(sandbox, 'demo', { token: 'bm90IGpzb24=' }).getAssets(),
    );
    expect(garbled).toMatchObject({ errorNumber: 9722 });
  });

  it('"observed" style: HTTP 200 with 9622 is still an error', async () => {
    const error = await failureOf(
      clientOf(observed, 'demo', { token: 'bm90IGpzb24=' }).getClientConfig(),
    );
    expect(error).toMatchObject({ code: 'apple.9622', httpStatus: 200 });
    const expired = await failureOf(clientOf(observed, 'expired').getClientConfig());
    expect(expired).toMatchObject({ errorNumber: 9621, httpStatus: 200 });
  });
});

describe('errors about the request, found by the client before sending', () => {
  it.each([
    [9718, () => client.associateAssets({ assets: [], clientUserIds: ['a'] })],
    [9719, () => client.associateAssets({ assets: [{ adamId: PRODUCT_IDS.pages }] })],
    [9719, () => client.revokeAssets({})],
    [9720, () => client.createUsers([])],
    [
      9715,
      () =>
        client.createUsers([
          { clientUserId: 'x', email: 'a@x.example' },
          { clientUserId: 'x', email: 'b@x.example' },
        ]),
    ],
    [9710, () => client.setClientConfig({ notificationUrl: 'https://school.example/hook' })],
    [
      9712,
      () =>
        client.setClientConfig({
          notificationUrl: 'http://school.example/hook',
          notificationAuthToken: 's',
        }),
    ],
    [9723, () => client.setClientConfig({ mdmInfo: { id: 'x', name: '', metadata: 'm' } })],
    [
      9724,
      () => client.setClientConfig({ mdmInfo: { id: 'x'.repeat(101), name: 'n', metadata: 'm' } }),
    ],
  ] as const)('%i', async (number, call) => {
    const before = sandbox.admin.events().length;
    const error = await failureOf(call());
    expect(error).toMatchObject({
      errorNumber: number,
      detectedLocally: true,
      code: `apple.${number}`,
    });
    expect(sandbox.admin.events().length).toBe(before);
  });

  it('splits instead of exceeding limits, so 9700–9702 and 9714 never reach Apple', async () => {
    const submitted = await client.associateAssets({
      assets: [{ adamId: PRODUCT_IDS.rekenroute }],
      clientUserIds: [...users(2), ...users(2)],
    });
    expect(submitted.eventIds).toHaveLength(1);
    const created = await client.createUsers(
      ids('split-', 130).map((clientUserId) => ({ clientUserId })),
    );
    expect(created.eventIds).toHaveLength(2);
    const statuses = await client.waitForEvents([...submitted.eventIds, ...created.eventIds]);
    expect(statuses.every((s) => s.eventStatus === 'COMPLETE')).toBe(true);
  });
});

describe('errors about the request, as Apple answers them', () => {
  const assets = (count: number) => ids('99', count).map((adamId) => ({ adamId }));
  it.each([
    [9700, '/assets/associate', { assets: assets(26), clientUserIds: ['a'] }],
    [9701, '/assets/associate', { assets: assets(1), clientUserIds: ids('u', 1001) }],
    [9702, '/assets/associate', { assets: assets(1), serialNumbers: ids('S', 1001) }],
    [
      9703,
      '/assets/associate',
      { assets: [{ adamId: '1' }, { adamId: '1' }], clientUserIds: ['a'] },
    ],
    [9704, '/assets/associate', { assets: assets(1), clientUserIds: ['a', 'a'] }],
    [9705, '/assets/disassociate', { assets: assets(1), serialNumbers: ['S', 'S'] }],
    [
      9706,
      '/assets/disassociate',
      { assets: [{ adamId: PRODUCT_IDS.atlas }], clientUserIds: ['a'] },
    ],
    [9707, '/assets/associate', { assets: [{ adamId: PRODUCT_IDS.atlas }], serialNumbers: ['S1'] }],
    [9710, '/client/config', { notificationUrl: 'https://school.example/hook' }],
    [
      9711,
      '/client/config',
      { notificationUrl: `https://school.example/${'x'.repeat(600)}`, notificationAuthToken: 's' },
    ],
    [
      9712,
      '/client/config',
      { notificationUrl: 'http://school.example/hook', notificationAuthToken: 's' },
    ],
    [9713, '/client/config', { mdmInfo: { id: 'i', name: 'n', metadata: 'm'.repeat(300) } }],
    [9714, '/users/create', { users: ids('u', 101).map((clientUserId) => ({ clientUserId })) }],
    [9715, '/users/retire', { users: [{ clientUserId: 'a' }, { clientUserId: 'a' }] }],
    [9717, '/users/create', { users: [{ clientUserId: 'a', email: 'not an email' }] }],
    [9718, '/assets/associate', { clientUserIds: ['a'] }],
    [9719, '/assets/revoke', {}],
    [9720, '/users/update', {}],
    [9723, '/client/config', { mdmInfo: { id: 'i' } }],
    [9724, '/client/config', { mdmInfo: { id: 'i'.repeat(101), name: 'n', metadata: 'm' } }],
    [9725, '/client/config', { mdmInfo: { id: 'i', name: 'n'.repeat(101), metadata: 'm' } }],
  ] as const)('%i from POST %s', async (number, path, body) => {
    const error = await raw({ method: 'POST', path, body });
    expect(error).toMatchObject({ errorNumber: number, httpStatus: 400, detectedLocally: false });
  });

  it('9650: a page index beyond the last page', async () => {
    expect(await failureOf(client.getAssets({ pageIndex: 99 }))).toMatchObject({
      errorNumber: 9650,
      httpStatus: 400,
    });
  });

  it('9721: an unknown version id', async () => {
    expect(
      await failureOf(client.getAssignments({ sinceVersionId: 'no-such-version' })),
    ).toMatchObject({ errorNumber: 9721 });
    expect(await failureOf(client.getUsers({ sinceVersionId: 'no-such-version' }))).toMatchObject({
      errorNumber: 9721,
    });
  });

  it('9708: an unknown event id', async () => {
    expect(
      await failureOf(client.getEventStatus('00000000-0000-4000-8000-000000000000')),
    ).toMatchObject({ errorNumber: 9708 });
    const waiting = client.waitForEvent('00000000-0000-4000-8000-000000000000', {
      unknownEventGraceMs: 0,
    });
    expect(await failureOf(waiting)).toMatchObject({ errorNumber: 9708 });
  });

  it('9726: a method the endpoint does not support; 9727: a body that is not JSON', async () => {
    expect(await raw({ method: 'DELETE', path: '/assets' })).toMatchObject({
      errorNumber: 9726,
      httpStatus: 405,
    });
    expect(
      await raw({
        method: 'POST',
        path: '/users/create',
        body: 'users=a',
        contentType: 'text/plain',
      }),
    ).toMatchObject({ errorNumber: 9727, httpStatus: 415 });
  });
});

describe('asynchronous failures in the event status', () => {
  it('9709 when an app runs out of licences: FAILED, with the users that did not get one', async () => {
    const [leesladder] = (await client.getAssets({ adamId: PRODUCT_IDS.leesladder })).assets;
    const free = leesladder!.availableCount;
    const wanted = sandbox.admin
      .users('demo', { status: 'Associated' })
      .map((u) => u.clientUserId)
      .filter(
        (id) =>
          sandbox.admin.assignments('demo', { adamId: PRODUCT_IDS.leesladder, clientUserId: id })
            .length === 0,
      )
      .slice(0, free + 3);
    const submitted = await client.associateAssets({
      assets: [{ adamId: PRODUCT_IDS.leesladder }],
      clientUserIds: wanted,
    });
    const progress: number[] = [];
    const [status] = await client.waitForEvents(submitted.eventIds, {
      onProgress: (p) => progress.push(p.numFailed),
    });
    expect(status).toMatchObject({
      eventStatus: 'FAILED',
      numRequested: free + 3,
      numCompleted: free,
    });
    expect(status!.failures.map((f) => f.errorNumber)).toContain(9709);
    const refused = status!.failures.flatMap((f) => f.errorInfo?.clientUserIds ?? []);
    expect(refused).toHaveLength(3);
    expect(progress.at(-1)).toBe(3);
    expect(
      (await client.getAssets({ adamId: PRODUCT_IDS.leesladder })).assets[0]?.availableCount,
    ).toBe(0);
  });

  it('9609 for a user Apple does not know', async () => {
    const submitted = await client.associateAssets({
      assets: [{ adamId: PRODUCT_IDS.rekenroute }],
      clientUserIds: [...users(1), 'nobody-at-apple'],
    });
    const [status] = await client.waitForEvents(submitted.eventIds);
    expect(status?.eventStatus).toBe('FAILED');
    const failure = status!.failures.find((f) => f.errorNumber === 9609)!;
    expect(failure.errorInfo?.clientUserIds).toEqual(['nobody-at-apple']);
  });

  it('9716 when creating a user who is already registered', async () => {
    const [existing] = users(1);
    const submitted = await client.createUsers([{ clientUserId: existing! }]);
    const [status] = await client.waitForEvents(submitted.eventIds);
    expect(status?.eventStatus).toBe('FAILED');
    expect(status!.failures.map((f) => f.errorNumber)).toEqual([9716]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSandbox } from './sandbox-api';
import type { RunningSandbox } from '../../../electron/sandbox/index';

/** JSON bodies of every wrong shape: the top level, then each known field given a wrong type. */
const ODD_VALUES: unknown[] = [null, [], [null], 'text', 0, -1, 1e300, true, {}, { toString: 'x' }];
/** Per field, one of each JSON type the field should not have. */
const FIELD_VALUES: unknown[] = [null, [null], 'text', -1, true, { nested: {} }];
const FIELDS = [
  'users',
  'assets',
  'clientUserIds',
  'serialNumbers',
  'mdmInfo',
  'notificationUrl',
  'notificationAuthToken',
  'notificationTypes',
  'adamId',
  'count',
  'pricingParam',
  'location',
  'inviteCode',
  'appleId',
  'spec',
  'name',
  'enabled',
];
const oddBodies = (): string[] => [
  ...ODD_VALUES.map((value) => JSON.stringify(value) ?? 'null'),
  ...FIELDS.flatMap((field) => FIELD_VALUES.map((value) => JSON.stringify({ [field]: value }))),
  JSON.stringify({ users: [{ clientUserId: {} }], assets: [{ adamId: [] }] }),
  JSON.stringify({ assets: [{ adamId: '1', pricingParam: {} }], clientUserIds: ['a'] }),
  `${'['.repeat(50_000)}${']'.repeat(50_000)}`,
  '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}',
  // JSON.parse reads these numbers as Infinity and -0.
  '{"count":1e999,"pageIndex":-0,"users":[{"clientUserId":"a","email":1e999}]}',
  '{"a":',
  '\u0000',
];

const APPLE_POSTS = [
  '/client/config',
  '/assets/associate',
  '/assets/disassociate',
  '/assets/revoke',
  '/users/create',
  '/users/update',
  '/users/retire',
];
const ADMIN_POSTS = [
  '/purchase',
  '/invitations/accept',
  '/faults',
  '/mdm-info',
  '/tokens/revoke',
  '/notifications/duplicate',
  '/events/flush',
];
const ODD_QUERIES = [
  'pageIndex=1e999',
  'pageIndex=-0',
  'pageIndex=0x10',
  'pageIndex=99999999999999999999',
  'sinceVersionId=%',
  'sinceVersionId=__proto__',
  'eventId=constructor',
  'clientUserId=%00',
  'adamId=&adamId=&adamId=',
  'productType=__proto__',
  'location=__proto__',
  'location=toString',
  'status=constructor',
  'offset=-5&limit=1e309',
  'offset=NaN&limit=-1',
  'id=%E0%A4%A',
  `id=${Array.from({ length: 300 }, (_, i) => i).join(',')}`,
];

describe('odd client input never becomes a 500', () => {
  let sandbox: RunningSandbox;
  const log: string[] = [];
  beforeAll(async () => {
    sandbox = await startTestSandbox({ log: (line) => log.push(line) });
  });
  afterAll(() => sandbox.close());

  it('answers odd JSON bodies on every POST with a 4xx (or 200), never a 5xx', async () => {
    const json = { 'content-type': 'application/json' };
    const post = async (url: string, body: string, headers: Record<string, string> = {}) => {
      const response = await fetch(url, { method: 'POST', headers: { ...json, ...headers }, body });
      await response.arrayBuffer();
      return response.status >= 500 ? [`${response.status} ${url} ${body.slice(0, 60)}`] : [];
    };
    const bearer = { authorization: `Bearer ${sandbox.tokens.demo}` };
    const serverErrors: string[] = [];
    for (const body of oddBodies()) {
      // One body to every route at once: fast, and a fair test of concurrent requests too.
      const answers = await Promise.all([
        ...APPLE_POSTS.map((path) => post(`${sandbox.baseUrl}${path}`, body, bearer)),
        ...ADMIN_POSTS.map((path) => post(`${sandbox.origin}/sandbox-admin${path}`, body)),
        post(`${sandbox.origin}/invite/accept`, body),
      ]);
      serverErrors.push(...answers.flat());
    }
    // Undo what the odd bodies may have switched on.
    sandbox.admin.setFaults('');
    sandbox.admin.setDuplicateNotifications(false);
    expect(serverErrors).toEqual([]);
    expect(log.filter((line) => line.includes('failed'))).toEqual([]);
  });

  it('answers odd query parameters on every GET with a 4xx (or 200), never a 5xx', async () => {
    const paths = [
      `${sandbox.baseUrl}/assets`,
      `${sandbox.baseUrl}/assignments`,
      `${sandbox.baseUrl}/users`,
      `${sandbox.baseUrl}/status`,
      `${sandbox.baseUrl}/client/config`,
      `${sandbox.origin}/sandbox-admin/state`,
      `${sandbox.origin}/sandbox-admin/users`,
      `${sandbox.origin}/sandbox-admin/assignments`,
      `${sandbox.origin}/sandbox-admin/events`,
      `${sandbox.origin}/sandbox-admin/notifications`,
      `${sandbox.origin}/metadata/lookup`,
      `${sandbox.origin}/metadata/icons/99999999999999999999.svg`,
      `${sandbox.origin}/invite`,
    ];
    const serverErrors: string[] = [];
    for (const path of paths)
      for (const query of ODD_QUERIES) {
        const response = await fetch(`${path}?${query}`, {
          headers: { authorization: `Bearer ${sandbox.tokens.demo}` },
        });
        if (response.status >= 500) serverErrors.push(`${response.status} ${path}?${query}`);
      }
    expect(serverErrors).toEqual([]);
    expect(log.filter((line) => line.includes('failed'))).toEqual([]);
  });

  it('answers every other method on every route with a 4xx', async () => {
    const serverErrors: string[] = [];
    for (const method of ['PUT', 'DELETE', 'PATCH', 'OPTIONS'])
      for (const path of [
        '/mdm/v2/assets',
        '/mdm/v2/service/config',
        '/sandbox-admin/state',
        '/invite',
        '/metadata/lookup',
        '/',
      ]) {
        const response = await fetch(`${sandbox.origin}${path}`, { method });
        if (response.status < 400 || response.status >= 500)
          serverErrors.push(`${response.status} ${method} ${path}`);
      }
    expect(serverErrors).toEqual([]);
  });
});

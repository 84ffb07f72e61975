import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SandboxApi, startTestSandbox } from './sandbox-api';
import { PRODUCT_IDS, type RunningSandbox } from '../../../electron/sandbox/index';

describe('users', () => {
  let sandbox: RunningSandbox;
  let api: SandboxApi;
  beforeAll(async () => {
    sandbox = await startTestSandbox({ pageSize: 50 });
    api = SandboxApi.for(sandbox);
  });
  afterAll(() => sandbox.close());

  const rowsOf = async (clientUserId: string) =>
    (await api.get('/users', { clientUserId })).body.users;

  it('lists Registered users with an inviteCode and Associated ones with an idHash', async () => {
    const { rows, firstPage } = await api.all('/users', 'users');
    expect(rows).toHaveLength(156);
    expect(firstPage).toMatchObject({ totalPages: 4, size: 50, nextPageIndex: 1 });
    const registered = rows.filter((u) => u.status === 'Registered');
    for (const user of registered) {
      expect(user.inviteCode).toMatch(/^[0-9a-f]{32}$/);
      expect(user).not.toHaveProperty('idHash');
    }
    for (const user of rows.filter((u) => u.status === 'Associated')) {
      expect(user.idHash).toMatch(/^[A-Za-z0-9+/]{27}=$/);
      expect(user).not.toHaveProperty('inviteCode');
    }
    expect((await api.all('/users', 'users', { activeOnly: true })).rows).toHaveLength(150);
    expect((await api.all('/users', 'users', { retiredOnly: true })).rows).toHaveLength(6);
  });

  it('creates users as Registered (invite pending), or Associated at once with a managed Apple ID', async () => {
    const status = await api.run('/users/create', {
      users: [
        { clientUserId: 'nieuw-1', email: 'nieuw1@leerling.obsderegenboog.example' },
        { clientUserId: 'nieuw-2', managedAppleId: 'nieuw2@regenboog.appleid.example' },
      ],
    });
    expect(status).toMatchObject({
      eventStatus: 'COMPLETE',
      eventType: 'CREATE',
      numRequested: 2,
      numCompleted: 2,
    });
    expect(await rowsOf('nieuw-1')).toEqual([
      {
        clientUserId: 'nieuw-1',
        email: 'nieuw1@leerling.obsderegenboog.example',
        inviteCode: expect.stringMatching(/^[0-9a-f]{32}$/),
        status: 'Registered',
      },
    ]);
    expect(await rowsOf('nieuw-2')).toEqual([
      { clientUserId: 'nieuw-2', idHash: expect.stringMatching(/=$/), status: 'Associated' },
    ]);
  });

  it('reports an existing active clientUserId (9716) and bad managed Apple IDs (9635, 9641) per user', async () => {
    const status = await api.run('/users/create', {
      users: [
        { clientUserId: 'nieuw-1' },
        { clientUserId: 'nieuw-3', managedAppleId: 'not an account' },
        { clientUserId: 'nieuw-4', managedAppleId: 'NIEUW2@regenboog.appleid.example' },
        { clientUserId: 'nieuw-5' },
      ],
    });
    expect(status).toMatchObject({ eventStatus: 'FAILED', numRequested: 4, numCompleted: 1 });
    expect(status.failures).toEqual([
      {
        errorNumber: 9716,
        errorMessage: 'A registered user already exists with the specified clientUserId.',
        errorInfo: { clientUserIds: ['nieuw-1'] },
      },
      expect.objectContaining({ errorNumber: 9635, errorInfo: { clientUserIds: ['nieuw-3'] } }),
      expect.objectContaining({ errorNumber: 9641, errorInfo: { clientUserIds: ['nieuw-4'] } }),
    ]);
    expect(await rowsOf('nieuw-3')).toEqual([]);
    expect(await rowsOf('nieuw-1')).toHaveLength(1);
  });

  it('updates email and managed Apple ID; an unknown user is 9609', async () => {
    const status = await api.run('/users/update', {
      users: [
        {
          clientUserId: 'nieuw-1',
          email: 'nieuw1b@leerling.obsderegenboog.example',
          managedAppleId: 'nieuw1@regenboog.appleid.example',
        },
        { clientUserId: 'onbekend' },
      ],
    });
    expect(status).toMatchObject({ eventStatus: 'FAILED', eventType: 'UPDATE', numCompleted: 1 });
    expect(status.failures).toEqual([
      expect.objectContaining({ errorNumber: 9609, errorInfo: { clientUserIds: ['onbekend'] } }),
    ]);
    expect(await rowsOf('nieuw-1')).toEqual([
      expect.objectContaining({
        email: 'nieuw1b@leerling.obsderegenboog.example',
        status: 'Associated',
      }),
    ]);
  });

  it('retires a user: revocable licences go back, a book stays as a retired licence', async () => {
    const [reader] = sandbox.admin.assignments('demo', { adamId: PRODUCT_IDS.atlas });
    const user = reader.clientUserId!;
    const before = sandbox.admin.assets();
    const held = sandbox.admin.assignments('demo', { clientUserId: user });
    const status = await api.run('/users/retire', {
      users: [{ clientUserId: user, email: 'ignored' }],
    });
    expect(status).toMatchObject({ eventStatus: 'COMPLETE', eventType: 'RETIRE', numCompleted: 1 });
    const [row] = await rowsOf(user);
    expect(row.status).toBe('Retired');
    expect(row.idHash).toBeDefined();
    expect(row).not.toHaveProperty('inviteCode');
    expect(sandbox.admin.assignments('demo', { clientUserId: user })).toEqual([
      {
        adamId: PRODUCT_IDS.atlas,
        pricingParam: 'STDQ',
        clientUserId: user,
        heldByRetiredUser: true,
      },
    ]);
    const after = sandbox.admin.assets();
    for (const assignment of held) {
      const was = before.find((a) => a.adamId === assignment.adamId)!;
      const now = after.find((a) => a.adamId === assignment.adamId)!;
      if (assignment.adamId === PRODUCT_IDS.atlas)
        expect([now.assignedCount, now.retiredCount, now.availableCount]).toEqual([
          was.assignedCount - 1,
          was.retiredCount + 1,
          was.availableCount,
        ]);
      else
        expect([now.assignedCount, now.availableCount]).toEqual([
          was.assignedCount - 1,
          was.availableCount + 1,
        ]);
    }
    const again = await api.run('/users/retire', { users: [{ clientUserId: user }] });
    expect(again.failures[0].errorNumber).toBe(9609);
  });

  it('re-registers a retired clientUserId as a new row: retired rows plus at most one active', async () => {
    const [reader] = sandbox.admin
      .assignments('demo', { adamId: PRODUCT_IDS.atlas })
      .filter((a) => a.heldByRetiredUser);
    const user = reader.clientUserId!;
    await api.run('/users/create', { users: [{ clientUserId: user }] });
    const rows = await rowsOf(user);
    expect(rows.map((row: { status: string }) => row.status)).toEqual(['Retired', 'Registered']);
    expect(
      (await api.get('/users', { clientUserId: user, activeOnly: true })).body.users,
    ).toHaveLength(1);
    expect(
      (await api.run('/users/create', { users: [{ clientUserId: user }] })).failures[0].errorNumber,
    ).toBe(9716);
  });

  it('rejects bad requests synchronously: 9720, 9714, 9715, 9717, 9602', async () => {
    const many = Array.from({ length: 101 }, (_, i) => ({ clientUserId: `u${i}` }));
    const cases: [string, unknown, number][] = [
      ['/users/create', {}, 9720],
      ['/users/create', { users: [] }, 9720],
      ['/users/retire', { users: many }, 9714],
      ['/users/create', { users: [{ clientUserId: 'a' }, { clientUserId: 'a' }] }, 9715],
      ['/users/create', { users: [{ clientUserId: 'a', email: 'not-an-email' }] }, 9717],
      ['/users/update', { users: [{ clientUserId: 'a', email: 'x@' }] }, 9717],
      ['/users/create', { users: [{ email: 'a@b.example' }] }, 9602],
      ['/users/create', { users: 'a' }, 9602],
    ];
    const usersBefore = sandbox.admin.users().length;
    for (const [path, body, errorNumber] of cases) {
      const response = await api.post(path, body);
      expect([path, response.status, response.body.errorNumber]).toEqual([path, 400, errorNumber]);
    }
    expect(sandbox.admin.users()).toHaveLength(usersBefore);
  });

  it('answers sinceVersionId with the rows created or changed since; 9721 for an unknown id', async () => {
    const { body: start } = await api.get('/users');
    const unchanged = await api.get('/users', { sinceVersionId: start.versionId });
    expect(unchanged.body).toMatchObject({
      users: [],
      size: 0,
      totalPages: 1,
      currentPageIndex: 0,
    });
    expect(unchanged.body.versionId).toBe(start.versionId);
    const [pending] = sandbox.admin.users('demo', { status: 'Registered' });
    sandbox.admin.acceptInvitation(pending.inviteCode!, 'kind@icloud.example');
    await api.run('/users/create', { users: [{ clientUserId: 'delta-1' }] });
    const delta = await api.get('/users', { sinceVersionId: start.versionId });
    expect(delta.body.users.map((u: { clientUserId: string }) => u.clientUserId).sort()).toEqual(
      [pending.clientUserId, 'delta-1'].sort(),
    );
    expect(delta.body.versionId).not.toBe(start.versionId);
    for (const sinceVersionId of [
      '5b0f3a10-1c2d-11ef-9a3b-0242ac120002',
      (await api.get('/assignments')).body.versionId,
    ]) {
      const response = await api.get('/users', { sinceVersionId });
      expect([response.status, response.body.errorNumber]).toEqual([400, 9721]);
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SandboxApi, startTestSandbox } from './sandbox-api';
import { PRODUCT_IDS, type RunningSandbox } from '../../../electron/sandbox/index';

describe('GET /assignments', () => {
  let sandbox: RunningSandbox;
  let api: SandboxApi;
  beforeAll(async () => {
    sandbox = await startTestSandbox({ pageSize: 500 });
    api = SandboxApi.for(sandbox);
  });
  afterAll(() => sandbox.close());

  it('pages through every assignment: users by clientUserId, devices by serialNumber', async () => {
    const { rows, firstPage } = await api.all('/assignments', 'assignments');
    expect(rows).toHaveLength(737);
    expect(firstPage).toMatchObject({
      currentPageIndex: 0,
      nextPageIndex: 1,
      size: 500,
      totalPages: 2,
    });
    for (const row of rows) {
      expect(Object.keys(row).sort()).toEqual(
        ['adamId', 'pricingParam', row.serialNumber ? 'serialNumber' : 'clientUserId'].sort(),
      );
    }
    expect(rows.filter((r) => r.serialNumber && r.adamId === PRODUCT_IDS.pages)).toHaveLength(60);
  });

  it('filters by adamId, clientUserId, serialNumber and pricingParam', async () => {
    const books = (await api.all('/assignments', 'assignments', { pricingParam: 'PLUS' })).rows;
    expect(books).toHaveLength(24);
    expect(new Set(books.map((b) => b.adamId))).toEqual(new Set([PRODUCT_IDS.rekenenMetRaaf]));
    const scarce = (await api.get('/assignments', { adamId: PRODUCT_IDS.leesladder })).body;
    expect(scarce.size).toBe(23);
    const user = scarce.assignments[0].clientUserId;
    const ofUser = (await api.get('/assignments', { clientUserId: user })).body.assignments;
    expect(ofUser.every((a: { clientUserId: string }) => a.clientUserId === user)).toBe(true);
    expect(ofUser.length).toBeGreaterThanOrEqual(3);
    const [iPad] = (await api.get('/assignments', { adamId: PRODUCT_IDS.clips })).body.assignments;
    const ofIPad = (await api.get('/assignments', { serialNumber: iPad.serialNumber })).body
      .assignments;
    expect(ofIPad.map((a: { adamId: string }) => a.adamId).sort()).toEqual(
      [PRODUCT_IDS.pages, PRODUCT_IDS.keynote, PRODUCT_IDS.garageBand, PRODUCT_IDS.clips].sort(),
    );
  });

  it('adds userStatus and idHash with includeUserState; excludeInactiveUsers drops retired holders', async () => {
    const molen = { adamId: PRODUCT_IDS.oudeMolen };
    const plain = (await api.get('/assignments', molen)).body.assignments;
    expect(plain).toHaveLength(26);
    const withState = (await api.get('/assignments', { ...molen, includeUserState: true })).body
      .assignments;
    const retired = withState.filter((a: { userStatus: string }) => a.userStatus === 'Retired');
    expect(retired).toHaveLength(2);
    expect(
      withState.filter((a: { userStatus: string }) => a.userStatus === 'Associated'),
    ).toHaveLength(24);
    for (const row of withState) expect(row.idHash).toMatch(/=$/);
    const active = (await api.get('/assignments', { ...molen, excludeInactiveUsers: true })).body;
    expect(active.size).toBe(24);
  });

  it('answers sinceVersionId with what was added or changed since; 9721 for an id it never issued', async () => {
    const start = (await api.get('/assignments')).body.versionId;
    const nothing = (await api.get('/assignments', { sinceVersionId: start })).body;
    expect(nothing).toMatchObject({ assignments: [], size: 0, totalPages: 1 });

    const [newcomer] = sandbox.admin.users('demo', { status: 'Registered' });
    await api.run('/assets/associate', {
      assets: [{ adamId: PRODUCT_IDS.codekids }],
      clientUserIds: [newcomer.clientUserId],
      serialNumbers: ['DELTAIPAD001'],
    });
    const delta = (await api.get('/assignments', { sinceVersionId: start })).body;
    expect(delta.assignments).toEqual([
      { adamId: PRODUCT_IDS.codekids, pricingParam: 'STDQ', clientUserId: newcomer.clientUserId },
      { adamId: PRODUCT_IDS.codekids, pricingParam: 'STDQ', serialNumber: 'DELTAIPAD001' },
    ]);
    expect(delta.versionId).not.toBe(start);

    // The newcomer accepting the invitation changes the state shown by includeUserState.
    const second = delta.versionId;
    sandbox.admin.acceptInvitation(newcomer.inviteCode!, 'nieuwkomer@icloud.example');
    const changed = (
      await api.get('/assignments', { sinceVersionId: second, includeUserState: true })
    ).body;
    expect(changed.assignments).toEqual(
      sandbox.admin.assignments('demo', { clientUserId: newcomer.clientUserId }).map((a) =>
        expect.objectContaining({
          adamId: a.adamId,
          userStatus: 'Associated',
          idHash: expect.any(String),
        }),
      ),
    );

    for (const sinceVersionId of ['not-a-version', (await api.get('/users')).body.versionId]) {
      const response = await api.get('/assignments', { sinceVersionId });
      expect([response.status, response.body.errorNumber]).toEqual([400, 9721]);
    }
  });

  it('gets a new versionId when assignments are removed, though the delta cannot list removals', async () => {
    const start = (await api.get('/assignments')).body.versionId;
    const [iPad] = sandbox.admin.assignments('demo', { adamId: PRODUCT_IDS.garageBand });
    await api.run('/assets/disassociate', {
      assets: [{ adamId: PRODUCT_IDS.garageBand }],
      serialNumbers: [iPad.serialNumber!],
    });
    const after = (await api.get('/assignments', { sinceVersionId: start })).body;
    expect(after.versionId).not.toBe(start);
    expect(after.assignments).toEqual([]);
  });
});

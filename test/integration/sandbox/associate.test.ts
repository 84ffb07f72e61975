import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SandboxApi, startTestSandbox } from './sandbox-api';
import { PRODUCT_IDS, type RunningSandbox } from '../../../electron/sandbox/index';

describe('assets/associate and assets/disassociate', () => {
  let sandbox: RunningSandbox;
  let api: SandboxApi;
  beforeAll(async () => {
    sandbox = await startTestSandbox();
    api = SandboxApi.for(sandbox);
  });
  afterAll(() => sandbox.close());

  const asset = (adamId: string) => sandbox.admin.assets().find((a) => a.adamId === adamId)!;
  const holds = (adamId: string, clientUserId: string) =>
    sandbox.admin.assignments('demo', { adamId, clientUserId }).length > 0;
  const registered = () => sandbox.admin.users('demo', { status: 'Registered' });

  it('assigns the cross product assets × (users + devices) and reports it COMPLETE', async () => {
    const users = registered()
      .slice(0, 3)
      .map((u) => u.clientUserId);
    const before = asset(PRODUCT_IDS.codekids);
    const posted = await api.post('/assets/associate', {
      assets: [
        { adamId: PRODUCT_IDS.codekids, pricingParam: 'STDQ' },
        { adamId: PRODUCT_IDS.numbers },
      ],
      clientUserIds: users,
      serialNumbers: ['NEWIPAD00001', 'NEWIPAD00002'],
    });
    expect(posted.status).toBe(200);
    expect(posted.body).toEqual({
      eventId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      tokenExpirationDate: expect.any(String),
      uId: '3049025001234567',
    });
    const status = await api.settle(posted.body.eventId);
    expect(status).toEqual({
      eventStatus: 'COMPLETE',
      eventType: 'ASSOCIATE',
      numRequested: 10,
      numCompleted: 10,
      tokenExpirationDate: expect.any(String),
      uId: '3049025001234567',
    });
    const after = asset(PRODUCT_IDS.codekids);
    expect(after.assignedCount - before.assignedCount).toBe(5);
    expect(after.availableCount).toBe(before.availableCount - 5);
    expect(holds(PRODUCT_IDS.numbers, users[0])).toBe(true);
  });

  it('uses no second licence for an assignment that exists already', async () => {
    const [holder] = sandbox.admin
      .assignments('demo', { adamId: PRODUCT_IDS.pages })
      .filter((a) => a.clientUserId);
    const before = asset(PRODUCT_IDS.pages);
    const status = await api.run('/assets/associate', {
      assets: [{ adamId: PRODUCT_IDS.pages }],
      clientUserIds: [holder.clientUserId],
    });
    expect([status.eventStatus, status.numCompleted]).toEqual(['COMPLETE', 1]);
    expect(asset(PRODUCT_IDS.pages)).toEqual(before);
  });

  it('fails the tasks beyond the free licences with 9709, first come first served', async () => {
    const candidates = sandbox.admin
      .users('demo', { status: 'Associated' })
      .filter((u) => !holds(PRODUCT_IDS.leesladder, u.clientUserId))
      .slice(0, 15)
      .map((u) => u.clientUserId);
    expect(asset(PRODUCT_IDS.leesladder).availableCount).toBe(12);
    const status = await api.run('/assets/associate', {
      assets: [{ adamId: PRODUCT_IDS.leesladder, pricingParam: 'STDQ' }],
      clientUserIds: candidates,
    });
    expect(status).toMatchObject({ eventStatus: 'FAILED', numRequested: 15, numCompleted: 12 });
    expect(status.failures).toEqual([
      {
        errorNumber: 9709,
        errorMessage: "There aren't enough assets available to complete this association.",
        errorInfo: {
          assets: [{ adamId: PRODUCT_IDS.leesladder, pricingParam: 'STDQ' }],
          clientUserIds: candidates.slice(12),
        },
      },
    ]);
    const after = asset(PRODUCT_IDS.leesladder);
    expect([after.availableCount, after.assignedCount, after.totalCount]).toEqual([0, 35, 35]);
    expect(holds(PRODUCT_IDS.leesladder, candidates[11])).toBe(true);
    expect(holds(PRODUCT_IDS.leesladder, candidates[12])).toBe(false);
  });

  it('fails an unknown user with 9609 for every asset, without counting those tasks as done', async () => {
    const known = registered()
      .slice(3, 5)
      .map((u) => u.clientUserId);
    const status = await api.run('/assets/associate', {
      assets: [{ adamId: PRODUCT_IDS.codekids }, { adamId: PRODUCT_IDS.taalzee }],
      clientUserIds: [known[0], 'stu-999999', known[1]],
    });
    expect(status).toMatchObject({ eventStatus: 'FAILED', numRequested: 6, numCompleted: 4 });
    expect(status.failures).toEqual([
      {
        errorNumber: 9609,
        errorMessage: 'Unable to find the registered user.',
        errorInfo: {
          assets: [
            { adamId: PRODUCT_IDS.codekids, pricingParam: 'STDQ' },
            { adamId: PRODUCT_IDS.taalzee, pricingParam: 'STDQ' },
          ],
          clientUserIds: ['stu-999999'],
        },
      },
    ]);
  });

  it('has no licences to give for an asset the location does not own (9709)', async () => {
    const status = await api.run('/assets/associate', {
      assets: [{ adamId: '999000111' }],
      serialNumbers: ['NEWIPAD00003'],
    });
    expect(status).toMatchObject({ eventStatus: 'FAILED', numRequested: 1, numCompleted: 0 });
    expect(status.failures[0]).toMatchObject({
      errorNumber: 9709,
      errorInfo: {
        assets: [{ adamId: '999000111', pricingParam: 'STDQ' }],
        serialNumbers: ['NEWIPAD00003'],
      },
    });
  });

  it('ignores body fields Apple doesn’t define (Fleet sends availableCount)', async () => {
    const status = await api.run('/assets/associate', {
      assets: [{ adamId: PRODUCT_IDS.codekids, pricingParam: 'STDQ', availableCount: 3 }],
      serialNumbers: ['NEWIPAD00004'],
      notifyDisassociation: true,
    });
    expect(status.eventStatus).toBe('COMPLETE');
  });

  it('rejects bad requests synchronously with Apple’s numbers and does no work', async () => {
    const eventsBefore = sandbox.admin.events().length;
    const assetsBefore = sandbox.admin.assets();
    const many = (n: number, prefix: string) =>
      Array.from({ length: n }, (_, i) => `${prefix}${i}`);
    const codekids = [{ adamId: PRODUCT_IDS.codekids }];
    const cases: [unknown, number][] = [
      [{ clientUserIds: ['a'] }, 9718],
      [{ assets: [], clientUserIds: ['a'] }, 9718],
      [{ assets: codekids }, 9719],
      [{ assets: codekids, clientUserIds: [], serialNumbers: [] }, 9719],
      [{ assets: many(26, '1').map((adamId) => ({ adamId })), serialNumbers: ['S'] }, 9700],
      [{ assets: codekids, clientUserIds: many(1001, 'u') }, 9701],
      [{ assets: codekids, serialNumbers: many(1001, 'S') }, 9702],
      [
        {
          assets: [...codekids, { adamId: PRODUCT_IDS.codekids, pricingParam: 'STDQ' }],
          serialNumbers: ['S'],
        },
        9703,
      ],
      [{ assets: codekids, clientUserIds: ['a', 'a'] }, 9704],
      [{ assets: codekids, serialNumbers: ['S', 'S'] }, 9705],
      [{ assets: [{ adamId: PRODUCT_IDS.noordzee }], serialNumbers: ['S'] }, 9707],
      [{ assets: [{ adamId: PRODUCT_IDS.leesladder }], serialNumbers: ['S'] }, 9707],
      [{ assets: [{ adamId: 361309726 }], serialNumbers: ['S'] }, 9602],
      [
        { assets: [{ adamId: PRODUCT_IDS.pages, pricingParam: 'HIGH' }], serialNumbers: ['S'] },
        9602,
      ],
      [{ assets: codekids, clientUserIds: 'a' }, 9602],
    ];
    for (const [body, errorNumber] of cases) {
      const response = await api.post('/assets/associate', body);
      expect([JSON.stringify(body).slice(0, 60), response.status, response.body]).toEqual([
        JSON.stringify(body).slice(0, 60),
        400,
        { errorNumber, errorMessage: expect.any(String) },
      ]);
    }
    expect(sandbox.admin.events()).toHaveLength(eventsBefore);
    expect(sandbox.admin.assets()).toEqual(assetsBefore);
  });

  it('disassociates revocable licences; releasing one that isn’t held still completes', async () => {
    const [iPad] = sandbox.admin.assignments('demo', { adamId: PRODUCT_IDS.clips });
    expect(asset(PRODUCT_IDS.clips).availableCount).toBe(0);
    const status = await api.run('/assets/disassociate', {
      assets: [{ adamId: PRODUCT_IDS.clips }],
      serialNumbers: [iPad.serialNumber, 'NEVERASSIGNED'],
    });
    expect(status).toMatchObject({
      eventStatus: 'COMPLETE',
      eventType: 'DISASSOCIATE',
      numRequested: 2,
      numCompleted: 2,
    });
    expect(asset(PRODUCT_IDS.clips)).toMatchObject({
      availableCount: 1,
      assignedCount: 59,
      totalCount: 60,
    });
  });

  it('refuses to disassociate books (not revocable) with 9706', async () => {
    const [reader] = sandbox.admin.assignments('demo', { adamId: PRODUCT_IDS.atlas });
    const response = await api.post('/assets/disassociate', {
      assets: [{ adamId: PRODUCT_IDS.atlas }],
      clientUserIds: [reader.clientUserId],
    });
    expect([response.status, response.body.errorNumber]).toEqual([400, 9706]);
  });
});

describe('assets/revoke', () => {
  let sandbox: RunningSandbox;
  let api: SandboxApi;
  beforeAll(async () => {
    sandbox = await startTestSandbox();
    api = SandboxApi.for(sandbox);
  });
  afterAll(() => sandbox.close());

  it('takes back every revocable licence of a user and a device, leaving books', async () => {
    const [reader] = sandbox.admin.assignments('demo', { adamId: PRODUCT_IDS.atlas });
    const held = sandbox.admin.assignments('demo', { clientUserId: reader.clientUserId });
    expect(held.length).toBeGreaterThan(2);
    const [iPad] = sandbox.admin.assignments('demo', { adamId: PRODUCT_IDS.garageBand });
    const status = await api.run('/assets/revoke', {
      clientUserIds: [reader.clientUserId],
      serialNumbers: [iPad.serialNumber],
    });
    expect(status).toMatchObject({
      eventStatus: 'COMPLETE',
      eventType: 'REVOKE',
      numRequested: 2,
      numCompleted: 2,
    });
    expect(sandbox.admin.assignments('demo', { clientUserId: reader.clientUserId })).toEqual([
      expect.objectContaining({ adamId: PRODUCT_IDS.atlas }),
    ]);
    expect(sandbox.admin.assignments('demo', { serialNumber: iPad.serialNumber })).toEqual([]);
    for (const asset of sandbox.admin.assets())
      expect(asset.totalCount).toBe(
        asset.assignedCount + asset.availableCount + asset.retiredCount,
      );
  });

  it('fails unknown users with 9609 and checks its own limits synchronously', async () => {
    const status = await api.run('/assets/revoke', { clientUserIds: ['nobody'] });
    expect(status).toMatchObject({ eventStatus: 'FAILED', numCompleted: 0 });
    expect(status.failures).toEqual([
      expect.objectContaining({ errorNumber: 9609, errorInfo: { clientUserIds: ['nobody'] } }),
    ]);
    const many = Array.from({ length: 101 }, (_, i) => `u${i}`);
    const cases: [unknown, number][] = [
      [{}, 9719],
      [{ clientUserIds: many }, 9701],
      [{ serialNumbers: many }, 9702],
      [{ clientUserIds: ['a', 'a'] }, 9704],
      [{ serialNumbers: ['S', 'S'] }, 9705],
    ];
    for (const [body, errorNumber] of cases)
      expect((await api.post('/assets/revoke', body)).body.errorNumber).toBe(errorNumber);
  });
});

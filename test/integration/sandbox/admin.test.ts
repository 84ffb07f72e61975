import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SandboxApi, startTestSandbox } from './sandbox-api';
import { AdminError, PRODUCT_IDS, type RunningSandbox } from '../../../electron/sandbox/index';

describe('sandbox admin', () => {
  let sandbox: RunningSandbox;
  let api: SandboxApi;
  beforeAll(async () => {
    sandbox = await startTestSandbox();
    api = SandboxApi.for(sandbox);
  });
  afterAll(() => sandbox.close());

  const adminCall = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${sandbox.origin}/sandbox-admin${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: await response.json() };
  };
  const apiAsset = async (adamId: string) => (await api.get('/assets', { adamId })).body.assets[0];

  it('adds purchased licences as available ones; total = assigned + available + retired holds', async () => {
    const before = await apiAsset(PRODUCT_IDS.leesladder);
    const versionBefore = (await api.get('/assets')).body.versionId;
    const bought = sandbox.admin.addLicenses(PRODUCT_IDS.leesladder, 20);
    expect(bought).toMatchObject({ name: 'Leesladder', totalCount: before.totalCount + 20 });
    const after = await apiAsset(PRODUCT_IDS.leesladder);
    expect(after).toEqual({
      ...before,
      totalCount: before.totalCount + 20,
      availableCount: before.availableCount + 20,
    });
    expect(after.totalCount).toBe(after.assignedCount + after.availableCount + after.retiredCount);
    expect((await api.get('/assets')).body.versionId).not.toBe(versionBefore);
  });

  it('buys a product the location does not own yet, as the store sells it', async () => {
    const plus = sandbox.admin.addLicenses(PRODUCT_IDS.noordzee, 5, 'PLUS');
    expect(plus).toMatchObject({
      productType: 'Book',
      pricingParam: 'PLUS',
      totalCount: 5,
      deviceAssignable: false,
      revocable: false,
    });
    const annex = sandbox.admin.addLicenses(PRODUCT_IDS.leesladder, 3, 'STDQ', 'expiringSoon');
    expect(annex).toMatchObject({ deviceAssignable: false, totalCount: 3, availableCount: 3 });
    const annexAssets = (await SandboxApi.for(sandbox, 'expiringSoon').get('/assets')).body.assets;
    expect(annexAssets).toContainEqual(
      expect.objectContaining({ adamId: PRODUCT_IDS.leesladder, availableCount: 3 }),
    );
  });

  it('refuses impossible purchases with a reason', () => {
    expect(() => sandbox.admin.addLicenses(PRODUCT_IDS.pages, 0)).toThrow(AdminError);
    expect(() => sandbox.admin.addLicenses(PRODUCT_IDS.pages, 2.5)).toThrow(/whole number/);
    expect(() => sandbox.admin.addLicenses('12345', 1)).toThrow(/no product with adamId "12345"/);
  });

  it('does the same over HTTP for another process', async () => {
    const before = await apiAsset(PRODUCT_IDS.codekids);
    const bought = await adminCall('POST', '/purchase', {
      adamId: PRODUCT_IDS.codekids,
      count: 10,
    });
    expect(bought.status).toBe(200);
    expect(bought.body.asset.availableCount).toBe(before.availableCount + 10);
    expect((await apiAsset(PRODUCT_IDS.codekids)).totalCount).toBe(before.totalCount + 10);
    expect(
      await adminCall('POST', '/purchase', { adamId: PRODUCT_IDS.codekids, count: -1 }),
    ).toEqual({
      status: 400,
      body: { error: 'count must be a whole number from 1 to 1000000, not -1.' },
    });
    expect((await adminCall('POST', '/purchase', { count: 1 })).body.error).toBe(
      '"adamId" is required.',
    );
  });

  it('reads state, users, assignments and events over HTTP', async () => {
    const state = await adminCall('GET', '/state');
    expect(state.body.location).toMatchObject({
      name: 'De Regenboog – Hoofdgebouw',
      counts: { assets: 17, users: { Associated: 122, Registered: 28, Retired: 6 } },
    });
    expect(JSON.stringify(state.body)).not.toContain(sandbox.tokens.demo);
    const registered = await adminCall('GET', '/users?status=Registered&limit=2');
    expect(registered.body).toMatchObject({ total: 28, offset: 0 });
    expect(registered.body.users).toHaveLength(2);
    const assignments = await adminCall('GET', `/assignments?adamId=${PRODUCT_IDS.clips}`);
    expect(assignments.body.total).toBe(60);
    await api.run('/users/create', { users: [{ clientUserId: 'admin-1' }] });
    const events = await adminCall('GET', '/events');
    expect(events.body.events.at(-1)).toMatchObject({
      type: 'CREATE',
      status: 'COMPLETE',
      numCompleted: 1,
    });
    expect((await adminCall('GET', '/nothing')).status).toBe(404);
    expect((await adminCall('GET', '/state?location=mars')).status).toBe(400);
  });

  it('accepts an invitation on behalf of a user over HTTP', async () => {
    const [pending] = sandbox.admin.users('demo', { status: 'Registered' });
    const accepted = await adminCall('POST', '/invitations/accept', {
      inviteCode: pending.inviteCode,
      appleId: 'leerling@icloud.example',
    });
    expect(accepted.body.user).toMatchObject({
      clientUserId: pending.clientUserId,
      status: 'Associated',
      appleAccount: 'leerling@icloud.example',
    });
    const again = await adminCall('POST', '/invitations/accept', {
      inviteCode: pending.inviteCode,
      appleId: 'leerling@icloud.example',
    });
    expect(again).toEqual({
      status: 409,
      body: { error: 'This invitation was already accepted.' },
    });
  });

  it('sets another MDM’s mdmInfo, revokes tokens and flushes events over HTTP', async () => {
    const other = { id: 'x-1', name: 'Someone Else MDM', metadata: 'm' };
    await adminCall('POST', '/mdm-info', { mdmInfo: other });
    expect((await api.get('/assets')).body.mdmInfo).toEqual(other);
    await adminCall('POST', '/mdm-info', { mdmInfo: null });
    expect((await api.get('/assets')).body).not.toHaveProperty('mdmInfo');
    expect((await adminCall('POST', '/mdm-info', { mdmInfo: { id: 'x' } })).status).toBe(400);

    await adminCall('POST', '/tokens/revoke', { name: 'expiringSoon' });
    expect((await SandboxApi.for(sandbox, 'expiringSoon').get('/assets')).body.errorNumber).toBe(
      9625,
    );
    expect((await adminCall('POST', '/tokens/revoke', { name: 'mine' })).status).toBe(400);
    expect((await adminCall('POST', '/events/flush', {})).body).toEqual({ flushed: true });
    const wrongType = await fetch(`${sandbox.origin}/sandbox-admin/purchase`, {
      method: 'POST',
      body: '{}',
    });
    expect(wrongType.status).toBe(415);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OTHER_MDM_INFO, PRODUCT_IDS, type RunningSandbox } from '../../../electron/sandbox/index';
import type { VppClient } from '../../../electron/vpp/client';
import type { EventProgress } from '../../../electron/vpp/events';
import { detectOtherMdm } from '../../../electron/vpp/mdm-info';
import { VppTokenFile } from '../../../electron/vpp/token-file';
import { clientOf, startTestSandbox } from './sandbox-fixture';

let sandbox: RunningSandbox;
let client: VppClient;

beforeAll(async () => {
  sandbox = await startTestSandbox({ pageSize: 20 });
  client = clientOf(sandbox);
});
afterAll(() => sandbox.close());

const associatedUsers = (count: number, offset = 0) =>
  sandbox.admin
    .users('demo', { status: 'Associated' })
    .slice(offset, offset + count)
    .map((user) => user.clientUserId);

describe('configuration endpoints', () => {
  it('reads service/config without a token, with limits, error codes and the invitation URL', async () => {
    const anonymous = clientOf(sandbox, 'demo', { token: undefined });
    const config = await anonymous.getServiceConfig();
    expect(config.errorCodes.length).toBeGreaterThan(10);
    expect(config.urls.invitationEmail).toContain('%25inviteCode%25');
    expect((await anonymous.limits()).maxAssets).toBeGreaterThan(0);
    await expect(anonymous.getAssets()).rejects.toMatchObject({ code: 'vpp.noToken' });
  });

  it('reads client/config: the location the token opens', async () => {
    const config = await client.getClientConfig();
    expect(config.locationName).toBe(sandbox.admin.location().name);
    expect(config.uId).toBe(sandbox.admin.location().uId);
    expect(config.countryISO2ACode).toBe('NL');
    expect(config.tokenExpirationDate).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+0000$/);
  });

  it('writes client/config: our mdmInfo then comes back on every response', async () => {
    const ours = { id: 'vpp-console-test', name: 'VPP Console', metadata: '0.1.0' };
    const written = await client.setClientConfig({ mdmInfo: ours });
    expect(written.mdmInfo).toEqual(ours);
    expect(sandbox.admin.location().mdmInfo).toEqual(ours);
    const page = await client.getAssets();
    expect(page.mdmInfo).toEqual(ours);
    expect(detectOtherMdm(page, ours.id)).toBeUndefined();
  });

  it('notices a location managed by another MDM', async () => {
    const seen: unknown[] = [];
    const other = clientOf(sandbox, 'otherMdm', {
      onResponseMeta: (meta) => seen.push(meta.mdmInfo),
    });
    const config = await other.getClientConfig();
    expect(detectOtherMdm(config, 'vpp-console-test')).toEqual(OTHER_MDM_INFO);
    expect(seen).toEqual([OTHER_MDM_INFO]);
  });

  it('accepts the parsed token file as well as its text', async () => {
    const file = VppTokenFile.parse(sandbox.tokens.demo);
    expect(file.metadata.orgName.length).toBeGreaterThan(0);
    expect(Date.parse(file.metadata.expiresAt)).toBeGreaterThan(Date.now() + 300 * 86_400_000);
    const viaFile = clientOf(sandbox, 'demo', { token: file });
    expect((await viaFile.getClientConfig()).uId).toBe(sandbox.admin.location().uId);
  });
});

describe('GET /assets', () => {
  it('reads every asset with the counts Apple keeps', async () => {
    const all = await client.getAllAssets();
    const expected = sandbox.admin.assets();
    expect(all.assets).toHaveLength(expected.length);
    for (const asset of expected) {
      const got = all.assets.find(
        (a) => a.adamId === asset.adamId && a.pricingParam === asset.pricingParam,
      );
      expect(got).toMatchObject({
        totalCount: asset.totalCount,
        assignedCount: asset.assignedCount,
        availableCount: asset.availableCount,
        retiredCount: asset.retiredCount,
        deviceAssignable: asset.deviceAssignable,
        revocable: asset.revocable,
      });
    }
    expect(all.versionId).toBe(sandbox.admin.location().versionIds.assets);
  });

  it('filters by product type, pricing, device-assignability, adamId and counts', async () => {
    const books = await client.getAllAssets({ productType: 'Book' });
    expect(books.assets.length).toBeGreaterThan(0);
    expect(books.assets.every((a) => a.productType === 'Book' && !a.revocable)).toBe(true);
    const plus = await client.getAllAssets({ pricingParam: 'PLUS' });
    expect(plus.assets.map((a) => a.adamId)).toEqual([PRODUCT_IDS.rekenenMetRaaf]);
    const forDevices = await client.getAllAssets({ deviceAssignable: true });
    expect(forDevices.assets.every((a) => a.deviceAssignable && a.productType === 'App')).toBe(
      true,
    );
    const one = await client.getAssets({ adamId: PRODUCT_IDS.leesladder });
    expect(one.assets).toHaveLength(1);
    const scarce = await client.getAllAssets({ maxAvailableCount: 12 });
    expect(scarce.assets.every((a) => a.availableCount <= 12)).toBe(true);
    expect(scarce.assets.map((a) => a.adamId)).toContain(PRODUCT_IDS.leesladder);
    const irrevocable = await client.getAllAssets({ revocable: false });
    expect(irrevocable.assets.map((a) => a.adamId).sort()).toEqual(
      books.assets.map((a) => a.adamId).sort(),
    );
    const plenty = await client.getAllAssets({ minAvailableCount: 50 });
    expect(plenty.assets.every((a) => a.availableCount >= 50)).toBe(true);
  });
});

describe('GET /assignments and GET /users over several pages', () => {
  it('reads every assignment, and filters by app, user and device', async () => {
    const all = await client.getAllAssignments();
    expect(all.assignments).toHaveLength(sandbox.admin.assignments().length);
    expect(all.passes).toBe(1);
    const serial = sandbox.admin.assignments().find((a) => a.serialNumber)!.serialNumber!;
    const forDevice = await client.getAllAssignments({ serialNumber: serial });
    expect(forDevice.assignments.length).toBe(
      sandbox.admin.assignments('demo', { serialNumber: serial }).length,
    );
    const [user] = associatedUsers(1);
    const forUser = await client.getAllAssignments({ clientUserId: user });
    expect(forUser.assignments.every((a) => a.clientUserId === user)).toBe(true);
    const forApp = await client.getAllAssignments({ adamId: PRODUCT_IDS.leesladder });
    expect(forApp.assignments).toHaveLength(23);
  });

  it('reads every user, and only the active or only the retired ones', async () => {
    const all = await client.getAllUsers();
    expect(all.users).toHaveLength(sandbox.admin.users().length);
    const active = await client.getAllUsers({ activeOnly: true });
    const retired = await client.getAllUsers({ retiredOnly: true });
    expect(active.users.every((u) => u.status !== 'Retired')).toBe(true);
    expect(retired.users.every((u) => u.status === 'Retired')).toBe(true);
    expect(active.users.length + retired.users.length).toBe(all.users.length);
    const associated = all.users.find((u) => u.status === 'Associated')!;
    expect(associated.idHash).toBeDefined();
    const registered = all.users.find((u) => u.status === 'Registered')!;
    expect(registered.inviteCode).toMatch(/^[0-9a-f]{32}$/);
    const [one] = (await client.getUsers({ clientUserId: associated.clientUserId })).users;
    expect(one?.clientUserId).toBe(associated.clientUserId);
  });

  it('reports read progress page by page', async () => {
    const progress: string[] = [];
    await client.getAllUsers(
      {},
      { onProgress: (read, total) => progress.push(`${read}/${total}`) },
    );
    const total = Math.ceil(sandbox.admin.users().length / 20);
    expect(progress).toHaveLength(total);
    expect(progress.at(-1)).toBe(`${total}/${total}`);
  });
});

describe('writes, events and deltas', () => {
  it('associates an app with users and devices and waits until Apple reports it complete', async () => {
    const before = await client.getAllAssignments();
    const users = associatedUsers(3);
    const progress: EventProgress[] = [];
    const submitted = await client.associateAssets({
      assets: [{ adamId: PRODUCT_IDS.codekids, pricingParam: 'STDQ' }],
      clientUserIds: users,
      serialNumbers: ['SBXTEST0001', 'SBXTEST0002'],
    });
    expect(submitted.eventIds).toHaveLength(2);
    const statuses = await client.waitForEvents(submitted.eventIds, {
      onProgress: (p) => progress.push(p),
    });
    expect(statuses.map((s) => s.eventStatus)).toEqual(['COMPLETE', 'COMPLETE']);
    expect(statuses.map((s) => s.eventType)).toEqual(['ASSOCIATE', 'ASSOCIATE']);
    expect(progress.at(-1)).toMatchObject({
      numCompleted: 5,
      numRequested: 5,
      eventStatus: 'COMPLETE',
    });
    expect(sandbox.admin.assignments('demo', { adamId: PRODUCT_IDS.codekids })).toHaveLength(5);
    const [asset] = (await client.getAssets({ adamId: PRODUCT_IDS.codekids })).assets;
    expect(asset).toMatchObject({ assignedCount: 5, availableCount: 25 });

    // Only what changed since the first read, then nothing at all.
    const delta = await client.getAllAssignments({ sinceVersionId: before.versionId });
    expect(delta.assignments.filter((a) => a.adamId === PRODUCT_IDS.codekids)).toHaveLength(5);
    const none = await client.getAllAssignments({ sinceVersionId: delta.versionId });
    expect(none.assignments).toEqual([]);
  });

  it('disassociates them again', async () => {
    const users = associatedUsers(3);
    const submitted = await client.disassociateAssets({
      assets: [{ adamId: PRODUCT_IDS.codekids }],
      clientUserIds: users,
      serialNumbers: ['SBXTEST0001', 'SBXTEST0002'],
    });
    const statuses = await client.waitForEvents(submitted.eventIds);
    expect(
      statuses.every((s) => s.eventStatus === 'COMPLETE' && s.eventType === 'DISASSOCIATE'),
    ).toBe(true);
    expect(sandbox.admin.assignments('demo', { adamId: PRODUCT_IDS.codekids })).toHaveLength(0);
  });

  it('revokes every revocable asset of a user, leaving books in place', async () => {
    const user = sandbox.admin
      .assignments()
      .find((a) => a.clientUserId && a.adamId === PRODUCT_IDS.atlas)!.clientUserId!;
    const held = sandbox.admin.assignments('demo', { clientUserId: user });
    expect(held.length).toBeGreaterThan(1);
    const submitted = await client.revokeAssets({ clientUserIds: [user] });
    const [status] = await client.waitForEvents(submitted.eventIds);
    expect(status).toMatchObject({ eventStatus: 'COMPLETE', eventType: 'REVOKE' });
    const left = sandbox.admin.assignments('demo', { clientUserId: user });
    expect(left.map((a) => a.adamId)).toEqual([PRODUCT_IDS.atlas]);
  });

  it('creates, updates and retires users, and the delta shows them', async () => {
    const before = await client.getAllUsers();
    const created = await client.createUsers([
      { clientUserId: 'sbx-new-1', email: 'new1@school.example' },
      {
        clientUserId: 'sbx-new-2',
        email: 'new2@school.example',
        managedAppleId: 'new2@managed.school.example',
      },
    ]);
    const [createStatus] = await client.waitForEvents(created.eventIds);
    expect(createStatus).toMatchObject({
      eventStatus: 'COMPLETE',
      eventType: 'CREATE',
      numCompleted: 2,
    });
    const delta = await client.getAllUsers({ sinceVersionId: before.versionId });
    const byId = new Map(delta.users.map((u) => [u.clientUserId, u]));
    expect(byId.get('sbx-new-1')).toMatchObject({
      status: 'Registered',
      email: 'new1@school.example',
    });
    expect(byId.get('sbx-new-2')?.status).toBe('Associated');

    const invite = byId.get('sbx-new-1')!.inviteCode!;
    const url = await client.invitationUrl(invite);
    expect(url).toContain(`inviteCode=${invite}`);
    expect(url).not.toContain('%25inviteCode%25');

    const updated = await client.updateUsers([
      { clientUserId: 'sbx-new-1', email: 'changed@school.example' },
    ]);
    await client.waitForEvents(updated.eventIds);
    expect((await client.getUsers({ clientUserId: 'sbx-new-1' })).users[0]?.email).toBe(
      'changed@school.example',
    );

    const retired = await client.retireUsers(['sbx-new-1']);
    const [retireStatus] = await client.waitForEvents(retired.eventIds);
    expect(retireStatus).toMatchObject({ eventStatus: 'COMPLETE', eventType: 'RETIRE' });
    const after = await client.getUsers({ clientUserId: 'sbx-new-1', retiredOnly: true });
    expect(after.users.map((u) => u.status)).toEqual(['Retired']);
  });

  it('stops waiting at once when the task is cancelled', async () => {
    const submitted = await client.createUsers([{ clientUserId: 'sbx-cancel-1' }]);
    const controller = new AbortController();
    const waiting = client.waitForEvents(submitted.eventIds, {
      firstPollDelayMs: 60_000,
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(new Error('cancelled by the admin')), 50);
    const started = performance.now();
    await expect(waiting).rejects.toThrow('cancelled by the admin');
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('reads the status of a finished event again later', async () => {
    const submitted = await client.createUsers([{ clientUserId: 'sbx-new-3' }]);
    const [eventId] = submitted.eventIds;
    await client.waitForEvent(eventId!);
    const status = await client.getEventStatus(eventId!);
    expect(status).toMatchObject({
      eventStatus: 'COMPLETE',
      numRequested: 1,
      numCompleted: 1,
      failures: [],
    });
  });
});

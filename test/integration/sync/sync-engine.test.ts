import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import type { RunningSandbox } from '../../../electron/sandbox/index';
import { clientOf, FAST_RETRIES, startTestSandbox } from '../vpp/sandbox-fixture';
import { syncHarness, TOKEN_ID, type SyncHarness } from './sync-harness';

const assignmentKeysOf = (sandbox: RunningSandbox) =>
  sandbox.admin
    .assignments('demo')
    .map(
      (a) =>
        `${TOKEN_ID}|${a.adamId}|${a.pricingParam}|${a.clientUserId ? `u:${a.clientUserId}` : `d:${a.serialNumber}`}`,
    )
    .sort();

/** Every holder of every title, as the license sets hold them. */
const localAssignmentKeys = async (harness: SyncHarness) =>
  (await harness.db.licenseSets.toArray())
    .flatMap((set) =>
      set.holders.map((holder) => `${set.tokenId}|${set.adamId}|${set.pricingParam}|${holder}`),
    )
    .sort();

const assetsOf = async (harness: SyncHarness) =>
  harness.db.assets.where(':id').between([TOKEN_ID], [TOKEN_ID, Dexie.maxKey]).toArray();

describe('a sync from the sandbox into the console’s database', () => {
  let sandbox: RunningSandbox;
  let harness: SyncHarness;

  beforeEach(async () => {
    sandbox = await startTestSandbox({ pageSize: 40 });
  });
  afterEach(async () => {
    await harness?.close();
    await sandbox.close();
  });

  it('brings every asset, user and assignment, with names, and stores the versionIds', async () => {
    const client = clientOf(sandbox);
    harness = await syncHarness({ client: () => client });
    const task = await harness.sync('full');
    expect(task.status, JSON.stringify(task.error)).toBe('succeeded');

    const apple = sandbox.admin.assets('demo');
    const local = await assetsOf(harness);
    expect(local).toHaveLength(apple.length);
    for (const asset of apple) {
      const row = local.find((r) => r.adamId === asset.adamId)!;
      expect(row).toMatchObject({
        totalCount: asset.totalCount,
        assignedCount: asset.assignedCount,
        availableCount: asset.availableCount,
        deviceAssignable: asset.deviceAssignable,
        productType: asset.productType,
      });
      expect(row.name).toBe(asset.name);
    }
    expect(local.find((r) => r.name === 'Pages')?.bundleId).toBe('com.apple.Pages');

    expect(await localAssignmentKeys(harness)).toEqual(assignmentKeysOf(sandbox));
    const activeIds = new Set(
      sandbox.admin
        .users('demo')
        .filter((u) => u.status !== 'Retired')
        .map((u) => u.clientUserId),
    );
    const users = await harness.db.vppUsers.toArray();
    expect(new Set(users.map((u) => u.clientUserId)).size).toBe(users.length);
    for (const user of users) {
      if (activeIds.has(user.clientUserId)) expect(user.status).not.toBe('Retired');
    }

    const state = await harness.db.syncState.get(TOKEN_ID);
    expect(state?.versions.users).toBeTruthy();
    expect(state?.versions.assignments).toBeTruthy();
    expect(state?.driftedAssets).toBe(0);
    expect(task.result).toMatchObject({ mode: 'full', driftedAssets: 0 });
    expect(task.result?.pages).toBeGreaterThan(20);
    // Records read from Apple: a user who left and came back is listed twice (retired, active).
    expect(task.result?.records).toBe(
      local.length +
        sandbox.admin.users('demo').length +
        (await localAssignmentKeys(harness)).length,
    );
  });

  it('a delta brings only what changed; a removal it cannot see is flagged as drift, and a full sync repairs it', async () => {
    const client = clientOf(sandbox);
    harness = await syncHarness({ client: () => client });
    expect((await harness.sync('full')).status).toBe('succeeded');

    // Take one licence back at Apple, and give one out.
    const held = sandbox.admin
      .assignments('demo')
      .find((a) => a.clientUserId && !a.heldByRetiredUser)!;
    await client.submitAndWait(() =>
      client.disassociateAssets({
        assets: [{ adamId: held.adamId, pricingParam: 'STDQ' }],
        clientUserIds: [held.clientUserId!],
      }),
    );
    const delta = await harness.sync('delta');
    expect(delta.status).toBe('succeeded');
    expect(delta.result?.mode).toBe('delta');
    expect(Number(delta.result?.assignments)).toBeLessThan(5);
    // Apple's delta does not list removals: the drift check sees the difference.
    expect(delta.result?.driftedAssets).toBe(1);
    const drifted = (await assetsOf(harness)).find((a) => a.adamId === held.adamId)!;
    const drift = (await harness.db.syncState.get(TOKEN_ID))?.drift;
    expect(drift).toEqual({
      [`${held.adamId}|${held.pricingParam}`]: drifted.assignedCount + drifted.retiredCount + 1,
    });

    const full = await harness.sync('full');
    expect(full.result?.driftedAssets).toBe(0);
    expect(await localAssignmentKeys(harness)).toEqual(assignmentKeysOf(sandbox));
    expect((await harness.db.syncState.get(TOKEN_ID))?.drift).toEqual({});
  });

  it('finds a planted difference between the database and Apple’s counts', async () => {
    const client = clientOf(sandbox);
    harness = await syncHarness({ client: () => client });
    await harness.sync('full');
    // One holder goes missing from this database, as a crash or a bug might leave it.
    const [set] = await harness.db.licenseSets.limit(1).toArray();
    await harness.db.licenseSets.put({ ...set!, holders: set!.holders.slice(1) });
    const state = await harness.db.syncState.get(TOKEN_ID);
    const title = `${set!.adamId}|${set!.pricingParam}`;
    await harness.db.syncState.put({
      ...state!,
      titleCounts: { ...state!.titleCounts, [title]: state!.titleCounts![title]! - 1 },
    });
    const delta = await harness.sync('delta');
    expect(delta.result?.driftedAssets).toBe(1);
    expect((await harness.db.syncState.get(TOKEN_ID))?.driftedAssets).toBe(1);
  });

  it('reads a data set again from its first page when it changes mid-traversal', async () => {
    const client = clientOf(sandbox);
    let changed = false;
    const original = client.getUsers.bind(client);
    client.getUsers = async (filters = {}, options = {}) => {
      if (!changed && filters.pageIndex === 1) {
        changed = true;
        const invited = sandbox.admin
          .users('demo')
          .find((u) => u.status === 'Registered' && u.inviteCode)!;
        sandbox.admin.acceptInvitation(invited.inviteCode!, 'new.account@icloud.example');
      }
      return original(filters, options);
    };
    harness = await syncHarness({ client: () => client });
    const task = await harness.sync('full');
    expect(task.status).toBe('succeeded');
    expect(task.steps?.map((step) => step.key)).toContain('tasks.steps.syncRestarted');
    const apple = sandbox.admin.users('demo');
    const associated = apple.filter((u) => u.status === 'Associated').map((u) => u.clientUserId);
    const local = await harness.db.vppUsers.where('clientUserId').anyOf(associated).toArray();
    expect(local.every((u) => u.status === 'Associated')).toBe(true);
    expect(local).toHaveLength(new Set(associated).size);
  });

  it('falls back to a full traversal when Apple no longer knows the delta’s versionId (9721)', async () => {
    const client = clientOf(sandbox);
    harness = await syncHarness({ client: () => client });
    await harness.sync('full');
    await harness.db.syncState.update(TOKEN_ID, {
      versions: { users: 'gone', assignments: 'gone' },
    });
    const delta = await harness.sync('delta');
    expect(delta.status, JSON.stringify(delta.error)).toBe('succeeded');
    expect(await localAssignmentKeys(harness)).toEqual(assignmentKeysOf(sandbox));
  });

  it.each([
    ['expired', 9621],
    ['revoked', 9625],
  ] as const)('stops with the token marked when Apple says it is %s', async (name, number) => {
    const client = clientOf(sandbox, name);
    harness = await syncHarness({ client: () => client });
    const task = await harness.sync('full');
    expect(task.status).toBe('failed');
    expect(task.error?.code).toBe(`apple.${number}`);
    expect(harness.refused).toEqual([number]);
  });

  it('slows down for 429 and 503 with Retry-After, and retries dropped connections, without failing', async () => {
    sandbox.admin.setFaults('429:times=2:retryAfter=1,503:times=2:retryAfter=1,drop:every=7');
    const client = clientOf(sandbox, 'demo', { retry: FAST_RETRIES });
    harness = await syncHarness({ client: () => client });
    const started = Date.now();
    const task = await harness.sync('full');
    expect(task.status, JSON.stringify(task.error)).toBe('succeeded');
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    sandbox.admin.setFaults('');
    expect(await localAssignmentKeys(harness)).toEqual(assignmentKeysOf(sandbox));
  });

  it('waits for a window when none is open, and fails plainly when the window goes mid-sync', async () => {
    const client = clientOf(sandbox);
    harness = await syncHarness({ client: () => client, window: false, hub: { leaseMs: 300 } });
    const waiting = harness.start('full');
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(harness.runner.get(waiting.id)?.step).toBe('tasks.steps.syncWaitingForWindow');
    harness.openWindow();
    expect((await harness.finished(waiting.id)).status).toBe('succeeded');

    // A slow Apple keeps the sync going while the window disappears.
    sandbox.admin.setFaults('slow:ms=150');
    const cut = harness.start('full');
    await new Promise((resolve) => setTimeout(resolve, 100));
    harness.stopWindow();
    const ended = await harness.finished(cut.id);
    expect(ended.status).toBe('failed');
    expect(ended.error?.code).toBe('sync.windowClosed');
    sandbox.admin.setFaults('');

    // Nothing was lost: the next sync, with a window again, repairs everything.
    harness.openWindow();
    expect((await harness.sync('full')).status).toBe('succeeded');
    expect(await localAssignmentKeys(harness)).toEqual(assignmentKeysOf(sandbox));
  });

  it('is canceled at once, and the next sync is complete', async () => {
    sandbox.admin.setFaults('slow:ms=100');
    const client = clientOf(sandbox);
    harness = await syncHarness({ client: () => client });
    const task = harness.start('full');
    await new Promise((resolve) => setTimeout(resolve, 150));
    harness.runner.cancel(task.id);
    expect((await harness.finished(task.id)).status).toBe('cancelled');
    sandbox.admin.setFaults('');
    expect((await harness.sync('full')).status).toBe('succeeded');
    expect(await localAssignmentKeys(harness)).toEqual(assignmentKeysOf(sandbox));
  });
});

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PRODUCT_IDS } from '../../../electron/sandbox/seeds/regenboog-catalogue';
import type { RunningSandbox } from '../../../electron/sandbox/index';
import { startTestSandbox } from '../vpp/sandbox-fixture';
import {
  assignmentHarness,
  makeAvailable,
  registeredUsers,
  sandboxRequests,
} from './assignment-harness';

const ASSOCIATE = 'POST /assets/associate';
const DISASSOCIATE = 'POST /assets/disassociate';

/** A crash between sending and Apple's result is resolved by polling, never by sending twice. */
describe('a crash after sending, before the event’s result', () => {
  let sandbox: RunningSandbox;
  let harness: Awaited<ReturnType<typeof assignmentHarness>>;
  beforeEach(async () => {
    sandbox = await startTestSandbox({ log: () => undefined });
    harness = await assignmentHarness(sandbox);
  });
  afterEach(() => sandbox.close());

  it('polls the recorded event after the restart and reads the outcome from it', async () => {
    // Leesladder: 12 free licences in the demo seed, for a class of 30.
    const leesladder = { adamId: PRODUCT_IDS.leesladder, pricingParam: 'STDQ' as const };
    await makeAvailable(sandbox, harness.client, leesladder.adamId, 12);
    const pupils = await registeredUsers(harness.client, 30);
    sandbox.admin.resetStats();

    const crashed = await harness.assign(
      { operation: 'associate', assets: [leesladder], clientUserIds: pupils },
      { abortAfterEventRecorded: true },
    );
    expect(crashed.error?.message).toBe('simulated crash');
    expect(await sandboxRequests(sandbox, ASSOCIATE)).toBe(1);
    // On disk: the plan and Apple's eventId, no outcome yet.
    const file = JSON.parse(
      await readFile(join(harness.dataDir, 'assignments', `${crashed.batchId}.json`), 'utf8'),
    ) as { plan: { eventIds?: string[] }[]; outcome?: unknown };
    expect(file.plan).toHaveLength(1);
    expect(file.plan[0]!.eventIds).toHaveLength(1);
    expect(file.outcome).toBeUndefined();

    sandbox.admin.resetStats();
    const resumed = await harness.runBatch(crashed.batchId);
    expect(resumed.error).toBeUndefined();
    expect(await sandboxRequests(sandbox, ASSOCIATE)).toBe(0);
    expect(await sandboxRequests(sandbox, 'GET /status')).toBeGreaterThan(0);
    expect(resumed.result).toMatchObject({
      requested: 30,
      succeeded: 12,
      failed: 18,
      requests: 1,
      resumed: 1,
      reasons: '9709:18',
    });
    const failed = (await harness.batches.load(crashed.batchId))!.outcome!.failures;
    expect(failed.map((failure) => failure.clientUserId)).toEqual(pupils.slice(12));
    expect(resumed.steps[0]).toEqual({
      key: 'vpp.tasks.steps.resumingEvents',
      params: { count: 1 },
    });
  });

  it('sends after the restart only the requests that never got an eventId', async () => {
    const codeKids = { adamId: PRODUCT_IDS.codekids, pricingParam: 'STDQ' as const };
    const users = await registeredUsers(harness.client, 2500);
    sandbox.admin.addLicenses(codeKids.adamId, 2500);
    sandbox.admin.resetStats();

    const crashed = await harness.assign(
      { operation: 'associate', assets: [codeKids], clientUserIds: users },
      { abortAfterEventRecorded: true },
    );
    expect(crashed.error).toBeDefined();
    expect(await sandboxRequests(sandbox, ASSOCIATE)).toBe(1);
    const plan = (await harness.batches.load(crashed.batchId))!.plan!;
    expect(plan.map((request) => request.eventIds?.length ?? 0)).toEqual([1, 0, 0]);

    const resumed = await harness.runBatch(crashed.batchId);
    expect(await sandboxRequests(sandbox, ASSOCIATE)).toBe(3);
    expect(resumed.result).toEqual({
      requested: 2500,
      succeeded: 2500,
      failed: 0,
      requests: 3,
      resumed: 1,
    });
    const held = new Set(
      sandbox.admin.assignments('demo', { adamId: codeKids.adamId }).map((r) => r.clientUserId),
    );
    expect(users.every((id) => held.has(id))).toBe(true);
  });

  it('disassociates in the same way, and takes the licences back', async () => {
    const codeKids = { adamId: PRODUCT_IDS.codekids, pricingParam: 'STDQ' as const };
    const users = await registeredUsers(harness.client, 20);
    await makeAvailable(sandbox, harness.client, codeKids.adamId, 20);
    await harness.assign({ operation: 'associate', assets: [codeKids], clientUserIds: users });
    expect(sandbox.admin.assets().find((a) => a.adamId === codeKids.adamId)!.availableCount).toBe(
      0,
    );

    const crashed = await harness.assign(
      { operation: 'disassociate', assets: [codeKids], clientUserIds: users },
      { abortAfterEventRecorded: true },
    );
    expect(crashed.error).toBeDefined();
    const resumed = await harness.runBatch(crashed.batchId);
    expect(resumed.result).toEqual({
      requested: 20,
      succeeded: 20,
      failed: 0,
      requests: 1,
      resumed: 1,
    });
    expect(await sandboxRequests(sandbox, DISASSOCIATE)).toBe(1);
    expect(sandbox.admin.assets().find((a) => a.adamId === codeKids.adamId)!.availableCount).toBe(
      20,
    );
  });
});

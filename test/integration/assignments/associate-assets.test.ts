import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PRODUCT_IDS } from '../../../electron/sandbox/seeds/regenboog-catalogue';
import type { RunningSandbox } from '../../../electron/sandbox/index';
import { retryBatchOf } from '../../../electron/assignments/retry-failed';
import { startTestSandbox } from '../vpp/sandbox-fixture';
import {
  assignmentHarness,
  makeAvailable,
  registeredUsers,
  sandboxRequests,
  TOKEN_ID,
} from './assignment-harness';

const ASSOCIATE = 'POST /assets/associate';
const codeKids = { adamId: PRODUCT_IDS.codekids, pricingParam: 'STDQ' as const };

/** assets/associate through the assignment job, against the sandbox over HTTP. */
describe('associating licences in batches within Apple’s limits', () => {
  let sandbox: RunningSandbox;
  let harness: Awaited<ReturnType<typeof assignmentHarness>>;
  beforeEach(async () => {
    sandbox = await startTestSandbox({ log: () => undefined });
    harness = await assignmentHarness(sandbox);
  });
  afterEach(() => sandbox.close());

  const holders = (adamId: string) =>
    new Set(sandbox.admin.assignments('demo', { adamId }).map((row) => row.clientUserId));

  it('assigns one app to 5,000 users in exactly ⌈5,000 ÷ maxClientUserIds⌉ requests', async () => {
    const { maxClientUserIds } = await harness.client.limits();
    const users = await registeredUsers(harness.client, 5000);
    sandbox.admin.addLicenses(codeKids.adamId, 5000);
    sandbox.admin.resetStats();

    const run = await harness.assign({
      operation: 'associate',
      assets: [codeKids],
      clientUserIds: users,
    });

    expect(run.error).toBeUndefined();
    const expectedRequests = Math.ceil(5000 / maxClientUserIds);
    expect(await sandboxRequests(sandbox, ASSOCIATE)).toBe(expectedRequests);
    expect(run.result).toEqual({
      requested: 5000,
      succeeded: 5000,
      failed: 0,
      requests: expectedRequests,
    });
    const held = holders(codeKids.adamId);
    expect(users.filter((id) => !held.has(id))).toEqual([]);
    expect(run.progress).toEqual({ done: 10_000, total: 10_000 });
    const batch = (await harness.batches.load(run.batchId))!;
    expect(batch.plan).toHaveLength(expectedRequests);
    expect(batch.plan!.every((request) => request.eventIds?.length === 1)).toBe(true);
    expect(batch.outcome?.failures).toEqual([]);
    expect(harness.syncsAsked).toEqual([TOKEN_ID]);
  });

  it('reads 9709 in the middle of a batch and 9609 per user, and lists who failed', async () => {
    const users = await registeredUsers(harness.client, 2500);
    const unknown = [randomUUID(), randomUUID(), randomUUID()];
    // The unknown users sit in the second request, where the licences run out.
    const ids = [...users.slice(0, 1200), ...unknown, ...users.slice(1200)];
    await makeAvailable(sandbox, harness.client, codeKids.adamId, 1500);
    sandbox.admin.resetStats();

    const run = await harness.assign({
      operation: 'associate',
      assets: [codeKids],
      clientUserIds: ids,
    });

    expect(run.error).toBeUndefined();
    expect(await sandboxRequests(sandbox, ASSOCIATE)).toBe(3);
    expect(run.result).toMatchObject({
      requested: 2503,
      succeeded: 1500,
      failed: 1003,
      requests: 3,
      reasons: '9709:1000 9609:3',
    });
    // Apple hands scarce licences out in request order: the last 1,000 users wait.
    const short = users.slice(1500);
    const expectedFailed = new Set([...unknown, ...short]);
    const listed = String(run.result!.failedIds).split(', ');
    expect(listed).toHaveLength(50);
    expect(listed.every((id) => expectedFailed.has(id))).toBe(true);

    const batch = (await harness.batches.load(run.batchId))!;
    const failures = batch.outcome!.failures;
    expect(failures).toHaveLength(1003);
    expect(failures.filter((f) => f.errorNumber === 9709).map((f) => f.clientUserId)).toEqual(
      short,
    );
    expect(
      failures
        .filter((f) => f.errorNumber === 9609)
        .map((f) => f.clientUserId)
        .sort(),
    ).toEqual([...unknown].sort());
    const held = holders(codeKids.adamId);
    expect(users.slice(0, 1500).every((id) => held.has(id))).toBe(true);
    expect(short.some((id) => held.has(id))).toBe(false);

    const refused = run.steps.filter((step) => step.key === 'vpp.tasks.steps.licensesRefused');
    expect(refused.map((step) => [step.params!.number, step.params!.count])).toEqual([
      [9709, 1000],
      [9609, 3],
    ]);
  });

  it('retries just the users that failed, once licences were bought', async () => {
    const users = await registeredUsers(harness.client, 40);
    const unknown = randomUUID();
    await makeAvailable(sandbox, harness.client, codeKids.adamId, 25);
    const first = await harness.assign({
      operation: 'associate',
      assets: [codeKids],
      clientUserIds: [...users, unknown],
    });
    expect(first.result).toMatchObject({ succeeded: 25, failed: 16, reasons: '9709:15 9609:1' });

    const batch = (await harness.batches.load(first.batchId))!;
    // Every failure by default; only those Apple can now serve when asked for 9709.
    expect(retryBatchOf(batch)?.clientUserIds).toEqual([...users.slice(25), unknown]);
    sandbox.admin.addLicenses(codeKids.adamId, 15);
    sandbox.admin.resetStats();
    const retryId = (await harness.saveRetry(first.batchId, { errorNumbers: [9709] }))!;
    const retry = (await harness.batches.load(retryId))!;
    expect(retry).toMatchObject({
      operation: 'associate',
      tokenId: TOKEN_ID,
      assets: [codeKids],
      clientUserIds: users.slice(25),
      serialNumbers: [],
    });

    const again = await harness.runBatch(retryId);
    expect(again.result).toEqual({ requested: 15, succeeded: 15, failed: 0, requests: 1 });
    expect(await sandboxRequests(sandbox, ASSOCIATE)).toBe(1);
    const held = holders(codeKids.adamId);
    expect(users.every((id) => held.has(id))).toBe(true);
    // Nothing left to retry.
    expect(await harness.saveRetry(retryId)).toBeUndefined();
  });

  it('never sends a finished batch again (Run Again answers from the batch file)', async () => {
    const users = await registeredUsers(harness.client, 10);
    const first = await harness.assign({
      operation: 'associate',
      assets: [codeKids],
      clientUserIds: users,
    });
    sandbox.admin.resetStats();
    const again = await harness.runBatch(first.batchId);
    expect(again.result).toEqual(first.result);
    expect(await sandboxRequests(sandbox, ASSOCIATE)).toBe(0);
  });

  it('fails in plain words when Apple gave nobody a licence', async () => {
    const users = await registeredUsers(harness.client, 5);
    await makeAvailable(sandbox, harness.client, codeKids.adamId, 0);
    const run = await harness.assign({
      operation: 'associate',
      assets: [codeKids],
      clientUserIds: users,
    });
    expect(run.error).toMatchObject({ code: 'apple.9709', params: { number: 9709, count: 5 } });
    expect(run.error!.message).toMatch(/^Apple assigned none of the 5 licenses\. /);
    // The failures are kept all the same, for Retry.
    const batch = (await harness.batches.load(run.batchId))!;
    expect(retryBatchOf(batch)?.clientUserIds).toEqual(users);
  });

  it('sends devices in requests of maxSerialNumbers, apart from users', async () => {
    const { maxSerialNumbers } = await harness.client.limits();
    const serials = Array.from({ length: maxSerialNumbers + 5 }, (_, index) => `DMPX${index}`);
    const pages = { adamId: PRODUCT_IDS.pages, pricingParam: 'STDQ' as const };
    sandbox.admin.addLicenses(pages.adamId, serials.length);
    const users = await registeredUsers(harness.client, 3);
    sandbox.admin.addLicenses(pages.adamId, 3);
    sandbox.admin.resetStats();
    const run = await harness.assign({
      operation: 'associate',
      assets: [pages],
      clientUserIds: users,
      serialNumbers: serials,
    });
    expect(run.result).toEqual({
      requested: serials.length + 3,
      succeeded: serials.length + 3,
      failed: 0,
      requests: 3,
    });
    expect(await sandboxRequests(sandbox, ASSOCIATE)).toBe(3);
    const devices = sandbox.admin.assignments('demo', { adamId: pages.adamId });
    const held = new Set(devices.map((row) => row.serialNumber));
    expect(serials.every((serial) => held.has(serial))).toBe(true);
  });
});

import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { appleErrorSentence } from '../../../shared/apple-errors';
import type { RunningSandbox } from '../../../electron/sandbox/index';
import { startTestSandbox } from '../vpp/sandbox-fixture';
import {
  pupils,
  registrationHarness,
  TOKEN_ID,
  type RegistrationHarness,
} from './registration-harness';

/** users/create through the registration job, against the sandbox over HTTP. */
describe('registering users with Apple', () => {
  let sandbox: RunningSandbox;
  let harness: RegistrationHarness;
  beforeAll(async () => {
    sandbox = await startTestSandbox({ log: () => undefined });
  });
  afterAll(() => sandbox.close());
  beforeEach(async () => {
    sandbox.admin.resetStats();
    harness = await registrationHarness(sandbox);
  });
  afterEach(() => harness.close());

  const createRequests = () => sandbox.admin.stats().byEndpoint['POST /users/create'] ?? 0;
  const rowsOf = (clientUserId: string) => sandbox.admin.users('demo', { clientUserId });

  it('sends 250 users in exactly 3 requests of maxUsers (100), with the clientUserIds given', async () => {
    const users = pupils(250);
    const task = await harness.register(users);
    expect(task.status).toBe('succeeded');
    expect(task.result).toEqual({
      requested: 250,
      succeeded: 250,
      failed: 0,
      requests: 3,
      linked: 0,
    });
    expect(createRequests()).toBe(3);
    for (const user of users) {
      const rows = rowsOf(user.clientUserId);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ email: user.email, status: 'Registered' });
      expect(rows[0]!.inviteCode).toMatch(/^[0-9a-f]{32}$/);
    }
    // Apple's ids are the console's GUIDs, never an email address.
    const ids = sandbox.admin.users('demo').map((row) => row.clientUserId);
    expect(ids.filter((id) => id.includes('@'))).toEqual([]);
    expect(task.progress).toEqual({ done: 500, total: 500 });
    expect(task.steps?.map((step) => step.key)).toEqual([
      'vpp.tasks.steps.registering',
      'vpp.tasks.steps.registering',
      'vpp.tasks.steps.registering',
      'vpp.tasks.steps.waitingForApple',
    ]);
    expect(task.steps?.[2]?.params).toEqual({ done: 200, total: 250 });
    expect(harness.syncsAsked).toEqual([TOKEN_ID]);
  });

  it('links instead of creating twice when the same batch runs again (Apple’s 9716)', async () => {
    const users = pupils(120);
    const first = await harness.register(users);
    expect(first.result).toMatchObject({ succeeded: 120, linked: 0 });
    const again = await harness.runAgain(first);
    expect(again.status).toBe('succeeded');
    expect(again.result).toEqual({
      requested: 120,
      succeeded: 120,
      failed: 0,
      requests: 2,
      linked: 120,
    });
    expect(createRequests()).toBe(4);
    for (const user of users) expect(rowsOf(user.clientUserId)).toHaveLength(1);
  });

  it('registers users with a Managed Apple ID as Associated at once, with an idHash', async () => {
    const managed = [
      {
        clientUserId: randomUUID(),
        email: 'sara@regenboog.example',
        managedAppleId: 'sara@appleid.regenboog.example',
      },
      { clientUserId: randomUUID(), managedAppleId: 'daan@appleid.regenboog.example' },
    ];
    const invited = pupils(1);
    const task = await harness.register([...managed, ...invited]);
    expect(task.result).toMatchObject({ requested: 3, succeeded: 3, failed: 0 });
    for (const user of managed) {
      const { users } = await harness.client.getUsers({ clientUserId: user.clientUserId });
      expect(users).toEqual([
        expect.objectContaining({ status: 'Associated', idHash: expect.stringMatching(/=$/) }),
      ]);
      expect(users[0]!.inviteCode).toBeUndefined();
    }
    const { users } = await harness.client.getUsers({ clientUserId: invited[0]!.clientUserId });
    expect(users[0]).toMatchObject({ status: 'Registered', inviteCode: expect.any(String) });
  });

  it('refuses a bad email address per user, and registers everyone else', async () => {
    const good = pupils(5);
    const noAt = { clientUserId: randomUUID(), email: 'kees-at-school' };
    // Shaped like an address, so it goes to Apple, which refuses its whole request (9717).
    const noDot = { clientUserId: randomUUID(), email: 'kees@school' };
    const task = await harness.register([...good, noAt, noDot]);
    expect(task.status).toBe('succeeded');
    expect(task.result).toMatchObject({ requested: 7, succeeded: 5, failed: 2, reasons: '9717:2' });
    expect(String(task.result!.refusedUsers).split(', ').sort()).toEqual(
      [noAt.clientUserId, noDot.clientUserId].sort(),
    );
    // 6 sent as one request, refused; halves of 3 (taken) and 3 (refused); then 2 and 1.
    expect(task.result!.requests).toBe(5);
    for (const user of good) expect(rowsOf(user.clientUserId)).toHaveLength(1);
    expect(rowsOf(noDot.clientUserId)).toEqual([]);
    const refusedStep = task.steps!.find((step) => step.key === 'vpp.tasks.steps.refused');
    expect(refusedStep?.params).toMatchObject({ count: 2, number: 9717 });
  });

  it('reads per-user failures from the event: 9635 and 9641 for Managed Apple IDs', async () => {
    const taken = (await harness.client.getUsers({ activeOnly: true })).users.find(
      (user) => user.status === 'Associated',
    )!;
    const holder = sandbox.admin.users('demo', { clientUserId: taken.clientUserId })[0]!;
    const notAnAccount = { clientUserId: randomUUID(), managedAppleId: 'not an account' };
    const alreadyLinked = { clientUserId: randomUUID(), managedAppleId: holder.appleAccount! };
    const fine = pupils(2);
    const task = await harness.register([notAnAccount, alreadyLinked, ...fine]);
    expect(task.status).toBe('succeeded');
    expect(task.result).toMatchObject({ requested: 4, succeeded: 2, failed: 2, requests: 1 });
    expect(String(task.result!.reasons).split(' ').sort()).toEqual(['9635:1', '9641:1']);
  });

  it('fails in plain words only when Apple took nobody', async () => {
    const task = await harness.register([
      { clientUserId: randomUUID(), email: 'nobody' },
      { clientUserId: randomUUID(), email: 'no one@school.example' },
    ]);
    expect(task.status).toBe('failed');
    expect(task.error).toMatchObject({ code: 'apple.9717', params: { number: 9717, count: 2 } });
    expect(task.error!.message).toBe(
      `Apple registered none of the 2 users. ${appleErrorSentence(9717, 'en')}`,
    );
    expect(createRequests()).toBe(0);
    expect(harness.syncsAsked).toEqual([]);
  });

  it('says so when the batch’s list of users is gone, instead of sending nothing', async () => {
    const task = await harness.finished(
      harness.runner.start({
        id: randomUUID(),
        kind: 'vpp:registerUsers',
        params: {
          batchId: randomUUID(),
          tokenId: TOKEN_ID,
          tokenName: 'Demo',
          targetName: 'x',
          count: 1,
        },
      }).id,
    );
    expect(task.status).toBe('failed');
    expect(task.error?.code).toBe('registration.batchGone');
  });
});

describe('a token Apple refuses', () => {
  it('fails the task with Apple’s sentence and marks the token revoked', async () => {
    const sandbox = await startTestSandbox({ log: () => undefined });
    const harness = await registrationHarness(sandbox, 'revoked');
    try {
      const task = await harness.register(pupils(3));
      expect(task.status).toBe('failed');
      expect(task.error?.code).toBe('apple.9625');
      expect(harness.refused).toEqual([9625]);
      expect(harness.syncsAsked).toEqual([]);
    } finally {
      await harness.close();
      await sandbox.close();
    }
  });
});

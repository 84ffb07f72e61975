import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../../../electron/sandbox/index';
import { syncHarness, TOKEN_ID as SYNC_TOKEN_ID, type SyncHarness } from '../sync/sync-harness';
import { startTestSandbox } from '../vpp/sandbox-fixture';
import {
  pupils,
  registrationHarness,
  TOKEN_ID,
  type RegistrationHarness,
} from './registration-harness';

/**
 * What the window learns after a registration: the delta sync that follows it (the existing
 * sync path, writing into a real Dexie database) brings each user's status and inviteCode,
 * an invitation accepted on the sandbox's page, and a retirement.
 */
describe('registration, then the delta sync', () => {
  let sandbox: RunningSandbox;
  let harness: RegistrationHarness;
  let sync: SyncHarness;
  beforeAll(async () => {
    sandbox = await startTestSandbox({ log: () => undefined });
  });
  afterAll(() => sandbox.close());
  beforeEach(async () => {
    harness = await registrationHarness(sandbox);
    sync = await syncHarness({ client: () => harness.client });
    expect(SYNC_TOKEN_ID).toBe(TOKEN_ID);
    expect((await sync.sync('full')).status).toBe('succeeded');
  });
  afterEach(async () => {
    await harness.close();
    await sync.close();
  });

  const rowOf = (clientUserId: string) => sync.db.vppUsers.get([TOKEN_ID, clientUserId]);

  it('brings the new users’ inviteCode; an accepted invitation shows Associated', async () => {
    const users = pupils(3);
    expect((await harness.register(users)).status).toBe('succeeded');
    const delta = await sync.sync('delta');
    expect(delta.result).toMatchObject({ mode: 'delta', users: 3 });
    const before = await rowOf(users[0]!.clientUserId);
    expect(before).toMatchObject({ status: 'Registered', email: users[0]!.email });
    expect(before!.inviteCode).toMatch(/^[0-9a-f]{32}$/);

    // The link a mail carries (urls.invitationEmail with %25inviteCode%25), its page, its form.
    const url = await harness.client.invitationUrl(before!.inviteCode!);
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(`value="${before!.inviteCode}"`);
    const accepted = await fetch(new URL('/invite/accept', url), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        inviteCode: before!.inviteCode!,
        appleId: 'ouder1@icloud.example',
      }),
    });
    expect(accepted.status).toBe(200);

    const next = await sync.sync('delta');
    expect(next.result).toMatchObject({ mode: 'delta', users: 1 });
    const after = await rowOf(users[0]!.clientUserId);
    expect(after).toMatchObject({ status: 'Associated', idHash: expect.stringMatching(/=$/) });
    expect(after!.inviteCode).toBeUndefined();
    expect(after!.associatedAt).toBeTypeOf('number');
  });

  it('retires users; the next delta shows them Retired; Run Again counts them retired already', async () => {
    const users = pupils(4);
    await harness.register(users);
    await sync.sync('delta');
    const leaving = users.slice(0, 2).map((user) => user.clientUserId);
    sandbox.admin.resetStats();
    const retired = await harness.retire(leaving);
    expect(retired.status).toBe('succeeded');
    expect(retired.result).toEqual({
      requested: 2,
      succeeded: 2,
      failed: 0,
      requests: 1,
      alreadyRetired: 0,
    });
    expect(sandbox.admin.stats().byEndpoint['POST /users/retire']).toBe(1);
    expect(harness.syncsAsked).toEqual([TOKEN_ID, TOKEN_ID]);

    const delta = await sync.sync('delta');
    expect(delta.result).toMatchObject({ mode: 'delta', users: 2 });
    for (const clientUserId of leaving)
      expect(await rowOf(clientUserId)).toMatchObject({ status: 'Retired' });
    expect(await rowOf(users[2]!.clientUserId)).toMatchObject({ status: 'Registered' });

    const again = await harness.runAgain(retired);
    expect(again.status).toBe('succeeded');
    expect(again.result).toMatchObject({ succeeded: 2, failed: 0, alreadyRetired: 2 });
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ConsoleDatabase } from '../../../../renderer/db/database';
import type { InvitationRow, UserRow } from '../../../../renderer/db/types';
import {
  enableDistribution,
  planInvitations,
  registerAgain,
  removeFromProgram,
  sendInvitations,
} from '../../../../renderer/features/vpp/vpp-actions';
import { statesOfUsers } from '../../../../renderer/features/vpp/vpp-queries';
import { countStatuses } from '../../../../renderer/features/vpp/vpp-status';
import { startPendingInvitations } from '../../../../renderer/features/vpp/pending-invitations';
import { tokenRow } from '../support/vpp-rows';
import { createFakeMain } from '../support/fake-main';
import { freshDatabase } from '../support/render';

const TASK = {
  id: '00000000-0000-4000-8000-000000000001',
  kind: 'vpp:registerUsers' as const,
  params: {},
  status: 'queued' as const,
  progress: null,
  step: null,
  error: null,
  result: null,
  createdAt: 1,
  updatedAt: 1,
  finishedAt: null,
};

const token = { id: 't1', name: 'Hoofdgebouw', registerManagedAppleIds: true };

const user = (id: string, fullName: string, extra: Partial<UserRow> = {}) => ({
  id,
  fullName,
  shortName: id,
  groupIds: ['g1'],
  createdAt: 1,
  updatedAt: 1,
  ...extra,
});

const opened: ConsoleDatabase[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

const setUp = async () => {
  const db = freshDatabase();
  opened.push(db);
  const main = createFakeMain({
    'vppUsers:register': () => ({ task: TASK }),
    'vppUsers:retire': () => ({ task: { ...TASK, kind: 'vpp:retireUsers' } }),
    'invitations:send': (request) => ({
      task: { ...TASK, kind: 'mail:sendInvitations' },
      invitations: request.recipients.length,
    }),
  });
  await db.users.bulkAdd([
    user('sara', 'Sara de Boer', { email: 'sara@school.example' }),
    user('daan', 'Daan Visser', { email: 'Daan@School.example' }),
    user('zoe', 'Zoë Öztürk'),
    user('lotte', 'Lotte Smit', {
      email: 'lotte@school.example',
      managedAppleId: 'lotte@appleid.school.example',
    }),
  ]);
  // Apple already knows Daan (registered by another MDM), under an id of its own.
  await db.vppUsers.put({
    tokenId: 't1',
    clientUserId: 'legacy-417',
    email: 'daan@school.example',
    status: 'Registered',
    inviteCode: 'code417',
  });
  const users = (await db.users.toArray()) as UserRow[];
  return { db, main, users };
};

const invitation = (
  userId: string,
  state: InvitationRow['state'],
  clientUserId: string,
): InvitationRow => ({
  id: crypto.randomUUID(),
  batchId: crypto.randomUUID(),
  taskId: null,
  tokenId: 't1',
  userId,
  clientUserId,
  fullName: userId,
  email: `${userId}@school.example`,
  language: 'en',
  method: 'email',
  state,
  createdAt: 10,
  sentAt: state === 'sent' ? 20 : null,
  attempts: 1,
  lastAction: { kind: 'sent', at: 20 },
  error: null,
  messageId: '<x@vpp-console.local>',
});

describe('VPP managed distribution', () => {
  it('registers new users under random ids, links the ones Apple knows by email, and passes Managed Apple IDs', async () => {
    const { db, main, users } = await setUp();
    const outcome = await enableDistribution(db, main.api, token, users, 'Groep 7A');
    expect(outcome).toMatchObject({ linked: 1, registering: 3 });

    const register = main.calls.find((call) => call.channel === 'vppUsers:register')!;
    const request = register.request as {
      users: { clientUserId: string; email?: string; managedAppleId?: string }[];
    };
    expect(request.users).toHaveLength(3);
    for (const entry of request.users) {
      expect(entry.clientUserId).toMatch(/^[0-9a-f-]{36}$/);
      expect(entry.clientUserId).not.toContain('@');
    }
    expect(
      request.users.find((entry) => entry.email === 'lotte@school.example')?.managedAppleId,
    ).toBe('lotte@appleid.school.example');
    expect((await db.vppLinks.get(['daan', 't1']))?.clientUserId).toBe('legacy-417');

    // Saving again changes nothing and asks Apple for nothing.
    const again = await enableDistribution(db, main.api, token, users, 'Groep 7A');
    expect(again).toEqual({ linked: 0, registering: 0 });
    expect(main.calls.filter((call) => call.channel === 'vppUsers:register')).toHaveLength(1);
  });

  it('registers a Managed Apple ID like any user when the token invites everyone', async () => {
    const { db, main, users } = await setUp();
    await enableDistribution(
      db,
      main.api,
      { ...token, registerManagedAppleIds: false },
      users,
      'x',
    );
    const request = main.calls[0]!.request as { users: { managedAppleId?: string }[] };
    expect(request.users.every((entry) => entry.managedAppleId === undefined)).toBe(true);
  });

  it('follows each user from not invited to invited to enrolled, and counts a group', async () => {
    const { db, main, users } = await setUp();
    await enableDistribution(db, main.api, token, users, 'Groep 7A');
    const sara = await db.vppLinks.get(['sara', 't1']);
    // Before Apple's sync lists Sara, she is registering and can't be invited yet.
    let states = await statesOfUsers(db, token, users);
    const saraState = () => states.find((entry) => entry.user.id === 'sara')!.state;
    expect(saraState()).toMatchObject({ status: 'notInvited', registering: true });

    await db.vppUsers.put({
      tokenId: 't1',
      clientUserId: sara!.clientUserId,
      status: 'Registered',
      inviteCode: 'c1',
    });
    await db.invitations.put(invitation('sara', 'sent', sara!.clientUserId));
    states = await statesOfUsers(db, token, users);
    expect(saraState()).toMatchObject({ status: 'invited', at: 20, inviteCode: 'c1' });

    await db.vppUsers.put({
      tokenId: 't1',
      clientUserId: sara!.clientUserId,
      status: 'Associated',
      idHash: 'h',
      associatedAt: 30,
    });
    states = await statesOfUsers(db, token, users);
    expect(saraState()).toMatchObject({ status: 'enrolled', at: 30 });
    expect(countStatuses(states.map((entry) => entry.state))).toEqual({
      notInvited: 3,
      invited: 0,
      enrolled: 1,
      retired: 0,
    });
  });

  it('invites per the group’s choice, and says who can’t be invited yet', async () => {
    const { db, main, users } = await setUp();
    await enableDistribution(db, main.api, token, users, 'Groep 7A');
    const zoe = await db.vppLinks.get(['zoe', 't1']);
    const sara = await db.vppLinks.get(['sara', 't1']);
    await db.vppUsers.bulkPut([
      { tokenId: 't1', clientUserId: zoe!.clientUserId, status: 'Registered', inviteCode: 'cz' },
      { tokenId: 't1', clientUserId: sara!.clientUserId, status: 'Registered', inviteCode: 'cs' },
    ]);
    await db.invitations.put(invitation('sara', 'sent', sara!.clientUserId));
    const members = await statesOfUsers(db, token, users);

    const fresh = planInvitations(members, 'notPreviouslyInvited');
    // Daan (Apple's code, with email) is invited; Zoë has no email; Lotte has a Managed Apple ID.
    expect(fresh.recipients.map((entry) => entry.user.id)).toEqual(['daan']);
    expect(fresh.blocked.map((entry) => [entry.member.user.id, entry.reason])).toEqual([
      ['zoe', 'noEmail'],
    ]);

    const notEnrolled = planInvitations(members, 'notYetEnrolled');
    expect(notEnrolled.recipients.map((entry) => entry.user.id).sort()).toEqual(['daan', 'sara']);

    await sendInvitations(main.api, token, notEnrolled.recipients, 'nl', 'Groep 7A');
    const sent = main.calls.find((call) => call.channel === 'invitations:send')!.request as {
      recipients: { userId: string; inviteCode: string; language: string; clientUserId: string }[];
    };
    expect(sent.recipients.find((entry) => entry.userId === 'daan')).toMatchObject({
      inviteCode: 'code417',
      clientUserId: 'legacy-417',
      language: 'nl',
    });
  });

  it('removes from the program and registers again under a new id', async () => {
    const { db, main, users } = await setUp();
    await enableDistribution(db, main.api, token, users, 'Groep 7A');
    const members = await statesOfUsers(db, token, users);
    const sara = members.find((entry) => entry.user.id === 'sara')!;
    const oldId = sara.link!.clientUserId;

    await registerAgain(db, main.api, token, sara);
    const link = await db.vppLinks.get(['sara', 't1']);
    expect(link?.clientUserId).not.toBe(oldId);
    expect(link?.previousClientUserIds).toEqual([oldId]);
    const retire = main.calls.filter((call) => call.channel === 'vppUsers:retire');
    expect(
      retire.map((call) => (call.request as { clientUserIds: string[] }).clientUserIds),
    ).toEqual([[oldId]]);

    const daan = members.find((entry) => entry.user.id === 'daan')!;
    await removeFromProgram(db, main.api, token, [daan], 'Daan Visser');
    const after = await statesOfUsers(db, token, [daan.user]);
    expect(after[0]!.state).toMatchObject({ status: 'retired', enabled: false });
  });
});

describe('Register Again', () => {
  it('invites anew once the sync brings the new code, once across two windows', async () => {
    const { db, main, users } = await setUp();
    await db.tokens.put(tokenRow('t1', 'Hoofdgebouw'));
    await enableDistribution(db, main.api, token, users, 'Groep 7A');
    const sara = (await statesOfUsers(db, token, users)).find((entry) => entry.user.id === 'sara')!;
    await db.vppUsers.put({
      tokenId: 't1',
      clientUserId: sara.link!.clientUserId,
      status: 'Associated',
      associatedAt: 5,
    });
    await db.invitations.put(invitation('sara', 'sent', sara.link!.clientUserId));
    const enrolled = (await statesOfUsers(db, token, [sara.user]))[0]!;
    await registerAgain(db, main.api, token, enrolled);

    // Two windows watch; Apple's sync has not brought the new registration yet.
    const stops = [
      startPendingInvitations(db, main.api, () => 'en'),
      startPendingInvitations(db, main.api, () => 'en'),
    ];
    const sends = () => main.calls.filter((call) => call.channel === 'invitations:send');
    const again = (await statesOfUsers(db, token, [sara.user]))[0]!;
    expect(again.state).toMatchObject({ status: 'notInvited', registering: true });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(sends()).toHaveLength(0);

    // The sync brings the new id's code: one invitation goes out, to the new id.
    await db.transaction('rw', db.vppUsers, db.syncState, async () => {
      await db.vppUsers.put({
        tokenId: 't1',
        clientUserId: again.link!.clientUserId,
        status: 'Registered',
        inviteCode: 'fresh',
      });
      await db.syncState.put({ tokenId: 't1', versions: {}, driftedAssets: 0, syncedAt: 9 });
    });
    await vi.waitFor(() => expect(sends()).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(sends()).toHaveLength(1);
    const request = sends()[0]!.request as {
      recipients: { clientUserId: string; inviteCode: string }[];
    };
    expect(request.recipients).toEqual([
      expect.objectContaining({ clientUserId: again.link!.clientUserId, inviteCode: 'fresh' }),
    ]);
    expect((await db.vppLinks.get(['sara', 't1']))?.pendingInviteSince).toBeUndefined();
    for (const stop of stops) stop();
  });
});

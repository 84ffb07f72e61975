import type { InvitationRecipient } from '../../../shared/domain/invitations';
import type { RegistrationUser } from '../../../shared/domain/vpp-registration';
import type { ConsoleDatabase } from '../../db/database';
import type { TokenRow, UserRow, VppLinkRow } from '../../db/types';
import type { MainApi } from '../../services/main-api';
import { statesOfUsers, type UserWithState } from './vpp-queries';
import { inviteBlocker, isInvitee, type InviteAudience } from './vpp-status';

type Token = Pick<TokenRow, 'id' | 'name' | 'registerManagedAppleIds'>;

/** Apple asks for an id that is not the email: a random GUID per user and token. */
const newClientUserId = (): string => crypto.randomUUID();

const emailKey = (email: string | undefined) => email?.trim().toLowerCase() || undefined;

/**
 * Apple's active users under the token that no console user is linked to yet, by email: a
 * school that used another MDM (or this console on another computer) has them registered
 * already, and registering them again would make a second VPP user for the same person.
 */
const unlinkedAppleUsersByEmail = async (db: ConsoleDatabase, tokenId: string) => {
  const [vppUsers, links] = await Promise.all([
    db.vppUsers
      .where('[tokenId+clientUserId]')
      .between([tokenId, ''], [tokenId, '\uffff'])
      .toArray(),
    db.vppLinks.where('tokenId').equals(tokenId).toArray(),
  ]);
  const linked = new Set(
    links.flatMap((link) => [link.clientUserId, ...link.previousClientUserIds]),
  );
  const byEmail = new Map<string, string>();
  for (const vppUser of vppUsers) {
    const active = vppUser.status === 'Registered' || vppUser.status === 'Associated';
    const key = emailKey(vppUser.email);
    if (active && key && !linked.has(vppUser.clientUserId)) byEmail.set(key, vppUser.clientUserId);
  }
  return byEmail;
};

export interface EnableOutcome {
  /** Users linked to a VPP user Apple already had (found by sync). */
  linked: number;
  /** Users sent to Apple to be registered. */
  registering: number;
  /** The registration task, when there was anyone to register. */
  taskId?: string;
}

/**
 * Enable VPP Managed Distribution Services → Save: every user gets a link under the token —
 * to the VPP user Apple already has for them, or a new clientUserId that is stored before
 * Apple is asked (a retry repeats it) — and those new to Apple are registered as one task.
 * Users already enabled are left as they are; removed ones come back with a new id.
 */
export const enableDistribution = async (
  db: ConsoleDatabase,
  api: MainApi,
  token: Token,
  users: readonly UserRow[],
  targetName: string,
): Promise<EnableOutcome> => {
  const existing = await statesOfUsers(db, token, users);
  const known = await unlinkedAppleUsersByEmail(db, token.id);
  const now = Date.now();
  const links: VppLinkRow[] = [];
  const toRegister: RegistrationUser[] = [];
  let linked = 0;
  for (const { user, link, state } of existing) {
    if (state.enabled) continue;
    const found = link ? undefined : known.get(emailKey(user.email) ?? '');
    if (found) {
      known.delete(emailKey(user.email)!);
      linked += 1;
      links.push({
        userId: user.id,
        tokenId: token.id,
        clientUserId: found,
        enabledAt: now,
        previousClientUserIds: [],
      });
      continue;
    }
    const clientUserId = newClientUserId();
    links.push({
      userId: user.id,
      tokenId: token.id,
      clientUserId,
      enabledAt: now,
      previousClientUserIds: link ? [link.clientUserId, ...link.previousClientUserIds] : [],
    });
    toRegister.push(registrationOf(user, clientUserId, token));
  }
  await db.vppLinks.bulkPut(links);
  if (toRegister.length === 0) return { linked, registering: 0 };
  const { task } = await api.invoke('vppUsers:register', {
    tokenId: token.id,
    users: toRegister,
    targetName,
  });
  return { linked, registering: toRegister.length, taskId: task.id };
};

const registrationOf = (user: UserRow, clientUserId: string, token: Token): RegistrationUser => ({
  clientUserId,
  ...(user.email ? { email: user.email } : {}),
  ...(token.registerManagedAppleIds && user.managedAppleId
    ? { managedAppleId: user.managedAppleId }
    : {}),
});

/** Who "Send email invitation" reaches, and who it would but can't yet (and why). */
export interface InvitationPlan {
  recipients: UserWithState[];
  blocked: { member: UserWithState; reason: 'noEmail' | 'notRegisteredYet' }[];
}

export const planInvitations = (
  members: readonly UserWithState[],
  audience: InviteAudience,
): InvitationPlan => {
  const plan: InvitationPlan = { recipients: [], blocked: [] };
  for (const member of members) {
    if (!isInvitee(member.state, audience)) continue;
    const reason = inviteBlocker(member.user, member.state);
    if (reason) plan.blocked.push({ member, reason });
    else plan.recipients.push(member);
  }
  return plan;
};

/** Sends the invitations as one mail batch (main records each before it is sent). */
export const sendInvitations = async (
  api: MainApi,
  token: Token,
  recipients: readonly UserWithState[],
  consoleLanguage: 'en' | 'nl',
  targetName: string,
) => {
  const list: InvitationRecipient[] = recipients.map(({ user, link, state }) => ({
    userId: user.id,
    clientUserId: link!.clientUserId,
    fullName: user.fullName,
    email: user.email!,
    language: user.language ?? consoleLanguage,
    inviteCode: state.inviteCode!,
  }));
  return api.invoke('invitations:send', { tokenId: token.id, recipients: list, targetName });
};

/**
 * Remove from Program: retires the users at Apple (their app licences come back; books stay
 * with them) and marks their links removed, so the console no longer counts them as enabled.
 */
export const removeFromProgram = async (
  db: ConsoleDatabase,
  api: MainApi,
  token: Token,
  members: readonly UserWithState[],
  targetName: string,
) => {
  const links = members.flatMap(({ link }) => (link && !link.removedAt ? [link] : []));
  if (links.length === 0) return undefined;
  const { task } = await api.invoke('vppUsers:retire', {
    tokenId: token.id,
    clientUserIds: links.map((link) => link.clientUserId),
    targetName,
  });
  const removedAt = Date.now();
  await db.vppLinks.bulkPut(links.map((link) => ({ ...link, removedAt })));
  return task.id;
};

/**
 * Register again (Jamf's "Redoing registration for an unintended Apple ID"): the user accepted
 * with the wrong Apple Account. Retire the VPP user, register a new clientUserId, and invite
 * anew: the invitation goes out by itself as soon as Apple's sync brings the new code.
 */
export const registerAgain = async (
  db: ConsoleDatabase,
  api: MainApi,
  token: Token,
  member: UserWithState,
) => {
  const { user, link } = member;
  if (!link) return;
  await api.invoke('vppUsers:retire', {
    tokenId: token.id,
    clientUserIds: [link.clientUserId],
    targetName: user.fullName,
  });
  const clientUserId = newClientUserId();
  await db.vppLinks.put({
    userId: user.id,
    tokenId: token.id,
    clientUserId,
    enabledAt: Date.now(),
    previousClientUserIds: [link.clientUserId, ...link.previousClientUserIds],
    pendingInviteSince: Date.now(),
  });
  await api.invoke('vppUsers:register', {
    tokenId: token.id,
    users: [registrationOf(user, clientUserId, token)],
    targetName: user.fullName,
  });
};

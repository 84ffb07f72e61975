import type { InvitationRow, UserRow, VppLinkRow, VppUserRow } from '../../db/types';

/**
 * Where a user stands in VPP managed distribution under one token, in Profile Manager's words:
 * not invited, invited (with the date), enrolled (with the date Apple's sync first showed it),
 * or retired. "Enrolled" is only ever Apple's word, from the sync; the console's own records
 * (the link, the invitations) say the rest.
 */
export type VppStatus = 'notInvited' | 'invited' | 'enrolled' | 'retired';

export interface UserVppState {
  status: VppStatus;
  /** Distribution was enabled for the user (a link exists and was not removed). */
  enabled: boolean;
  /** Enabled, but Apple doesn't list the user yet: the registration or its sync is on its way. */
  registering: boolean;
  /** Apple's invitation code, once Apple has it registered and not yet associated. */
  inviteCode?: string;
  /** When the newest invitation was sent, or enrolment seen, or the user retired. */
  at?: number;
  /** The newest invitation of this user under this token. */
  invitation?: InvitationRow;
  /** A Managed Apple ID registers and enrolls without an invitation (per the token). */
  managed: boolean;
}

export interface VppFacts {
  user: Pick<UserRow, 'managedAppleId' | 'email'>;
  link?: VppLinkRow;
  vppUser?: VppUserRow;
  invitation?: InvitationRow;
  registerManagedAppleIds: boolean;
}

const INVITED_STATES = new Set(['queued', 'sending', 'sent']);

export const vppStateOf = ({
  user,
  link,
  vppUser,
  invitation,
  registerManagedAppleIds,
}: VppFacts): UserVppState => {
  const managed = registerManagedAppleIds && Boolean(user.managedAppleId);
  const enabled = Boolean(link && !link.removedAt);
  const base = { enabled, managed, invitation, registering: false };
  if (vppUser?.status === 'Associated') {
    return { ...base, status: 'enrolled', at: vppUser.associatedAt };
  }
  if (vppUser?.status === 'Retired' || vppUser?.status === 'Deleted' || link?.removedAt) {
    return { ...base, status: 'retired', at: link?.removedAt };
  }
  const registering = enabled && !vppUser;
  const inviteCode = vppUser?.status === 'Registered' ? vppUser.inviteCode : undefined;
  // An invitation counts once it is on its way (a failed or canceled one invited nobody), and
  // only for the registration it was sent for: Register Again starts over.
  const current = invitation?.clientUserId === link?.clientUserId ? invitation : undefined;
  if (enabled && current && INVITED_STATES.has(current.state)) {
    return {
      ...base,
      registering,
      inviteCode,
      status: 'invited',
      at: current.sentAt ?? current.createdAt,
    };
  }
  return { ...base, registering, inviteCode, status: 'notInvited' };
};

/** Profile Manager's choice for a group: whom "Send email invitation" reaches. */
export type InviteAudience = 'notPreviouslyInvited' | 'notYetEnrolled';

/** Whether this user gets an invitation when the admin sends to `audience`. */
export const isInvitee = (state: UserVppState, audience: InviteAudience): boolean => {
  if (!state.enabled || state.managed) return false;
  if (state.status === 'notInvited') return true;
  return audience === 'notYetEnrolled' && state.status === 'invited';
};

/** Why a user who should get an invitation can't get one yet, if so. */
export type InviteBlocker = 'noEmail' | 'notRegisteredYet';

export const inviteBlocker = (
  user: Pick<UserRow, 'email'>,
  state: UserVppState,
): InviteBlocker | undefined => {
  if (!state.inviteCode) return 'notRegisteredYet';
  if (!user.email) return 'noEmail';
  return undefined;
};

export interface StatusCounts {
  notInvited: number;
  invited: number;
  enrolled: number;
  retired: number;
}

export const countStatuses = (states: readonly UserVppState[]): StatusCounts => {
  const counts: StatusCounts = { notInvited: 0, invited: 0, enrolled: 0, retired: 0 };
  for (const state of states) counts[state.status] += 1;
  return counts;
};

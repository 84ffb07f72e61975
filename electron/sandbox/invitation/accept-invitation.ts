import { toResponseUser } from '../apple/response-user';
import { userAssociatedPayload } from '../notifications/payloads';
import { isEmailAddress } from '../state/ids';
import { linkAppleAccount } from '../state/user-operations';
import type { Location } from '../state/location';
import type { UserRecord } from '../state/user-store';
import type { SandboxWorld } from '../sandbox-world';

export type InvitationProblem =
  'unknownInvitation' | 'alreadyAccepted' | 'userRetired' | 'invalidAppleId' | 'accountInUse';

export class InvitationError extends Error {
  constructor(
    readonly problem: InvitationProblem,
    readonly httpStatus: number,
    message: string,
  ) {
    super(message);
    this.name = 'InvitationError';
  }
}

/** The user an invitation link belongs to, whatever its state. */
export const findInvitation = (
  world: SandboxWorld,
  inviteCode: string,
): { location: Location; user: UserRecord } | undefined => {
  for (const location of world.locations.values()) {
    const user = location.users.byInvite(inviteCode);
    if (user) return { location, user };
  }
  return undefined;
};

/** Why an invitation can't be accepted (any more), or undefined when it can. */
export const invitationProblem = (user: UserRecord | undefined): InvitationError | undefined => {
  if (!user)
    return new InvitationError('unknownInvitation', 404, 'This invitation link is not valid.');
  if (user.status === 'Retired')
    return new InvitationError('userRetired', 410, 'This invitation is no longer valid.');
  if (user.status === 'Associated')
    return new InvitationError('alreadyAccepted', 409, 'This invitation was already accepted.');
  return undefined;
};

/**
 * What the user's "Accept" does at Apple: links the Apple Account, so the user becomes
 * Associated with an idHash and the time is recorded, and USER_ASSOCIATED is sent. An account
 * already linked to another active user of the library is refused (Apple's 9641).
 */
export const acceptInvitation = (
  world: SandboxWorld,
  inviteCode: string,
  appleId: string,
): { location: Location; user: UserRecord } => {
  const found = findInvitation(world, inviteCode);
  const problem = invitationProblem(found?.user);
  if (problem || !found) throw problem;
  const account = appleId.trim();
  if (!isEmailAddress(account))
    throw new InvitationError(
      'invalidAppleId',
      400,
      'Enter an Apple Account such as name@example.com.',
    );
  const { location, user } = found;
  const holder = location.users.activeWithAccount(account);
  if (holder && holder !== user)
    throw new InvitationError(
      'accountInUse',
      409,
      'This Apple Account is already associated with another user of this organization.',
    );
  location.mutate(() =>
    linkAppleAccount(location, user, account, { managed: false, at: world.now() }),
  );
  world.notifier.publish(location, 'USER_ASSOCIATED', () => [
    userAssociatedPayload(toResponseUser(user)),
  ]);
  return found;
};

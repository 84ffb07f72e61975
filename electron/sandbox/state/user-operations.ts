import { idHashFor, newInviteCode } from './ids';
import { releaseLicence } from './licence-operations';
import type { Location } from './location';
import type { UserRecord } from './user-store';

export const registerUser = (
  location: Location,
  user: { clientUserId: string; email?: string },
  at: Date,
  inviteCode: string = newInviteCode(),
): UserRecord => location.users.create({ ...user, inviteCode, createdAt: at });

/**
 * Links an Apple Account: the invitation accepted (personal account) or a managed Apple ID
 * given on create/update. The user becomes Associated with an idHash.
 */
export const linkAppleAccount = (
  location: Location,
  user: UserRecord,
  account: string,
  options: { managed: boolean; at: Date },
): void => {
  location.users.associate(user, {
    account,
    idHash: idHashFor(location.profile.uId, account),
    managed: options.managed,
    at: options.at,
  });
  location.assignments.touchHolder({ clientUserId: user.clientUserId });
};

/**
 * Retires a user as v1 documented: revocable licences go back to the pool; irrevocable ones
 * (books) stay with the user and count as retired licences.
 */
export const retireUser = (location: Location, user: UserRecord, at: Date): void => {
  const holder = { clientUserId: user.clientUserId };
  for (const assignment of location.assignments.heldBy(holder)) {
    if (assignment.heldByRetiredUser) continue;
    const asset = location.assets.get(assignment.adamId, assignment.pricingParam);
    if (!asset) continue;
    if (asset.revocable) {
      releaseLicence(location, asset, holder);
    } else {
      location.assignments.markHeldByRetiredUser(assignment);
      location.assets.adjust(asset, { assigned: -1, retired: 1 });
    }
  }
  location.users.retire(user, at);
  location.assignments.touchHolder(holder);
};

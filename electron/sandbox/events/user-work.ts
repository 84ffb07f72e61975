import { toResponseUser } from '../apple/response-user';
import { isEmailAddress } from '../state/ids';
import { linkAppleAccount, registerUser, retireUser } from '../state/user-operations';
import type { Location } from '../state/location';
import type { RequestUser } from '../apple/requests/manage-users-request';
import type { EventWork } from './event-engine';
import type { TaskTally } from './task-tally';

/**
 * Can this managed Apple ID be linked to `clientUserId`? 9635 when it isn't an account name at
 * all; 9641 when another active user already has it.
 */
const managedIdProblem = (
  location: Location,
  clientUserId: string,
  managedAppleId: string,
  tally: TaskTally,
): boolean => {
  if (!isEmailAddress(managedAppleId)) {
    tally.fail(9635, { clientUserIds: [clientUserId] });
    return true;
  }
  const holder = location.users.activeWithAccount(managedAppleId);
  if (holder && holder.clientUserId !== clientUserId) {
    tally.fail(9641, { clientUserIds: [clientUserId] });
    return true;
  }
  return false;
};

/**
 * users/create: a new Registered user with an inviteCode, or Associated at once when a managed
 * Apple ID is given. An existing active user with the same clientUserId is 9716.
 */
export const createUsersWork =
  (location: Location, users: RequestUser[], now: () => Date): EventWork =>
  (tally) => {
    for (const user of users) {
      if (location.users.active(user.clientUserId)) {
        tally.fail(9716, { clientUserIds: [user.clientUserId] });
        continue;
      }
      if (
        user.managedAppleId &&
        managedIdProblem(location, user.clientUserId, user.managedAppleId, tally)
      )
        continue;
      const record = registerUser(location, user, now());
      if (user.managedAppleId)
        linkAppleAccount(location, record, user.managedAppleId, { managed: true, at: now() });
      tally.complete();
      tally.listUser(toResponseUser(record));
    }
  };

/** users/update: changes the email and/or managed Apple ID of active users (9609 if none). */
export const updateUsersWork =
  (location: Location, users: RequestUser[], now: () => Date): EventWork =>
  (tally) => {
    for (const user of users) {
      const record = location.users.active(user.clientUserId);
      if (!record) {
        tally.fail(9609, { clientUserIds: [user.clientUserId] });
        continue;
      }
      if (
        user.managedAppleId &&
        managedIdProblem(location, user.clientUserId, user.managedAppleId, tally)
      )
        continue;
      if (user.email !== undefined && user.email !== record.email)
        location.users.setEmail(record, user.email);
      if (user.managedAppleId && user.managedAppleId !== record.appleAccount)
        linkAppleAccount(location, record, user.managedAppleId, { managed: true, at: now() });
      tally.complete();
      tally.listUser(toResponseUser(record));
    }
  };

/** users/retire: the active row becomes Retired (9609 if there is none). */
export const retireUsersWork =
  (location: Location, users: RequestUser[], now: () => Date): EventWork =>
  (tally) => {
    for (const { clientUserId } of users) {
      const record = location.users.active(clientUserId);
      if (!record) {
        tally.fail(9609, { clientUserIds: [clientUserId] });
        continue;
      }
      retireUser(location, record, now());
      tally.complete();
      tally.listUser(toResponseUser(record));
    }
  };

import type { RegistrationUser } from '../../shared/domain/vpp-registration';
import type { RequestUser } from '../vpp/types';
import type { RegistrationOperation } from './registration-batch-store';

/** Apple's numbers for what the console refuses before sending (§5: 9715 duplicate, 9717 email). */
export const DUPLICATE_USER_ERROR = 9715;
export const INVALID_EMAIL_ERROR = 9717;

/**
 * Apple refuses a whole users/create request (400, 9717) for one bad address, so what can't
 * be an address at all (no @, spaces) stays behind here, one user each. Loose on purpose:
 * Apple's own rule is unwritten, and an address it refuses is found by splitting the request
 * (submit-user-batches.ts), never by refusing one Apple would take.
 */
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+$/;
export const looksLikeEmail = (value: string): boolean =>
  value.length <= 254 && EMAIL_SHAPE.test(value);

export interface RegistrationPlan {
  /** Distinct users, in the order given, as Apple gets them. */
  send: RequestUser[];
  /** Users refused before anything is sent: clientUserId → Apple's number for the reason. */
  refused: Map<string, number>;
  /** Distinct clientUserIds asked for. */
  requested: number;
}

const cleaned = (value: string | undefined): string | undefined => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
};

const requestUserOf = (user: RegistrationUser, operation: RegistrationOperation): RequestUser => {
  if (operation === 'retire') return { clientUserId: user.clientUserId };
  const email = cleaned(user.email);
  const managedAppleId = cleaned(user.managedAppleId);
  return {
    clientUserId: user.clientUserId,
    ...(email ? { email } : {}),
    ...(managedAppleId ? { managedAppleId } : {}),
  };
};

const sameUser = (a: RequestUser, b: RequestUser) =>
  a.email === b.email && a.managedAppleId === b.managedAppleId;

/**
 * What to send: each clientUserId once (the same entry twice is one user; two different entries
 * for one id are refused, as Apple would with 9715, since nobody can tell which is meant), and
 * no user whose email address can't be one.
 */
export const planRegistration = (
  users: readonly RegistrationUser[],
  operation: RegistrationOperation,
): RegistrationPlan => {
  const byId = new Map<string, RequestUser>();
  const refused = new Map<string, number>();
  for (const user of users) {
    const request = requestUserOf(user, operation);
    const known = byId.get(request.clientUserId);
    if (!known) byId.set(request.clientUserId, request);
    else if (!sameUser(known, request)) refused.set(request.clientUserId, DUPLICATE_USER_ERROR);
  }
  for (const [clientUserId, user] of byId) {
    if (user.email !== undefined && !looksLikeEmail(user.email))
      refused.set(clientUserId, INVALID_EMAIL_ERROR);
  }
  return {
    send: [...byId.values()].filter((user) => !refused.has(user.clientUserId)),
    refused,
    requested: byId.size,
  };
};

import { AppleError } from '../error-catalogue';
import { isEmailAddress } from '../../state/ids';
import { asObject, hasDuplicates, optionalString } from './body-fields';
import type { ServiceLimits } from '../service-limits';

/** `RequestUser` after validation. */
export interface RequestUser {
  clientUserId: string;
  email?: string;
  managedAppleId?: string;
}

const parseUser = (value: unknown, checkEmail: boolean): RequestUser => {
  const fields = asObject(value);
  const { clientUserId } = fields;
  if (typeof clientUserId !== 'string' || clientUserId.length === 0) throw new AppleError(9602);
  const email = optionalString(fields.email);
  const managedAppleId = optionalString(fields.managedAppleId);
  if (checkEmail && email !== undefined && !isEmailAddress(email)) throw new AppleError(9717);
  return {
    clientUserId,
    ...(email !== undefined ? { email } : {}),
    ...(managedAppleId !== undefined ? { managedAppleId } : {}),
  };
};

/**
 * `ManageUsersRequest` of users/create, users/update and users/retire with Apple's synchronous
 * checks (9720, 9714, 9715, 9717). Retire needs only `clientUserId`; other fields are ignored.
 */
export const parseManageUsersRequest = (
  body: unknown,
  limits: ServiceLimits,
  operation: 'create' | 'update' | 'retire',
): RequestUser[] => {
  const fields = asObject(body);
  if (fields.users === undefined || fields.users === null) throw new AppleError(9720);
  if (!Array.isArray(fields.users)) throw new AppleError(9602);
  if (fields.users.length === 0) throw new AppleError(9720);
  if (fields.users.length > limits.maxUsers) throw new AppleError(9714);
  const users = fields.users.map((user) => parseUser(user, operation !== 'retire'));
  if (hasDuplicates(users.map((user) => user.clientUserId))) throw new AppleError(9715);
  return operation === 'retire' ? users.map(({ clientUserId }) => ({ clientUserId })) : users;
};

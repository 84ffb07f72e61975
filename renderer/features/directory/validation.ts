import { isEmail, isShortName } from '../import/field-checks';
import type { DeviceFields } from '../../db/repositories/directory-devices';
import type { UserFields } from '../../db/repositories/directory-users';

/**
 * What a directory form checks before Save, as keys of `directory.problems` (the form says
 * them in plain words). Uniqueness needs the database, so the writers check that in their
 * transaction and the form shows their refusal on the same field.
 */
export type Problem =
  | 'fullNameMissing'
  | 'shortNameMissing'
  | 'shortNameCharacters'
  | 'emailInvalid'
  | 'managedAppleIdInvalid'
  | 'nameMissing';

export type Problems<Field extends string> = Partial<Record<Field, Problem>>;

export const userProblems = (user: UserFields): Problems<keyof UserFields> => {
  const problems: Problems<keyof UserFields> = {};
  if (!user.fullName.trim()) problems.fullName = 'fullNameMissing';
  const shortName = user.shortName.trim();
  if (!shortName) problems.shortName = 'shortNameMissing';
  else if (!isShortName(shortName)) problems.shortName = 'shortNameCharacters';
  const email = user.email?.trim();
  if (email && !isEmail(email)) problems.email = 'emailInvalid';
  const managedAppleId = user.managedAppleId?.trim();
  if (managedAppleId && !isEmail(managedAppleId)) problems.managedAppleId = 'managedAppleIdInvalid';
  return problems;
};

export const deviceProblems = (device: DeviceFields): Problems<keyof DeviceFields> =>
  device.name.trim() ? {} : { name: 'nameMissing' };

export const groupProblems = (group: { name: string }): Problems<'name'> =>
  group.name.trim() ? {} : { name: 'nameMissing' };

/** Text compared as the database will keep it: trimmed. */
export const sameText = (a: string | undefined, b: string | undefined) =>
  (a ?? '').trim() === (b ?? '').trim();

/** Lists of ids compared as sets: the order of a user's groups means nothing. */
export const sameIds = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id) => b.includes(id));

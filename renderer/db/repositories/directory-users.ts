import type { ConsoleDatabase } from '../database';
import type { UserRow } from '../types';
import {
  DirectoryConflict,
  DirectoryRecordGone,
  optionalText,
  withoutAbsent,
} from './directory-conflicts';

/** What the admin edits of a user (Info tab), as the form hands it in. */
export interface UserFields {
  fullName: string;
  shortName: string;
  email?: string;
  managedAppleId?: string;
  notes?: string;
  language?: 'en' | 'nl';
  groupIds: string[];
}

const cleaned = (fields: UserFields): UserFields =>
  withoutAbsent({
    fullName: fields.fullName.trim(),
    shortName: fields.shortName.trim(),
    email: optionalText(fields.email),
    managedAppleId: optionalText(fields.managedAppleId),
    notes: optionalText(fields.notes),
    language: fields.language,
    groupIds: [...new Set(fields.groupIds)],
  });

/** Short names are unique without regard to case ("Sara" is "sara"), as on a Mac. */
const assertShortNameFree = async (db: ConsoleDatabase, shortName: string, selfId?: string) => {
  const owners = await db.users.where('shortName').equalsIgnoreCase(shortName).toArray();
  const other = owners.find((owner) => owner.id !== selfId);
  if (other) throw new DirectoryConflict('shortName', shortName, other.fullName);
};

/** Adds a user; refuses a short name another user has. Returns the new user's id. */
export const createUser = (db: ConsoleDatabase, fields: UserFields, now = Date.now()) =>
  db.transaction('rw', db.users, async () => {
    const user = cleaned(fields);
    await assertShortNameFree(db, user.shortName);
    const id = crypto.randomUUID();
    await db.users.add({ id, ...user, createdAt: now, updatedAt: now });
    return id;
  });

/** Saves the Info tab's fields over the user's; what the form does not edit stays. */
export const updateUser = (
  db: ConsoleDatabase,
  id: string,
  fields: UserFields,
  now = Date.now(),
): Promise<void> =>
  db.transaction('rw', db.users, async () => {
    const stored = await db.users.get(id);
    if (!stored) throw new DirectoryRecordGone(id);
    const user = cleaned(fields);
    await assertShortNameFree(db, user.shortName, id);
    const { email, managedAppleId, notes, language, ...kept } = stored;
    void [email, managedAppleId, notes, language];
    await db.users.put({ ...kept, ...user, updatedAt: now });
  });

/** What goes with a user when they are deleted, for the sheet that asks first. */
export interface UserDeletionImpact {
  groups: number;
  devices: number;
  /** Tokens under which the user is registered with Apple: that stays at Apple. */
  vppTokens: number;
}

export const userDeletionImpact = async (
  db: ConsoleDatabase,
  user: UserRow,
): Promise<UserDeletionImpact> => {
  const [devices, links] = await Promise.all([
    db.devices.where('userId').equals(user.id).count(),
    db.vppLinks.where('userId').equals(user.id).toArray(),
  ]);
  return {
    groups: user.groupIds.length,
    devices,
    vppTokens: links.filter((link) => link.removedAt === undefined).length,
  };
};

/**
 * Deletes a user in one transaction: their group memberships (kept on the user) go with them,
 * their devices stay and become unassigned, and this console forgets their VPP links. Nothing
 * is asked of Apple, so a registration there stays until it is retired.
 */
export const deleteUser = (db: ConsoleDatabase, id: string): Promise<void> =>
  db.transaction('rw', [db.users, db.devices, db.vppLinks, db.vppUsers], async () => {
    await db.devices
      .where('userId')
      .equals(id)
      .modify((device) => {
        delete device.userId;
      });
    await db.vppLinks.where('userId').equals(id).delete();
    await db.vppUsers
      .where('userId')
      .equals(id)
      .modify((vppUser) => {
        delete vppUser.userId;
      });
    await db.users.delete(id);
  });

/**
 * What + in Users makes: "New User" with a short name no one has ("newuser", "newuser2"…),
 * chosen in the same transaction as the write, so two quick clicks make two users.
 */
export const createUntitledUser = (db: ConsoleDatabase, fullName: string, shortNameBase: string) =>
  db.transaction('rw', db.users, async () =>
    createUser(db, { fullName, shortName: await freeShortName(db, shortNameBase), groupIds: [] }),
  );

/** A short name no user has yet: `base`, else `base2`, `base3`… */
const freeShortName = async (db: ConsoleDatabase, base: string): Promise<string> => {
  const taken = new Set(
    (await db.users.where('shortName').startsWithIgnoreCase(base).keys()).map((key) =>
      String(key).toLowerCase(),
    ),
  );
  let candidate = base;
  for (let number = 2; taken.has(candidate.toLowerCase()); number += 1) candidate = base + number;
  return candidate;
};

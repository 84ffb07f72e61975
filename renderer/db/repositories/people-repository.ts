import type { ConsoleDatabase } from '../database';
import type { DeviceRow, GroupRow, UserRow, VppUserRow } from '../types';

export const groupsOfUser = async (db: ConsoleDatabase, user: UserRow): Promise<GroupRow[]> => {
  const groups = await db.groups.bulkGet(user.groupIds);
  return groups.filter((group): group is GroupRow => group !== undefined);
};

export const membersOfGroup = (db: ConsoleDatabase, groupId: string): Promise<UserRow[]> =>
  db.users.where('groupIds').equals(groupId).sortBy('sortKey');

export const devicesOfUser = (db: ConsoleDatabase, userId: string): Promise<DeviceRow[]> =>
  db.devices.where('userId').equals(userId).sortBy('sortKey');

export const devicesOfGroup = (db: ConsoleDatabase, deviceGroupId: string) =>
  db.devices.where('deviceGroupIds').equals(deviceGroupId).sortBy('sortKey');

/** The user's entry in Apple's service: the active one if any, else the newest retired one. */
export const vppUserOf = async (
  db: ConsoleDatabase,
  user: UserRow,
): Promise<VppUserRow | undefined> => {
  if (!user.clientUserId) return undefined;
  const entries = await db.vppUsers.where('clientUserId').equals(user.clientUserId).toArray();
  return (
    entries.find((entry) => entry.status === 'Registered' || entry.status === 'Associated') ??
    entries[0]
  );
};

export const userById = async (db: ConsoleDatabase, userId: string | undefined) =>
  userId ? db.users.get(userId) : undefined;

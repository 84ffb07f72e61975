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

/** A group (of users or of devices) with how many members it has, for its list row. */
export type WithMemberCount<Group> = Group & { memberCount: number };

const withMemberCounts = async <Group extends { id: string }>(
  groups: (Group | undefined)[],
  countMembers: (groupId: string) => Promise<number>,
): Promise<(WithMemberCount<Group> | undefined)[]> =>
  Promise.all(
    groups.map(async (group) =>
      group ? { ...group, memberCount: await countMembers(group.id) } : undefined,
    ),
  );

/** The groups of these ids with their member counts, read from the users' group index. */
export const groupsWithMemberCounts = async (db: ConsoleDatabase, ids: string[]) =>
  withMemberCounts(await db.groups.bulkGet(ids), (id) =>
    db.users.where('groupIds').equals(id).count(),
  );

/** The device groups of these ids with their device counts. */
export const deviceGroupsWithMemberCounts = async (db: ConsoleDatabase, ids: string[]) =>
  withMemberCounts(await db.deviceGroups.bulkGet(ids), (id) =>
    db.devices.where('deviceGroupIds').equals(id).count(),
  );

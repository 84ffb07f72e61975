import type { ConsoleDatabase } from '../database';
import type { DeviceGroupRow, DeviceRow, GroupRow, UserRow, VppUserRow } from '../types';

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

/** A group with how many users are in it, for its list row. */
export type GroupWithCount = GroupRow & { memberCount: number };

/** The groups of these ids with their member counts, read from the users' group index. */
export const groupsWithMemberCounts = async (
  db: ConsoleDatabase,
  ids: string[],
): Promise<(GroupWithCount | undefined)[]> => {
  const groups = await db.groups.bulkGet(ids);
  return Promise.all(
    groups.map(async (group) =>
      group
        ? { ...group, memberCount: await db.users.where('groupIds').equals(group.id).count() }
        : undefined,
    ),
  );
};

export type DeviceGroupWithCount = DeviceGroupRow & { memberCount: number };

export const deviceGroupsWithMemberCounts = async (
  db: ConsoleDatabase,
  ids: string[],
): Promise<(DeviceGroupWithCount | undefined)[]> => {
  const groups = await db.deviceGroups.bulkGet(ids);
  return Promise.all(
    groups.map(async (group) =>
      group
        ? {
            ...group,
            memberCount: await db.devices.where('deviceGroupIds').equals(group.id).count(),
          }
        : undefined,
    ),
  );
};

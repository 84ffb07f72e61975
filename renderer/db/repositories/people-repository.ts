import type { ConsoleDatabase } from '../database';
import type { DeviceRow, GroupRow, UserRow, VppLinkRow, VppUserRow } from '../types';

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

/** The user's VPP managed distribution, one link per token (types.ts `VppLinkRow`). */
export const vppLinksOfUser = (db: ConsoleDatabase, userId: string): Promise<VppLinkRow[]> =>
  db.vppLinks.where('userId').equals(userId).toArray();

/** Every clientUserId the user has had under any token: the current ones and retired ones. */
export const clientUserIdsOfLinks = (links: readonly VppLinkRow[]): string[] =>
  links.flatMap((link) => [link.clientUserId, ...link.previousClientUserIds]);

/** The clientUserIds of these users (a user's own, or a group's members'), for their titles. */
export const clientUserIdsOfUsers = async (
  db: ConsoleDatabase,
  userIds: readonly string[],
): Promise<string[]> =>
  clientUserIdsOfLinks(await db.vppLinks.where('userId').anyOf(userIds).toArray());

/** The user's entry in Apple's service under a link's token: the current id's. */
export const vppUserOfLink = (
  db: ConsoleDatabase,
  link: Pick<VppLinkRow, 'tokenId' | 'clientUserId'>,
): Promise<VppUserRow | undefined> => db.vppUsers.get([link.tokenId, link.clientUserId]);

/** The console's users behind these clientUserIds (current or previous), by clientUserId. */
export const usersByClientUserId = async (
  db: ConsoleDatabase,
  clientUserIds: readonly string[],
): Promise<Map<string, UserRow>> => {
  const [current, previous] = await Promise.all([
    db.vppLinks.where('clientUserId').anyOf(clientUserIds).toArray(),
    db.vppLinks.where('previousClientUserIds').anyOf(clientUserIds).toArray(),
  ]);
  const links = [...current, ...previous];
  const users = await db.users.bulkGet([...new Set(links.map((link) => link.userId))]);
  const byId = new Map(users.flatMap((user) => (user ? [[user.id, user] as const] : [])));
  const wanted = new Set(clientUserIds);
  const result = new Map<string, UserRow>();
  for (const link of links) {
    const user = byId.get(link.userId);
    if (!user) continue;
    for (const id of clientUserIdsOfLinks([link])) if (wanted.has(id)) result.set(id, user);
  }
  return result;
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

/** A device with the full name of the user it is assigned to, for its row and the export. */
export type DeviceWithUser = DeviceRow & { userName?: string };

/** The devices of these ids, each with their user's name (one read for all their users). */
export const devicesWithUserNames = async (
  db: ConsoleDatabase,
  ids: string[],
): Promise<(DeviceWithUser | undefined)[]> => {
  const devices = await db.devices.bulkGet(ids);
  const userIds = [...new Set(devices.flatMap((device) => device?.userId ?? []))];
  const users = await db.users.bulkGet(userIds);
  const names = new Map(users.flatMap((user) => (user ? [[user.id, user.fullName] as const] : [])));
  return devices.map(
    (device) =>
      device && { ...device, userName: device.userId ? names.get(device.userId) : undefined },
  );
};

/** Every group's name by id (a school has tens or hundreds), for lists that name groups. */
export const groupNamesById = async (
  db: ConsoleDatabase,
  table: 'groups' | 'deviceGroups',
): Promise<Map<string, string>> =>
  new Map((await db[table].toArray()).map((group) => [group.id, group.name]));

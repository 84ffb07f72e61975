import type { ConsoleDatabase } from '../database';
import type { DevicePlatform } from '../types';
import { namedRowKeys } from './named-rows';

/**
 * The small filters beside each directory list's search field. Each narrows the searched keys
 * by an index where there is one (email, groups, assigned user, members), so a list of 50,000
 * still reads keys only; only the platform has no index and reads the device rows.
 */
export const USER_FILTERS = ['all', 'withoutEmail', 'inNoGroup'] as const;
export type UserFilter = (typeof USER_FILTERS)[number];

export const DEVICE_FILTERS = ['all', 'iOS', 'iPadOS', 'macOS', 'withoutUser'] as const;
export type DeviceFilter = (typeof DEVICE_FILTERS)[number];

export const GROUP_FILTERS = ['all', 'withoutMembers'] as const;
export type GroupFilter = (typeof GROUP_FILTERS)[number];

const without = (keys: string[], excluded: readonly string[]): string[] => {
  if (excluded.length === 0) return keys;
  const set = new Set(excluded);
  return keys.filter((key) => !set.has(key));
};

const only = (keys: string[], included: readonly string[]): string[] => {
  const set = new Set(included);
  return keys.filter((key) => set.has(key));
};

export const userKeys = async (
  db: ConsoleDatabase,
  search: string,
  filter: UserFilter,
): Promise<string[]> => {
  const keys = namedRowKeys(db.users, search);
  if (filter === 'withoutEmail')
    return without(await keys, await db.users.where('email').above('').primaryKeys());
  if (filter === 'inNoGroup')
    return without(await keys, await db.users.where('groupIds').above('').primaryKeys());
  return keys;
};

const isPlatform = (filter: DeviceFilter): filter is DevicePlatform =>
  filter === 'iOS' || filter === 'iPadOS' || filter === 'macOS';

export const deviceKeys = async (
  db: ConsoleDatabase,
  search: string,
  filter: DeviceFilter,
): Promise<string[]> => {
  const keys = namedRowKeys(db.devices, search);
  if (filter === 'withoutUser')
    return without(await keys, await db.devices.where('userId').above('').primaryKeys());
  if (isPlatform(filter))
    return only(
      await keys,
      await db.devices.filter((device) => device.platform === filter).primaryKeys(),
    );
  return keys;
};

/** Groups (of users) or device groups, the empty ones only when asked. */
export const groupKeys = async (
  db: ConsoleDatabase,
  table: 'groups' | 'deviceGroups',
  search: string,
  filter: GroupFilter,
): Promise<string[]> => {
  const keys = namedRowKeys(db[table], search);
  if (filter !== 'withoutMembers') return keys;
  // The members' group index, unique keys only: the ids of the groups that have members.
  const withMembers =
    table === 'groups'
      ? await db.users.orderBy('groupIds').uniqueKeys()
      : await db.devices.orderBy('deviceGroupIds').uniqueKeys();
  return without(await keys, withMembers.map(String));
};

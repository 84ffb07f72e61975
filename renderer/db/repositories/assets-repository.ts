import { Dexie } from 'dexie';
import type { ConsoleDatabase } from '../database';
import type { AssetRow, AssignmentRow, ProductType } from '../types';
import { narrowKeysBySearch } from './search-keys';

/** One string per asset, for selection and React keys. */
export const assetKeyOf = (asset: Pick<AssetRow, 'tokenId' | 'adamId' | 'pricingParam'>) =>
  `${asset.tokenId}|${asset.adamId}|${asset.pricingParam}`;

/** The primary key of an asset back from `assetKeyOf`. */
export const assetPrimaryKeyOf = (key: string) => key.split('|') as [string, string, string];

const bySortKey = (a: AssetRow, b: AssetRow) =>
  a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0;

/** Primary keys as `assetKeyOf` writes them (the key's parts are tokenId, adamId, pricingParam). */
const asAssetKeys = (keys: Promise<[string, string, string][]>) =>
  keys.then((primaryKeys) => primaryKeys.map((key) => key.join('|')));

/**
 * The keys (`assetKeyOf`) of the Apps or the Books list: one product type, sorted by title,
 * narrowed by the search. Only index keys are read; the view loads the rows it shows.
 */
export const assetKeys = (
  db: ConsoleDatabase,
  productType: ProductType,
  search: string,
): Promise<string[]> =>
  narrowKeysBySearch(
    asAssetKeys(
      db.assets
        .where('[productType+sortKey]')
        .between([productType, Dexie.minKey], [productType, Dexie.maxKey])
        .primaryKeys(),
    ),
    search,
    (word) => asAssetKeys(db.assets.where('searchWords').startsWith(word).primaryKeys()),
  );

export const assetsByKeys = (db: ConsoleDatabase, keys: string[]) =>
  db.assets.bulkGet(keys.map(assetPrimaryKeyOf));

export interface AssignedTitle {
  asset: AssetRow;
  /** How many of the people or devices asked about hold this title. */
  holders: number;
}

/** The titles of one product type held by any of these assignments, with their holder counts. */
const titlesOf = async (
  db: ConsoleDatabase,
  assignments: AssignmentRow[],
  productType: ProductType,
): Promise<AssignedTitle[]> => {
  const holders = new Map<string, number>();
  for (const assignment of assignments) {
    const key = assetKeyOf(assignment);
    holders.set(key, (holders.get(key) ?? 0) + 1);
  }
  const assets = await assetsByKeys(db, [...holders.keys()]);
  return assets
    .filter((asset): asset is AssetRow => asset?.productType === productType)
    .sort(bySortKey)
    .map((asset) => ({ asset, holders: holders.get(assetKeyOf(asset)) ?? 0 }));
};

/** Titles assigned to these VPP users (a user's, or a group's members'). */
export const titlesForUsers = async (
  db: ConsoleDatabase,
  clientUserIds: string[],
  productType: ProductType,
) => {
  if (clientUserIds.length === 0) return [];
  const assignments = await db.assignments.where('clientUserId').anyOf(clientUserIds).toArray();
  return titlesOf(db, assignments, productType);
};

/** Titles assigned to these serial numbers (a device's, or a device group's). */
export const titlesForSerials = async (db: ConsoleDatabase, serialNumbers: string[]) => {
  if (serialNumbers.length === 0) return [];
  const assignments = await db.assignments.where('serialNumber').anyOf(serialNumbers).toArray();
  return titlesOf(db, assignments, 'App');
};

export interface Holder {
  assignment: AssignmentRow;
  /** The user's full name or the device's name, when the console knows them. */
  name?: string;
}

/**
 * The first part of the primary key of every assignment of this title under its token
 * (`tokenId|adamId|pricingParam|`, then `u:clientUserId` or `d:serialNumber`). The closing `|`
 * keeps adamId 123 from matching 1234.
 */
export const assignmentKeyPrefixOf = (
  asset: Pick<AssetRow, 'tokenId' | 'adamId' | 'pricingParam'>,
) => `${assetKeyOf(asset)}|`;

/** Who holds a title: each assignment with the name of its user or device. */
export const holdersOfAsset = async (
  db: ConsoleDatabase,
  asset: Pick<AssetRow, 'tokenId' | 'adamId' | 'pricingParam'>,
): Promise<Holder[]> => {
  // One key range on the primary key: version 3 keeps no per-title index on assignments.
  const prefix = assignmentKeyPrefixOf(asset);
  const assignments = await db.assignments.where('id').between(prefix, `${prefix}\uffff`).toArray();
  const clientUserIds = assignments.flatMap((a) => (a.clientUserId ? [a.clientUserId] : []));
  const serials = assignments.flatMap((a) => (a.serialNumber ? [a.serialNumber] : []));
  const [users, devices] = await Promise.all([
    db.users.where('clientUserId').anyOf(clientUserIds).toArray(),
    db.devices.where('serialNumber').anyOf(serials).toArray(),
  ]);
  const userNames = new Map(users.map((user) => [user.clientUserId, user.fullName]));
  const deviceNames = new Map(devices.map((device) => [device.serialNumber, device.name]));
  return assignments
    .map((assignment) => ({
      assignment,
      name: assignment.clientUserId
        ? userNames.get(assignment.clientUserId)
        : deviceNames.get(assignment.serialNumber),
    }))
    .sort((a, b) => (a.name ?? '\uffff').localeCompare(b.name ?? '\uffff'));
};

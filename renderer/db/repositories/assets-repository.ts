import { usersByClientUserId } from './people-repository';
import { Dexie } from 'dexie';
import type { ConsoleDatabase } from '../database';
import { deviceHolder, holderParts, titleKeyOf, titleSetRange, userHolder } from '../license-sets';
import type { AssetRow, LicenseSetRow, ProductType } from '../types';
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

export const assetsByKeys = async (db: ConsoleDatabase, keys: string[]) =>
  withDrift(db, await db.assets.bulkGet(keys.map(assetPrimaryKeyOf)));

/** Every title of every token (the License Report), with its drift. */
export const allAssets = async (db: ConsoleDatabase) => withDrift(db, await db.assets.toArray());

/** The drift check's finding on each title, from its token's sync state (see SyncStateRow). */
const withDrift = async <Row extends AssetRow | undefined>(
  db: ConsoleDatabase,
  assets: Row[],
): Promise<Row[]> => {
  const tokenIds = [...new Set(assets.flatMap((asset) => (asset ? [asset.tokenId] : [])))];
  const states = await db.syncState.bulkGet(tokenIds);
  const drift = new Map(tokenIds.map((id, index) => [id, states[index]?.drift ?? {}]));
  return assets.map((asset) => {
    if (!asset) return asset;
    const local = drift.get(asset.tokenId)?.[titleKeyOf(asset)];
    return local === undefined ? asset : { ...asset, localAssignedCount: local };
  });
};

export interface AssignedTitle {
  asset: AssetRow;
  /** How many of the people or devices asked about hold this title. */
  holders: number;
}

/** The titles of one product type in these license sets, with how many of the holders asked. */
const titlesOf = async (
  db: ConsoleDatabase,
  sets: LicenseSetRow[],
  asked: ReadonlySet<string>,
  productType: ProductType,
): Promise<AssignedTitle[]> => {
  const holders = new Map<string, number>();
  for (const set of sets) {
    const key = assetKeyOf(set);
    const held = set.holders.reduce((sum, holder) => sum + (asked.has(holder) ? 1 : 0), 0);
    holders.set(key, (holders.get(key) ?? 0) + held);
  }
  const assets = await assetsByKeys(db, [...holders.keys()]);
  return assets
    .filter((asset): asset is AssetRow => asset?.productType === productType)
    .sort(bySortKey)
    .map((asset) => ({ asset, holders: holders.get(assetKeyOf(asset)) ?? 0 }));
};

const titlesHeldBy = async (db: ConsoleDatabase, holders: string[], productType: ProductType) => {
  if (holders.length === 0) return [];
  const sets = await db.licenseSets.where('holders').anyOf(holders).distinct().toArray();
  return titlesOf(db, sets, new Set(holders), productType);
};

/** Titles assigned to these VPP users (a user's, or a group's members'). */
export const titlesForUsers = (
  db: ConsoleDatabase,
  clientUserIds: string[],
  productType: ProductType,
) => titlesHeldBy(db, clientUserIds.map(userHolder), productType);

/** Titles assigned to these serial numbers (a device's, or a device group's). */
export const titlesForSerials = (db: ConsoleDatabase, serialNumbers: string[]) =>
  titlesHeldBy(db, serialNumbers.map(deviceHolder), 'App');

export interface Holder {
  /** `u:clientUserId` or `d:serialNumber`. */
  key: string;
  clientUserId?: string;
  serialNumber?: string;
  /** The user's full name or the device's name, when the console knows them. */
  name?: string;
}

/** Who holds a title: each holder with the name of its user or device. */
export const holdersOfAsset = async (
  db: ConsoleDatabase,
  asset: Pick<AssetRow, 'tokenId' | 'adamId' | 'pricingParam'>,
): Promise<Holder[]> => {
  // The title's shares are one key range (license-sets.ts).
  const [lower, upper] = titleSetRange(asset.tokenId, titleKeyOf(asset));
  const sets = await db.licenseSets.where(':id').between(lower, upper).toArray();
  const holders = sets.flatMap((set) => set.holders.map((key) => ({ key, ...holderParts(key) })));
  const clientUserIds = holders.flatMap((h) => (h.clientUserId ? [h.clientUserId] : []));
  const serials = holders.flatMap((h) => (h.serialNumber ? [h.serialNumber] : []));
  const [users, devices] = await Promise.all([
    usersByClientUserId(db, clientUserIds),
    db.devices.where('serialNumber').anyOf(serials).toArray(),
  ]);
  const userNames = new Map([...users].map(([id, user]) => [id, user.fullName]));
  const deviceNames = new Map(devices.map((device) => [device.serialNumber, device.name]));
  return holders
    .map((holder) => ({
      ...holder,
      name: holder.clientUserId
        ? userNames.get(holder.clientUserId)
        : deviceNames.get(holder.serialNumber),
    }))
    .sort((a, b) => (a.name ?? '\uffff').localeCompare(b.name ?? '\uffff'));
};

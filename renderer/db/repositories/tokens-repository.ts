import { Dexie } from 'dexie';
import type { ConsoleDatabase } from '../database';
import { tokenSetRange } from '../license-sets';
import type { TokenRow } from '../types';
import { foldText, matchesAllWords, queryWordsOf, searchWordsOf } from '../search-text';

/**
 * Tokens are few (one per location; a large trust has a few thousand), so the list sorts and
 * filters them in memory, the way the search field works elsewhere: every word typed must
 * begin a word of the name, the organization or the location. 3,000 tokens take a few ms.
 */
export const tokenIds = async (db: ConsoleDatabase, search: string): Promise<string[]> => {
  const words = queryWordsOf(search);
  const rows = (await db.tokens.toArray()).map((token) => ({
    id: token.id,
    sortKey: foldText(token.name),
    locationKey: foldText(token.locationName),
    matches:
      words.length === 0 ||
      matchesAllWords(searchWordsOf([token.name, token.orgName, token.locationName]), words),
  }));
  return rows
    .filter((row) => row.matches)
    .sort((a, b) => compare(a.sortKey, b.sortKey) || compare(a.locationKey, b.locationKey))
    .map((row) => row.id);
};

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export const tokensByIds = (db: ConsoleDatabase, ids: string[]) => db.tokens.bulkGet(ids);

export const tokenById = (db: ConsoleDatabase, id: string) => db.tokens.get(id);

/** Every token, for the health banner (a few thousand rows at most). */
export const allTokens = (db: ConsoleDatabase): Promise<TokenRow[]> => db.tokens.toArray();

/** One token's rows: assets by their `tokenId` index, the rest as ranges of their keys. */
const assetRange = (db: ConsoleDatabase, tokenId: string) =>
  db.assets.where('tokenId').equals(tokenId);

const vppUserRange = (db: ConsoleDatabase, tokenId: string) =>
  db.vppUsers.where(':id').between([tokenId, Dexie.minKey], [tokenId, Dexie.maxKey]);

/** A license set's key starts `${tokenId}|` (see license-sets.ts): one key range. */
const licenseSetRange = (db: ConsoleDatabase, tokenId: string) =>
  db.licenseSets.where(':id').between(...tokenSetRange(tokenId));

export interface TokenDataCounts {
  apps: number;
  books: number;
  assignments: number;
  vppUsers: number;
}

/** What deleting a token takes with it from this database (counted, not read, where it can). */
export const tokenDataCounts = async (
  db: ConsoleDatabase,
  tokenId: string,
): Promise<TokenDataCounts> => {
  let apps = 0;
  let books = 0;
  await assetRange(db, tokenId).each((asset) => {
    if (asset.productType === 'Book') books += 1;
    else apps += 1;
  });
  let assignments = 0;
  await licenseSetRange(db, tokenId).each((set) => (assignments += set.holders.length));
  const vppUsers = await vppUserRange(db, tokenId).count();
  return { apps, books, assignments, vppUsers };
};

const tokenTables = (db: ConsoleDatabase) =>
  [db.tokens, db.assets, db.licenseSets, db.vppUsers, db.syncState] as const;

/** Deletes a token and everything this database holds of it, in the caller's transaction. */
const deleteTokenData = async (db: ConsoleDatabase, tokenId: string) => {
  await Promise.all([
    assetRange(db, tokenId).delete(),
    licenseSetRange(db, tokenId).delete(),
    vppUserRange(db, tokenId).delete(),
    db.syncState.delete(tokenId),
    db.tokens.delete(tokenId),
  ]);
};

/** A token main no longer has: it goes with its apps, books, assignments, users and sync state. */
export const removeTokenData = (db: ConsoleDatabase, tokenId: string): Promise<void> =>
  db.transaction('rw', tokenTables(db), () => deleteTokenData(db, tokenId));

/**
 * Makes the database's tokens main's: every snapshot is stored, and a token main doesn't know
 * is removed with its data. One transaction, so no view sees half of it.
 */
export const reconcileTokens = (db: ConsoleDatabase, snapshots: TokenRow[]): Promise<void> =>
  db.transaction('rw', tokenTables(db), async () => {
    const known = new Set(snapshots.map((token) => token.id));
    const stale = (await db.tokens.toCollection().primaryKeys()).filter((id) => !known.has(id));
    await db.tokens.bulkPut(snapshots);
    for (const id of stale) await deleteTokenData(db, id);
  });

import type { ConsoleDatabase } from '../database';
import { foldText } from '../search-text';

/** Tokens are few (one per location), so they sort and filter in memory; the list takes ids. */
export const tokenIds = async (db: ConsoleDatabase, search: string): Promise<string[]> => {
  const query = foldText(search);
  const tokens = await db.tokens.toArray();
  return tokens
    .filter((token) => !query || foldText(`${token.orgName} ${token.location}`).includes(query))
    .sort((a, b) => a.orgName.localeCompare(b.orgName) || a.location.localeCompare(b.location))
    .map((token) => token.id);
};

export const tokensByIds = (db: ConsoleDatabase, ids: string[]) => db.tokens.bulkGet(ids);

export const tokenById = (db: ConsoleDatabase, id: string) => db.tokens.get(id);

import type { ConsoleDatabase } from '../database';
import { foldText } from '../search-text';
import type { TokenRow } from '../types';

/** Tokens are few (one per location), so they sort and filter in memory. */
export const listTokens = async (db: ConsoleDatabase, search: string): Promise<TokenRow[]> => {
  const query = foldText(search);
  const tokens = await db.tokens.toArray();
  return tokens
    .filter((token) => !query || foldText(`${token.orgName} ${token.location}`).includes(query))
    .sort((a, b) => a.orgName.localeCompare(b.orgName) || a.location.localeCompare(b.location));
};

export const tokenById = (db: ConsoleDatabase, id: string) => db.tokens.get(id);

import { useLiveQuery } from 'dexie-react-hooks';
import type { TokenRow } from '../../db/types';
import { useServices } from '../../services/console-services';

/**
 * Every content token by id, from one live query for the whole view: tokens are few (one per
 * location), so a list's rows take their token's name from here instead of a query per row.
 * undefined while the first query runs.
 */
export const useTokens = (): ReadonlyMap<string, TokenRow> | undefined => {
  const { db } = useServices();
  return useLiveQuery(
    async () => new Map((await db.tokens.toArray()).map((token) => [token.id, token] as const)),
    [db],
  );
};

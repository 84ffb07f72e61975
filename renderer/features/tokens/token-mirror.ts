import type { TokenSnapshot } from '../../../shared/domain/tokens';
import type { ConsoleDatabase } from '../../db/database';
import { reconcileTokens, removeTokenData } from '../../db/repositories/tokens-repository';

export interface TokenMirrorApi {
  invoke(channel: 'tokens:list'): Promise<TokenSnapshot[]>;
  on(event: 'tokens:changed', listener: (token: TokenSnapshot) => void): () => void;
  on(event: 'tokens:removed', listener: (removed: { id: string }) => void): () => void;
}

/**
 * Keeps `db.tokens` equal to main's tokens (main holds them; the database mirrors their
 * snapshots for the views). Subscribes before listing, so no change falls between the two;
 * then reconciles: every snapshot is stored, and a token main doesn't know goes with its data.
 * Writes run one after another in the order main sent them. Returns the unsubscribe.
 */
export const startTokenMirror = async (
  db: ConsoleDatabase,
  api: TokenMirrorApi,
): Promise<() => void> => {
  let writes: Promise<void> = Promise.resolve();
  const enqueue = (write: () => Promise<void>) => {
    writes = writes.then(write, write);
    return writes;
  };
  const unsubscribers = [
    api.on('tokens:changed', (token) => {
      void enqueue(async () => void (await db.tokens.put(token))).catch(() => undefined);
    }),
    api.on('tokens:removed', ({ id }) => {
      void enqueue(() => removeTokenData(db, id)).catch(() => undefined);
    }),
  ];
  const unsubscribe = () => unsubscribers.forEach((stop) => stop());
  try {
    const tokens = await api.invoke('tokens:list');
    await enqueue(() => reconcileTokens(db, tokens));
  } catch (error) {
    unsubscribe();
    throw error;
  }
  return unsubscribe;
};

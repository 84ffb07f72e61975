import type { InvitationPage, InvitationSnapshot } from '../../../shared/domain/invitations';
import type { ConsoleDatabase } from '../../db/database';

export interface InvitationMirrorApi {
  invoke(
    channel: 'invitations:list',
    request: { offset: number; limit: number },
  ): Promise<InvitationPage>;
  on(
    event: 'invitations:changed',
    listener: (payload: { invitations: InvitationSnapshot[] }) => void,
  ): () => void;
}

/** Main answers up to 5,000 a page; big pages keep a school's 50,000 to ten round trips. */
export const INVITATION_PAGE = 5_000;

/**
 * Keeps `db.invitations` in step with main's journal (main keeps the invitations; the views
 * read this mirror). Subscribes before listing, so no change falls between the two, and writes
 * pages and changes one after another in the order they arrive, which is the order main sent
 * them: a page never overwrites a change main made after answering it. Returns the unsubscribe.
 */
export const startInvitationMirror = async (
  db: ConsoleDatabase,
  api: InvitationMirrorApi,
): Promise<() => void> => {
  let writes: Promise<void> = Promise.resolve();
  const enqueue = (write: () => Promise<void>) => {
    writes = writes.then(write, write);
    return writes;
  };
  const unsubscribe = api.on('invitations:changed', ({ invitations }) => {
    void enqueue(() => putAll(db, invitations)).catch(() => undefined);
  });
  try {
    for (let offset = 0; ;) {
      const page = await api.invoke('invitations:list', { offset, limit: INVITATION_PAGE });
      await enqueue(() => putAll(db, page.items));
      offset += page.items.length;
      if (page.items.length === 0 || offset >= page.total) break;
    }
  } catch (error) {
    unsubscribe();
    throw error;
  }
  return unsubscribe;
};

const putAll = async (db: ConsoleDatabase, invitations: InvitationSnapshot[]) => {
  if (invitations.length > 0) await db.invitations.bulkPut(invitations);
};

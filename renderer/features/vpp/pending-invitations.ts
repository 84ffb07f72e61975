import { liveQuery } from 'dexie';
import type { ConsoleDatabase } from '../../db/database';
import type { TokenRow, VppLinkRow } from '../../db/types';
import type { MainApi } from '../../services/main-api';
import { statesOfUsers } from './vpp-queries';
import { sendInvitations } from './vpp-actions';

/**
 * Sends the invitations Register Again asked for once they can go: when Apple's sync has
 * brought the new registration's invitation code. Each link's request is taken (cleared) in a
 * transaction before its mail is asked for, so two windows never send it twice; a request
 * main refuses is put back, to be tried on the next change.
 */
export const startPendingInvitations = (
  db: ConsoleDatabase,
  api: MainApi,
  consoleLanguage: () => 'en' | 'nl',
): (() => void) => {
  let running = false;
  let again = false;
  const pass = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        const pending = await db.vppLinks.where('pendingInviteSince').above(0).toArray();
        for (const [tokenId, links] of groupByToken(pending)) {
          const token = await db.tokens.get(tokenId);
          if (token) await sendReady(db, api, token, links, consoleLanguage());
        }
      } while (again);
    } finally {
      running = false;
    }
  };
  const subscription = liveQuery(() =>
    db.vppLinks.where('pendingInviteSince').above(0).primaryKeys(),
  ).subscribe({ next: () => void pass().catch(() => undefined) });
  // A sync that brings the codes changes vppUsers, not the links: look again after each.
  const unsubscribeSync = liveQuery(() => db.syncState.toArray()).subscribe({
    next: () => void pass().catch(() => undefined),
  });
  return () => {
    subscription.unsubscribe();
    unsubscribeSync.unsubscribe();
  };
};

const groupByToken = (links: VppLinkRow[]) => {
  const byToken = new Map<string, VppLinkRow[]>();
  for (const link of links) byToken.set(link.tokenId, [...(byToken.get(link.tokenId) ?? []), link]);
  return byToken;
};

const sendReady = async (
  db: ConsoleDatabase,
  api: MainApi,
  token: TokenRow,
  links: VppLinkRow[],
  language: 'en' | 'nl',
) => {
  const users = (await db.users.bulkGet(links.map((link) => link.userId))).filter(
    (user) => user !== undefined,
  );
  const ready = (await statesOfUsers(db, token, users)).filter(
    ({ user, state }) => state.inviteCode && user.email && state.status === 'notInvited',
  );
  if (ready.length === 0) return;
  const taken = await db.transaction('rw', db.vppLinks, async () => {
    const current = await db.vppLinks.bulkGet(ready.map(({ link }) => [link!.userId, token.id]));
    const still = ready.filter((_, index) => current[index]?.pendingInviteSince !== undefined);
    for (const { link } of still)
      await db.vppLinks.update([link!.userId, token.id], { pendingInviteSince: undefined });
    return still;
  });
  if (taken.length === 0) return;
  try {
    const target = taken.length === 1 ? taken[0]!.user.fullName : token.name;
    await sendInvitations(api, token, taken, language, target);
  } catch (error) {
    const now = Date.now();
    await db.vppLinks.bulkPut(taken.map(({ link }) => ({ ...link!, pendingInviteSince: now })));
    throw error;
  }
};

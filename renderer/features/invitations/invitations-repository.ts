import type { ConsoleDatabase } from '../../db/database';
import { narrowKeysBySearch } from '../../db/repositories/search-keys';
import { primaryKeysByIndex } from '../../db/repositories/sorted-keys';
import type { InvitationRow } from '../../db/types';
import type { InvitationFilter, InvitationView } from './invitation-status';

/** Every invitation of one user, newest first (all tokens). */
export const invitationsOfUser = async (
  db: ConsoleDatabase,
  userId: string,
): Promise<InvitationRow[]> =>
  newestFirst(await db.invitations.where('userId').equals(userId).toArray());

/** The newest invitation of each of these users under one token (by `[tokenId+userId]`). */
export const latestInvitations = async (
  db: ConsoleDatabase,
  tokenId: string,
  userIds: readonly string[],
): Promise<Map<string, InvitationRow>> => {
  const rows = await db.invitations
    .where('[tokenId+userId]')
    .anyOf(userIds.map((userId) => [tokenId, userId]))
    .toArray();
  return newestPerUser(rows);
};

/** The newest invitation per user and token, of these invitations. */
export const newestPerUser = (rows: readonly InvitationRow[]): Map<string, InvitationRow> => {
  const newest = new Map<string, InvitationRow>();
  for (const row of rows) {
    const key = `${row.tokenId}|${row.userId}`;
    const known = newest.get(key);
    if (!known || row.createdAt > known.createdAt) newest.set(key, row);
  }
  return newest;
};

const newestFirst = (rows: InvitationRow[]) => rows.sort((a, b) => b.createdAt - a.createdAt);

/**
 * Whether these invitations' users are enrolled: their VPP link under the invitation's token
 * names the `clientUserId` Apple knows them by, and Apple's status for it (from the sync) is
 * Associated. Two bulk reads, whatever the number of rows.
 */
export const enrolledFlags = async (
  db: ConsoleDatabase,
  rows: readonly Pick<InvitationRow, 'userId' | 'tokenId'>[],
): Promise<boolean[]> => {
  const links = await db.vppLinks.bulkGet(
    rows.map((row): [string, string] => [row.userId, row.tokenId]),
  );
  const vppUsers = await db.vppUsers.bulkGet(
    links.flatMap((link): [string, string][] => (link ? [[link.tokenId, link.clientUserId]] : [])),
  );
  const associated = new Set(
    vppUsers.flatMap((vppUser) =>
      vppUser?.status === 'Associated' ? [`${vppUser.tokenId}|${vppUser.clientUserId}`] : [],
    ),
  );
  return links.map((link) =>
    Boolean(link && associated.has(`${link.tokenId}|${link.clientUserId}`)),
  );
};

/** The rows of these invitation ids, as the section shows them (undefined where one is gone). */
export const invitationViews = async (
  db: ConsoleDatabase,
  ids: readonly string[],
): Promise<(InvitationView | undefined)[]> => {
  const rows = await db.invitations.bulkGet([...ids]);
  const present = rows.filter((row): row is InvitationRow => row !== undefined);
  const [enrolled, tokens] = await Promise.all([
    enrolledFlags(db, present),
    db.tokens.bulkGet([...new Set(present.map((row) => row.tokenId))]),
  ]);
  const tokenNames = new Map(tokens.flatMap((token) => (token ? [[token.id, token.name]] : [])));
  const enrolledById = new Map(present.map((row, index) => [row.id, enrolled[index]]));
  return rows.map(
    (row) =>
      row && {
        ...row,
        enrolled: enrolledById.get(row.id) ?? false,
        tokenName: tokenNames.get(row.tokenId),
      },
  );
};

/**
 * The ids of every invitation whose user is enrolled. Only the filters that need it read it:
 * every VPP link and their Apple statuses, then the invitations of those users by index.
 */
const enrolledInvitationIds = async (db: ConsoleDatabase): Promise<Set<string>> => {
  const links = await db.vppLinks.toArray();
  const flags = await enrolledFlags(
    db,
    links.map((link) => ({ userId: link.userId, tokenId: link.tokenId })),
  );
  const pairs = links.flatMap((link, index): [string, string][] =>
    flags[index] ? [[link.tokenId, link.userId]] : [],
  );
  if (pairs.length === 0) return new Set();
  return new Set(await db.invitations.where('[tokenId+userId]').anyOf(pairs).primaryKeys());
};

const STATES_OF: Partial<Record<InvitationFilter, InvitationRow['state'][]>> = {
  inProgress: ['queued', 'sending'],
  sent: ['sent'],
  failed: ['failed'],
  canceled: ['canceled'],
};

/**
 * The Invitations section's list: newest first (the `createdAt` index), narrowed by the Show
 * pop-up (the `state` index, and enrolment) and by the search field (users' `searchWords`
 * index, then their invitations by `userId`). Keys only, so 50,000 stay fast.
 */
export const invitationKeys = async (
  db: ConsoleDatabase,
  filter: InvitationFilter,
  search: string,
): Promise<string[]> => {
  const newest = primaryKeysByIndex(db.invitations, 'createdAt').then((keys) => keys.reverse());
  const filtered = narrowByFilter(db, newest, filter);
  return narrowKeysBySearch(filtered, search, async (word) => {
    const userIds = await db.users.where('searchWords').startsWith(word).primaryKeys();
    if (userIds.length === 0) return [];
    return db.invitations.where('userId').anyOf(userIds).primaryKeys();
  });
};

const narrowByFilter = async (
  db: ConsoleDatabase,
  keys: Promise<string[]>,
  filter: InvitationFilter,
): Promise<string[]> => {
  if (filter === 'all') return keys;
  const states = STATES_OF[filter];
  const [sorted, enrolled, inStates] = await Promise.all([
    keys,
    enrolledInvitationIds(db),
    states
      ? Promise.all(
          states.map((state) =>
            primaryKeysByIndex(db.invitations, 'state', IDBKeyRange.only(state)),
          ),
        ).then((lists) => new Set(lists.flat()))
      : undefined,
  ]);
  if (filter === 'enrolled') return sorted.filter((key) => enrolled.has(key));
  return sorted.filter((key) => !enrolled.has(key) && (!inStates || inStates.has(key)));
};

/**
 * "Resend to All Not Yet Enrolled": the newest invitation of every user and token whose user
 * isn't enrolled and whose newest invitation isn't on its way already.
 */
export const resendableInvitations = async (db: ConsoleDatabase): Promise<InvitationRow[]> => {
  const newest = [...newestPerUser(await db.invitations.toArray()).values()];
  const enrolled = await enrolledFlags(db, newest);
  return newest.filter(
    (row, index) => !enrolled[index] && row.state !== 'queued' && row.state !== 'sending',
  );
};

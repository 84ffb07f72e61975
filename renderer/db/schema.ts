import type { Dexie, Transaction } from 'dexie';
import { indexedFields, indexedValuesOf, type IndexedTable } from './indexed-fields';

export const DATABASE_NAME = 'vpp-console';

/**
 * Version 1: the entities of design.md, lists sorted by their raw name.
 * Never edit a released version; add the next one below with its upgrade.
 */
export const defineVersion1 = (db: Dexie): void => {
  db.version(1).stores({
    users: 'id, fullName, clientUserId, *groupIds',
    groups: 'id, name',
    devices: 'id, name, serialNumber, userId, *deviceGroupIds',
    deviceGroups: 'id, name',
    tokens: 'id, orgName',
    assets: '[tokenId+adamId+pricingParam], [adamId+pricingParam], tokenId, productType, name',
    assignments: 'id, [adamId+pricingParam], clientUserId, serialNumber, tokenId',
    vppUsers: '[tokenId+clientUserId], clientUserId, userId, status',
    invitations: 'id, userId, status, taskId',
    tasks: 'id, status, updatedAt, [status+updatedAt]',
    auditLog: '++seq, at',
  });
};

/**
 * Version 2: raw names sorted "anna" after "Zoë" and could only be searched from their first
 * letter. Named entities get a folded `sortKey` and word-prefix `searchWords`, backfilled here;
 * finished tasks get an index for Completed Tasks' newest-first order.
 */
export const defineVersion2 = (db: Dexie): void => {
  db.version(2)
    .stores({
      users: 'id, sortKey, *searchWords, clientUserId, *groupIds',
      groups: 'id, sortKey, *searchWords',
      devices: 'id, sortKey, *searchWords, serialNumber, userId, *deviceGroupIds',
      deviceGroups: 'id, sortKey, *searchWords',
      assets:
        '[tokenId+adamId+pricingParam], [adamId+pricingParam], tokenId, [productType+sortKey], *searchWords',
      tasks: 'id, status, updatedAt, [status+updatedAt], finishedAt',
    })
    .upgrade(backfillIndexedFields);
};

const backfillIndexedFields = async (tx: Transaction): Promise<void> => {
  for (const table of Object.keys(indexedFields) as IndexedTable[]) {
    await tx
      .table(table)
      .toCollection()
      .modify((row: object) => Object.assign(row, indexedValuesOf(table, row)));
  }
};

/**
 * Version 3: tokens come from main (its snapshot is the row); sync state per token. A sync
 * brings hundreds of thousands of assignments, and IndexedDB pays per row: one row per
 * assignment with an index took 50 s for 200,000 in Chromium here, the same holders grouped by
 * title with a multi-entry index 3.4 s. So assignments become license sets (types.ts), keyed
 * `tokenId|adamId|pricingParam|bucket` — per token and per title are key ranges — with the
 * `holders` index answering "what does this user or device have". VPP users lose the `status`
 * index.
 */
export const defineVersion3 = (db: Dexie): void => {
  db.version(3)
    .stores({
      tokens: 'id',
      assignments: null,
      licenseSets: 'key, *holders',
      vppUsers: '[tokenId+clientUserId], clientUserId, userId',
      syncState: 'tokenId',
    })
    .upgrade(async (tx) => {
      // Version 2's token rows were never filled from Apple; main's snapshots replace them.
      await tx.table('tokens').clear();
    });
};

/**
 * Version 4 (issue 9): the directory gets short names (unique, looked up on import) and VPP
 * managed distribution per user and token (`vppLinks`, which replace `users.clientUserId`:
 * Apple's ids are per token). Invitations become main's snapshots (main keeps them; this is
 * their mirror). Version 3 was never released, so nothing is carried over.
 */
export const defineVersion4 = (db: Dexie): void => {
  db.version(4)
    .stores({
      users: 'id, sortKey, *searchWords, shortName, email, *groupIds',
      vppLinks:
        '[userId+tokenId], userId, tokenId, clientUserId, *previousClientUserIds, pendingInviteSince',
      invitations: 'id, userId, [tokenId+userId], batchId, state, createdAt',
    })
    .upgrade(async (tx) => {
      await tx.table('invitations').clear();
      await tx
        .table('users')
        .toCollection()
        .modify((row: { shortName?: string; id: string; clientUserId?: string }) => {
          row.shortName ??= row.id;
          delete row.clientUserId;
        });
    });
};

/** Every version in order: the database class and the migration test use the same list. */
export const defineAllVersions = (db: Dexie): void => {
  defineVersion1(db);
  defineVersion2(db);
  defineVersion3(db);
  defineVersion4(db);
};

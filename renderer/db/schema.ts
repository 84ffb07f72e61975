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

/** Every version in order: the database class and the migration test use the same list. */
export const defineAllVersions = (db: Dexie): void => {
  defineVersion1(db);
  defineVersion2(db);
};

import { Dexie, type EntityTable, type Table } from 'dexie';
import { DATABASE_NAME, defineAllVersions } from './schema';
import { indexedFields, indexedValuesOf, type IndexedTable } from './indexed-fields';
import type {
  AssetRow,
  AuditEntry,
  DeviceGroupRow,
  DeviceRow,
  GroupRow,
  InvitationRow,
  LicenseSetRow,
  TaskRow,
  SyncStateRow,
  TokenRow,
  UserRow,
  VppLinkRow,
  VppUserRow,
} from './types';

/** A row as writers hand it in: the database derives `sortKey` and `searchWords` itself. */
export type NewRow<Row> = Omit<Row, 'sortKey' | 'searchWords'>;

/** The console's database (design.md: the renderer owns the data). */
export class ConsoleDatabase extends Dexie {
  users!: Table<UserRow, string, NewRow<UserRow>>;
  groups!: Table<GroupRow, string, NewRow<GroupRow>>;
  devices!: Table<DeviceRow, string, NewRow<DeviceRow>>;
  deviceGroups!: Table<DeviceGroupRow, string, NewRow<DeviceGroupRow>>;
  tokens!: EntityTable<TokenRow, 'id'>;
  assets!: Table<AssetRow, [string, string, string], NewRow<AssetRow>>;
  licenseSets!: EntityTable<LicenseSetRow, 'key'>;
  vppUsers!: Table<VppUserRow, [string, string]>;
  vppLinks!: Table<VppLinkRow, [string, string]>;
  invitations!: EntityTable<InvitationRow, 'id'>;
  tasks!: EntityTable<TaskRow, 'id'>;
  auditLog!: EntityTable<AuditEntry, 'seq'>;
  syncState!: EntityTable<SyncStateRow, 'tokenId'>;

  constructor(name: string = DATABASE_NAME) {
    // Relaxed durability (Chromium's default before 121): a sync writes in large transactions
    // that carry their own versionIds, so a crash loses at most the last ones, which the next
    // sync writes again.
    super(name, { chromeTransactionDurability: 'relaxed' });
    defineAllVersions(this);
    for (const table of Object.keys(indexedFields) as IndexedTable[])
      this.deriveIndexedFields(table);
  }

  /** Keeps `sortKey`/`searchWords` right whoever writes the row (sync, import, a view). */
  private deriveIndexedFields(tableName: IndexedTable): void {
    const table = this.table(tableName);
    table.hook('creating', (_key, row: object) => {
      Object.assign(row, indexedValuesOf(tableName, row));
    });
    table.hook('updating', (changes, _key, row: object) => {
      // `changes` is what the write changes; a `put` over a row lists the fields it leaves out
      // as undefined, the derived ones included, so compare with the row as it will be.
      const next = { ...row, ...(changes as object) };
      const derived = indexedValuesOf(tableName, next);
      const current = next as Partial<typeof derived>;
      const same =
        current.sortKey === derived.sortKey &&
        current.searchWords?.join(' ') === derived.searchWords.join(' ');
      return same ? undefined : derived;
    });
  }
}

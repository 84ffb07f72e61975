import { foldText, searchWordsOf } from './search-text';
import type { AssetRow, DeviceGroupRow, DeviceRow, GroupRow, Indexed, UserRow } from './types';

/** Per table: the name a list sorts by and the fields the search field looks in. */
interface IndexedFields<Row> {
  sortName(row: Row): string;
  searchFields(row: Row): (string | undefined)[];
}

const byName = { sortName: (row: { name: string }) => row.name };

export const indexedFields = {
  users: {
    sortName: (row: UserRow) => row.fullName,
    searchFields: (row: UserRow) => [row.fullName, row.shortName, row.email, row.managedAppleId],
  } satisfies IndexedFields<UserRow>,
  groups: {
    ...byName,
    searchFields: (row: GroupRow) => [row.name],
  } satisfies IndexedFields<GroupRow>,
  devices: {
    ...byName,
    searchFields: (row: DeviceRow) => [row.name, row.serialNumber, row.model],
  } satisfies IndexedFields<DeviceRow>,
  deviceGroups: {
    ...byName,
    searchFields: (row: DeviceGroupRow) => [row.name],
  } satisfies IndexedFields<DeviceGroupRow>,
  assets: {
    // A title whose metadata has not arrived yet sorts by its store id, after named ones.
    sortName: (row: AssetRow) => row.name ?? `\uffff${row.adamId}`,
    searchFields: (row: AssetRow) => [row.name, row.adamId],
  } satisfies IndexedFields<AssetRow>,
};

export type IndexedTable = keyof typeof indexedFields;

/** The derived `sortKey` and `searchWords` of a row of `table`. */
export const indexedValuesOf = (table: IndexedTable, row: object): Indexed => {
  const fields = indexedFields[table] as IndexedFields<object>;
  return {
    sortKey: foldText(fields.sortName(row)),
    searchWords: searchWordsOf(fields.searchFields(row)),
  };
};

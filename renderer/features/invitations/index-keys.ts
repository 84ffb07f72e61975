import type { Table } from 'dexie';

/**
 * Primary keys in the order of one index, read straight from IndexedDB (see sorted-keys.ts:
 * Dexie's key-only reads make a live query remember every key, which at 50,000 costs more than
 * the read). Counting the table through Dexie first makes the live query watch all of it.
 */
export const primaryKeysByIndex = async (
  table: Table<unknown, string, unknown>,
  index: string,
  range?: IDBKeyRange,
): Promise<string[]> => {
  await table.count();
  return new Promise((resolve, reject) => {
    const request = table.db
      .backendDB()
      .transaction(table.name, 'readonly')
      .objectStore(table.name)
      .index(index)
      .getAllKeys(range);
    request.onsuccess = () => resolve(request.result as string[]);
    request.onerror = () => reject(request.error ?? new Error(`Could not read ${table.name}`));
  });
};

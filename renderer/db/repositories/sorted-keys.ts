import type { Table } from 'dexie';

/**
 * Every primary key of `table` in `sortKey` order, read inside a live query at 50,000 rows.
 * Read through Dexie, a key-only read makes the live query remember each key it returned (to
 * notice a deletion), which at 50,000 keys costs more than the read itself. So the keys come
 * straight from IndexedDB, and counting the whole index through Dexie makes the live query
 * watch it instead: any added, removed or re-sorted row runs the query again.
 */
export const sortedPrimaryKeys = async <Key extends IDBValidKey>(
  table: Table<unknown, Key, unknown>,
): Promise<Key[]> => {
  await table.orderBy('sortKey').count();
  return new Promise((resolve, reject) => {
    const request = table.db
      .backendDB()
      .transaction(table.name, 'readonly')
      .objectStore(table.name)
      .index('sortKey')
      .getAllKeys();
    request.onsuccess = () => resolve(request.result as Key[]);
    request.onerror = () => reject(request.error ?? new Error(`Could not read ${table.name}`));
  });
};

import type { Page } from '@playwright/test';
import { DATABASE_NAME } from '../../renderer/db/schema';

/** Rows per transaction: big enough that commits cost little, small enough to stay flat. */
export const SEED_CHUNK_ROWS = 5_000;

export interface SeedTiming {
  rows: number;
  transactions: number;
  /** From the page receiving the rows to the last commit, measured in the page. */
  writeMs: number;
}

/**
 * Writes rows straight into the console's database (the app created it), like a finished sync.
 * The caller reloads afterwards so the console's live queries read them: they see only writes
 * made through the console's own database.
 *
 * The rows cross as one JSON string, because Playwright's structured transfer of 50,000 objects
 * is slow; stringifying and parsing 13 MB of it takes about 0.1 s each. They are written in
 * transactions of `SEED_CHUNK_ROWS` with relaxed durability (no flush to disk per commit). On
 * disk, 50,000 users (each with about eight `searchWords` in a multi-entry index) took about
 * 11 s in one transaction and about 7.5 s in chunks; in an off-the-record profile's in-memory
 * IndexedDB both took about 60 s, which is why large lists run on disk (`profileOnDisk` in
 * fixtures.ts). A seed is not a sync: the chunks are not atomic together, which no test needs.
 */
export const putRows = async (
  page: Page,
  rowsByTable: Record<string, readonly object[]>,
  chunkRows = SEED_CHUNK_ROWS,
): Promise<SeedTiming> =>
  page.evaluate(
    async ({ name, json, chunkRows }) => {
      const startedAt = performance.now();
      const tables = JSON.parse(json) as Record<string, unknown[]>;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      let rows = 0;
      let transactions = 0;
      try {
        for (const [table, tableRows] of Object.entries(tables)) {
          for (let start = 0; start < tableRows.length; start += chunkRows) {
            await new Promise<void>((resolve, reject) => {
              const tx = db.transaction(table, 'readwrite', { durability: 'relaxed' });
              const store = tx.objectStore(table);
              for (const row of tableRows.slice(start, start + chunkRows)) store.put(row);
              tx.oncomplete = () => resolve();
              tx.onerror = () => reject(tx.error ?? new Error(`Writing ${table} failed`));
              tx.onabort = () => reject(tx.error ?? new Error(`Writing ${table} was aborted`));
            });
            transactions += 1;
          }
          rows += tableRows.length;
        }
      } finally {
        db.close();
      }
      return { rows, transactions, writeMs: Math.round(performance.now() - startedAt) };
    },
    { name: DATABASE_NAME, json: JSON.stringify(rowsByTable), chunkRows },
  );

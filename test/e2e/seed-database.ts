import type { Page } from '@playwright/test';
import { DATABASE_NAME } from '../../renderer/db/schema';

/**
 * Writes rows straight into the console's database (the app created it), like a finished sync,
 * then reloads so the console's live queries read them. The rows cross as one JSON string:
 * Playwright's structured transfer of 50,000 objects is slow.
 */
export const putRows = async (page: Page, rowsByTable: Record<string, readonly object[]>) => {
  await page.evaluate(
    async ({ name, json }) => {
      const tables = JSON.parse(json) as Record<string, unknown[]>;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(Object.keys(tables), 'readwrite', { durability: 'relaxed' });
        for (const [table, rows] of Object.entries(tables))
          for (const row of rows) tx.objectStore(table).put(row);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { name: DATABASE_NAME, json: JSON.stringify(rowsByTable) },
  );
};

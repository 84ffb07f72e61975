import type { Page } from '@playwright/test';

export interface RecordCounts {
  assets: number;
  users: number;
  assignments: number;
}

export interface IdbFloor {
  records: number;
  /** Records in the stores at the end: `records` unless keys collided. */
  stored: number;
  transactions: number;
  writeMs: number;
  /** Each transaction's time, in order: shows whether writes slow down as the store grows. */
  batchMs: number[];
}

/** One object store to create: `keyPath` null means the key is given with each record. */
export interface StoreLayout {
  name: string;
  keyPath: string | string[] | null;
  indexes: { name: string; keyPath: string | string[]; multiEntry: boolean; unique: boolean }[];
}

export interface FloorLayout {
  stores: StoreLayout[];
  /** The store each kind of record goes to. */
  storeOf: Record<keyof RecordCounts, string>;
}

/** The floor issue 8 defines: one object store, no indexes. */
export const BARE_LAYOUT: FloorLayout = {
  stores: [{ name: 'records', keyPath: null, indexes: [] }],
  storeOf: { assets: 'records', users: 'records', assignments: 'records' },
};

/** Records per transaction, as the e2e seeding found best (test/e2e/seed-database.ts). */
export const FLOOR_BATCH = 5_000;

/**
 * The fastest this browser writes a sync's records: batches of FLOOR_BATCH, relaxed
 * durability, records shaped like the rows a sync leaves (assets with their sort and search
 * fields, VPP users, assignments with their composite id), into `layout`'s stores — by default
 * one store without indexes. Written to a database of its own on the console's origin,
 * deleted afterwards. Only the transactions are timed.
 */
export const measureIdbFloor = (
  page: Page,
  counts: RecordCounts,
  layout: FloorLayout = BARE_LAYOUT,
): Promise<IdbFloor> =>
  page.evaluate(
    async ({ counts, batch, database, layout }) => {
      const tokenId = '6f1c2a9e-4b7d-4e21-9a3c-58d0b1e7f402';
      const hex = (n: number, width: number) => n.toString(16).padStart(width, '0').slice(-width);
      const uuid = (n: number) =>
        `${hex(n * 2654435761, 8)}-${hex(n, 4)}-4${hex(n >> 4, 3)}-a${hex(n >> 8, 3)}-${hex(n * 40503, 12)}`;
      const adamId = (i: number) => String(1_600_000_000 + (i % Math.max(1, counts.assets)));
      const record = (i: number): [keyof typeof counts, string, object] => {
        if (i < counts.assets) {
          const name = `Rekenen Avontuur ${i + 1}`;
          return [
            'assets',
            `${tokenId}|${adamId(i)}|STDQ`,
            {
              tokenId,
              adamId: adamId(i),
              pricingParam: 'STDQ',
              productType: 'App',
              assignedCount: 100,
              availableCount: 12,
              retiredCount: 0,
              totalCount: 112,
              deviceAssignable: true,
              revocable: true,
              supportedPlatforms: ['iOS', 'macOS'],
              name,
              developer: 'Leerlab Educatief B.V.',
              sortKey: name.toLowerCase(),
              searchWords: ['rekenen', 'avontuur', String(i + 1)],
            },
          ];
        }
        const u = i - counts.assets;
        if (u < counts.users)
          return [
            'users',
            `${tokenId}|${uuid(u)}`,
            {
              tokenId,
              clientUserId: uuid(u),
              email: `leerling${u + 1}@scholengroep-regenboog.example`,
              status: 'Associated',
              idHash: `${hex(u * 2246822519, 8)}${hex(u, 8)}`.repeat(4),
            },
          ];
        // Distinct (title, holder) pairs as in the large seed: user u's k-th title is u·37 + k·211.
        const a = u - counts.users;
        const users = Math.max(1, counts.users);
        const title = adamId((a % users) * 37 + Math.floor(a / users) * 211);
        const device = a % 10 === 9;
        const holder = device
          ? { serialNumber: `DMPX${hex(a, 8).toUpperCase()}` }
          : { clientUserId: uuid(a % users) };
        const id = `${tokenId}|${title}|STDQ|${device ? `d:${holder.serialNumber}` : `u:${holder.clientUserId}`}`;
        return ['assignments', id, { id, tokenId, adamId: title, pricingParam: 'STDQ', ...holder }];
      };

      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(database, 1);
        request.onupgradeneeded = () => {
          for (const spec of layout.stores) {
            const store = request.result.createObjectStore(
              spec.name,
              spec.keyPath === null ? {} : { keyPath: spec.keyPath },
            );
            for (const index of spec.indexes)
              store.createIndex(index.name, index.keyPath, {
                multiEntry: index.multiEntry,
                unique: index.unique,
              });
          }
        };
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const total = counts.assets + counts.users + counts.assignments;
      let writeMs = 0;
      let transactions = 0;
      let stored: number;
      const batchMs: number[] = [];
      try {
        const outOfLine = new Set(
          layout.stores.filter((spec) => spec.keyPath === null).map((spec) => spec.name),
        );
        const names = layout.stores.map((spec) => spec.name);
        for (let start = 0; start < total; start += batch) {
          const rows: [string, string, object][] = [];
          for (let i = start; i < Math.min(total, start + batch); i++) {
            const [kind, key, value] = record(i);
            rows.push([layout.storeOf[kind], key, value]);
          }
          const began = performance.now();
          await new Promise<void>((resolve, reject) => {
            const tx = db.transaction(names, 'readwrite', { durability: 'relaxed' });
            for (const [name, key, value] of rows) {
              if (outOfLine.has(name)) tx.objectStore(name).put(value, key);
              else tx.objectStore(name).put(value);
            }
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error ?? new Error('The floor write failed.'));
            tx.onabort = () => reject(tx.error ?? new Error('The floor write was aborted.'));
          });
          batchMs.push(Math.round(performance.now() - began));
          writeMs += performance.now() - began;
          transactions++;
        }
        // Keys are distinct by construction; the count (not timed) shows that nothing was overwritten.
        const tx = db.transaction(names, 'readonly');
        const perStore = await Promise.all(
          names.map(
            (name) =>
              new Promise<number>((resolve, reject) => {
                const request = tx.objectStore(name).count();
                request.onsuccess = () => resolve(request.result);
                request.onerror = () => reject(request.error);
              }),
          ),
        );
        stored = perStore.reduce((sum, n) => sum + n, 0);
      } finally {
        db.close();
        await new Promise<void>((resolve, reject) => {
          const request = indexedDB.deleteDatabase(database);
          request.onsuccess = () => resolve();
          request.onerror = () => reject(request.error);
        });
      }
      return { records: total, stored, transactions, writeMs: Math.round(writeMs), batchMs };
    },
    { counts, batch: FLOOR_BATCH, database: `vpp-bench-floor-${Date.now()}`, layout },
  );

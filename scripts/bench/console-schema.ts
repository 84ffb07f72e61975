import { Dexie } from 'dexie';
import { defineAllVersions } from '../../renderer/db/schema';
import type { FloorLayout } from './idb-floor';

/**
 * The console's own stores for a sync's records, with their keys and indexes as Dexie
 * declares them (renderer/db/schema.ts, parsed here, never opened): what the console's writes
 * pay for beyond the bare floor.
 */
export const consoleSchemaLayout = (): FloorLayout => {
  const db = new Dexie('vpp-bench-schema');
  defineAllVersions(db);
  const storeOf = { assets: 'assets', users: 'vppUsers', assignments: 'assignments' } as const;
  return {
    storeOf,
    stores: Object.values(storeOf).map((name) => {
      const { primKey, indexes } = db.table(name).schema;
      return {
        name,
        keyPath: primKey.keyPath ?? null,
        indexes: indexes.map((index) => ({
          name: index.name,
          keyPath: index.keyPath ?? index.name,
          multiEntry: Boolean(index.multi),
          unique: Boolean(index.unique),
        })),
      };
    }),
  };
};

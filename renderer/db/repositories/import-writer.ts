import type { Collection, IndexableType } from 'dexie';
import type {
  DeviceImportPlan,
  ExistingDevices,
  ExistingUsers,
  PlannedUpdate,
  UserImportPlan,
} from '../../features/import';
import type { ConsoleDatabase, NewRow } from '../database';
import type { DeviceRow, GroupRow, UserRow } from '../types';

/**
 * Writes a CSV import's plan (features/import/import-plan.ts) in one transaction, and reads what
 * a preview matches against. All or nothing: if any write fails the transaction aborts and the
 * database is as it was, so an admin never has half a class imported.
 */

export interface UserImportResult {
  kind: 'users';
  usersAdded: number;
  usersUpdated: number;
  groupsCreated: number;
  /** Memberships the users did not have before (one already there is not counted). */
  membershipsAdded: number;
}

export interface DeviceImportResult {
  kind: 'devices';
  devicesAdded: number;
  devicesUpdated: number;
}

export interface WriteOptions {
  /** Called after each chunk with the records written so far and the plan's record count. */
  onProgress?: (done: number, total: number) => void;
  /** Records per bulk write; each chunk's completion is a moment the page can paint. */
  chunkSize?: number;
  now?: () => number;
}

/** A record the plan updates disappeared between the preview and the import. */
export class ImportTargetGoneError extends Error {
  constructor(readonly line: number) {
    super(`import: the record of line ${line} was deleted after the preview`);
    this.name = 'ImportTargetGoneError';
  }
}

const DEFAULT_CHUNK = 2_000;

/** Index value → primary key, read from the index alone (no rows are loaded). */
const indexMap = async (collection: Collection): Promise<Map<string, string>> => {
  const [values, ids] = await Promise.all([collection.keys(), collection.primaryKeys()]);
  const map = new Map<string, string>();
  values.forEach((value: IndexableType, i) => map.set(String(value), String(ids[i])));
  return map;
};

const peopleMaps = async (db: ConsoleDatabase) => {
  const [shortNames, emails] = await Promise.all([
    indexMap(db.users.orderBy('shortName')),
    indexMap(db.users.orderBy('email')),
  ]);
  return { shortNames, emails };
};

/** What a user preview matches: short names, email addresses and group names → ids. */
export const existingUsersOf = (db: ConsoleDatabase): Promise<ExistingUsers> =>
  db.transaction('r', db.users, db.groups, async () => {
    const [people, groups] = await Promise.all([peopleMaps(db), db.groups.toArray()]);
    return { ...people, groups: new Map(groups.map((group) => [group.name, group.id])) };
  });

/** What a device preview matches: serial numbers, and the users a device may be assigned to. */
export const existingDevicesOf = (db: ConsoleDatabase): Promise<ExistingDevices> =>
  db.transaction('r', db.users, db.devices, async () => {
    const [serials, people] = await Promise.all([
      indexMap(db.devices.orderBy('serialNumber')),
      peopleMaps(db),
    ]);
    return { serials, ...people };
  });

const chunksOf = <T>(items: readonly T[], size: number): T[][] => {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) {
    chunks.push(items.slice(start, start + size));
  }
  return chunks;
};

/** Counts written records and reports them. */
const progressOf = (total: number, onProgress: WriteOptions['onProgress']) => {
  let done = 0;
  return (count: number) => {
    done += count;
    onProgress?.(done, total);
  };
};

/**
 * Applies updates chunk by chunk: reads the stored rows, lets `merge` change them and puts them
 * back. Reading first keeps what the file leaves blank, and memberships already there.
 */
const updateInChunks = async <Row extends { id: string }, Changes>(
  table: { bulkGet(ids: string[]): Promise<(Row | undefined)[]>; bulkPut(rows: Row[]): unknown },
  updates: readonly PlannedUpdate<Changes>[],
  chunkSize: number,
  merge: (row: Row, update: PlannedUpdate<Changes>) => Row,
  advance: (count: number) => void,
): Promise<void> => {
  for (const chunk of chunksOf(updates, chunkSize)) {
    const rows = await table.bulkGet(chunk.map((update) => update.id));
    const merged = chunk.map((update, i) => {
      const row = rows[i];
      if (!row) throw new ImportTargetGoneError(update.line);
      return merge(row, update);
    });
    await table.bulkPut(merged);
    advance(chunk.length);
  }
};

const writeUsers = async (
  db: ConsoleDatabase,
  plan: UserImportPlan,
  { onProgress, chunkSize = DEFAULT_CHUNK, now = Date.now }: WriteOptions,
): Promise<UserImportResult> => {
  const at = now();
  const total = plan.groupsToCreate.length + plan.usersToAdd.length + plan.usersToUpdate.length;
  const advance = progressOf(total, onProgress);
  const groupsOf = new Map<string, string[]>();
  for (const { userId, groupId } of plan.memberships) {
    const groups = groupsOf.get(userId);
    if (groups) groups.push(groupId);
    else groupsOf.set(userId, [groupId]);
  }
  const result: UserImportResult = {
    kind: 'users',
    usersAdded: plan.usersToAdd.length,
    usersUpdated: plan.usersToUpdate.length,
    groupsCreated: plan.groupsToCreate.length,
    membershipsAdded: 0,
  };

  return db.transaction('rw', db.users, db.groups, async () => {
    for (const chunk of chunksOf(plan.groupsToCreate, chunkSize)) {
      const rows = chunk.map((group): NewRow<GroupRow> => ({
        ...group,
        createdAt: at,
        updatedAt: at,
      }));
      await db.groups.bulkAdd(rows);
      advance(chunk.length);
    }
    for (const chunk of chunksOf(plan.usersToAdd, chunkSize)) {
      const rows = chunk.map(({ line: _line, ...user }): NewRow<UserRow> => {
        const groupIds = groupsOf.get(user.id) ?? [];
        result.membershipsAdded += groupIds.length;
        return { ...user, groupIds, createdAt: at, updatedAt: at };
      });
      await db.users.bulkAdd(rows);
      advance(chunk.length);
    }
    await updateInChunks<UserRow, UserImportPlan['usersToUpdate'][number]['changes']>(
      db.users,
      plan.usersToUpdate,
      chunkSize,
      (row, update) => {
        const groupIds = new Set(row.groupIds);
        for (const groupId of groupsOf.get(update.id) ?? []) {
          if (!groupIds.has(groupId)) result.membershipsAdded++;
          groupIds.add(groupId);
        }
        return { ...row, ...update.changes, groupIds: [...groupIds], updatedAt: at };
      },
      advance,
    );
    return result;
  });
};

const writeDevices = async (
  db: ConsoleDatabase,
  plan: DeviceImportPlan,
  { onProgress, chunkSize = DEFAULT_CHUNK, now = Date.now }: WriteOptions,
): Promise<DeviceImportResult> => {
  const at = now();
  const advance = progressOf(plan.devicesToAdd.length + plan.devicesToUpdate.length, onProgress);
  return db.transaction('rw', db.devices, async () => {
    for (const chunk of chunksOf(plan.devicesToAdd, chunkSize)) {
      // An imported device has not enrolled: it is a placeholder until it does.
      const rows = chunk.map(({ line: _line, ...device }): NewRow<DeviceRow> => ({
        ...device,
        deviceGroupIds: [],
        placeholder: true,
        createdAt: at,
        updatedAt: at,
      }));
      await db.devices.bulkAdd(rows);
      advance(chunk.length);
    }
    await updateInChunks<DeviceRow, DeviceImportPlan['devicesToUpdate'][number]['changes']>(
      db.devices,
      plan.devicesToUpdate,
      chunkSize,
      (row, update) => ({ ...row, ...update.changes, updatedAt: at }),
      advance,
    );
    return {
      kind: 'devices' as const,
      devicesAdded: plan.devicesToAdd.length,
      devicesUpdated: plan.devicesToUpdate.length,
    };
  });
};

/** Writes the plan in one transaction; rejects, having written nothing, if any write fails. */
export function writeImport(
  db: ConsoleDatabase,
  plan: UserImportPlan,
  options?: WriteOptions,
): Promise<UserImportResult>;
export function writeImport(
  db: ConsoleDatabase,
  plan: DeviceImportPlan,
  options?: WriteOptions,
): Promise<DeviceImportResult>;
export function writeImport(
  db: ConsoleDatabase,
  plan: UserImportPlan | DeviceImportPlan,
  options?: WriteOptions,
): Promise<UserImportResult | DeviceImportResult>;
export function writeImport(
  db: ConsoleDatabase,
  plan: UserImportPlan | DeviceImportPlan,
  options: WriteOptions = {},
): Promise<UserImportResult | DeviceImportResult> {
  return plan.kind === 'users' ? writeUsers(db, plan, options) : writeDevices(db, plan, options);
}

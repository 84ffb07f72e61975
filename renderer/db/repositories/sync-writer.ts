import { Dexie, type IndexableType, type Table } from 'dexie';
import type {
  SyncAck,
  SyncAsset,
  SyncAssignment,
  SyncUser,
  SyncWork,
} from '../../../shared/domain/sync';
import type { ConsoleDatabase, NewRow } from '../database';
import { LicenseSetTraversal } from './license-set-writer';
import { titleKeyOf } from '../license-sets';
import type {
  AssetRow,
  PricingParam,
  ProductType,
  SyncStateRow,
  VppUserRow,
  VppUserStatus,
} from '../types';

/**
 * Every key of one token's rows in a table, as a key range: `[tokenId]` sorts before every
 * `[tokenId, …]` key and `[tokenId, maxKey]` after them (one maxKey only: an array may not
 * hold the same array twice).
 */
const tokenRange = (tokenId: string) => [[tokenId], [tokenId, Dexie.maxKey]] as const;

/** What a full traversal has brought so far, to remove the rest at its end. */
interface Staged {
  tokenId: string;
  seen: Partial<Record<'assets' | 'users', Set<string>>>;
  /** The assignments traversal under way, collected until its end. */
  licenses?: LicenseSetTraversal;
  /**
   * Users written as active in this traversal. Apple may list a `clientUserId` twice: a
   * retired row and the active one that followed it; the active one must win, whichever
   * page brings it.
   */
  activeUsers: Set<string>;
}

/** The database's hooks add its sort key and search words. */
const assetRow = (tokenId: string, asset: SyncAsset): NewRow<AssetRow> => ({
  tokenId,
  adamId: asset.adamId,
  pricingParam: asset.pricingParam as PricingParam,
  productType: asset.productType as ProductType,
  assignedCount: asset.assignedCount,
  availableCount: asset.availableCount,
  retiredCount: asset.retiredCount,
  totalCount: asset.totalCount,
  deviceAssignable: asset.deviceAssignable,
  revocable: asset.revocable,
  supportedPlatforms: asset.supportedPlatforms,
  ...(asset.name !== undefined ? { name: asset.name } : {}),
  ...(asset.iconUrl !== undefined ? { iconUrl: asset.iconUrl } : {}),
  ...(asset.bundleId !== undefined ? { bundleId: asset.bundleId } : {}),
  ...(asset.developer !== undefined ? { developer: asset.developer } : {}),
});

const userRow = (tokenId: string, user: SyncUser): VppUserRow => ({
  tokenId,
  clientUserId: user.clientUserId,
  ...(user.email !== undefined ? { email: user.email } : {}),
  ...(user.status !== undefined ? { status: user.status as VppUserStatus } : {}),
  ...(user.inviteCode !== undefined ? { inviteCode: user.inviteCode } : {}),
  ...(user.idHash !== undefined ? { idHash: user.idHash } : {}),
});

/**
 * Apple's user record carries no time, so the console keeps when it first saw a user
 * Associated (`associatedAt`): licences are later handed out in that order (first come, first
 * served by acceptance time). Kept while the user stays Associated; a sync that finds them
 * newly Associated stamps the time of that write.
 */
const keepAssociatedAt =
  (now: number) =>
  (row: VppUserRow, stored: VppUserRow | undefined): VppUserRow => {
    if (row.status !== 'Associated') return row;
    const associatedAt = stored?.status === 'Associated' ? stored.associatedAt : undefined;
    return { ...row, associatedAt: associatedAt ?? now };
  };

type PageWork = Extract<SyncWork, { type: 'assets' | 'users' | 'assignments' }>;
const isPage = (work: SyncWork): work is PageWork =>
  work.type === 'assets' || work.type === 'users' || work.type === 'assignments';

/**
 * Writes what main's syncs bring into the database, in the order main sent it. Consecutive
 * pages of one table go in one transaction (main hands over about 5,000 records a pull), so
 * the database writes in large batches; a traversal's end, with its versionId and the removal
 * of what Apple no longer has, is one transaction too. A crash between two transactions
 * leaves the old versionId with some new rows: the next sync reads again from there.
 */
export class SyncWriter {
  private readonly staged = new Map<string, Staged>();

  constructor(private readonly db: ConsoleDatabase) {}

  /** Applies the work and answers each item; a failure answers the rest with its error. */
  async apply(work: SyncWork[]): Promise<SyncAck[]> {
    const acks: SyncAck[] = [];
    for (let at = 0; at < work.length;) {
      const item = work[at]!;
      let end = at + 1;
      if (isPage(item)) {
        while (end < work.length && sameTable(work[end]!, item)) end++;
      }
      const group = work.slice(at, end);
      try {
        if (isPage(item)) await this.writePages(group as PageWork[]);
        else acks.push(await this.applyOne(item));
        if (isPage(item)) acks.push(...group.map(ackOf));
      } catch (error) {
        const failure = {
          code: 'sync.writeFailed',
          message: error instanceof Error ? error.message : String(error),
        };
        acks.push(...work.slice(at).map((rest) => ({ ...ackOf(rest), error: failure })));
        for (const rest of work.slice(at)) this.staged.delete(rest.syncId);
        return acks;
      }
      at = end;
    }
    return acks;
  }

  private async applyOne(work: Exclude<SyncWork, PageWork>): Promise<SyncAck> {
    switch (work.type) {
      case 'begin': {
        this.staged.set(work.syncId, newStaged(work.tokenId));
        const state = await this.db.syncState.get(work.tokenId);
        return { ...ackOf(work), versions: state?.versions ?? {} };
      }
      case 'traversal': {
        const staged = this.stagedOf(work);
        if (work.dataset === 'assignments') {
          staged.licenses = new LicenseSetTraversal(work.tokenId, work.full);
          return ackOf(work);
        }
        if (work.full) staged.seen[work.dataset] = new Set();
        else delete staged.seen[work.dataset];
        if (work.dataset === 'users') staged.activeUsers = new Set();
        return ackOf(work);
      }
      case 'traversalEnd':
        await this.endTraversal(work);
        return ackOf(work);
      case 'end': {
        const driftedAssets = await this.checkDrift(work.tokenId, work.syncedAt);
        this.staged.delete(work.syncId);
        return { ...ackOf(work), driftedAssets };
      }
      case 'abort':
        this.staged.delete(work.syncId);
        return ackOf(work);
    }
  }

  private stagedOf(work: SyncWork): Staged {
    let staged = this.staged.get(work.syncId);
    if (!staged) this.staged.set(work.syncId, (staged = newStaged(work.tokenId)));
    return staged;
  }

  private async writePages(pages: PageWork[]): Promise<void> {
    const first = pages[0]!;
    const staged = this.stagedOf(first);
    const { tokenId } = first;
    if (first.type === 'assignments') {
      // Collected, not written: the traversal's end writes license sets in a few rows.
      staged.licenses ??= new LicenseSetTraversal(tokenId, false);
      for (const page of pages) staged.licenses.add(page.records as SyncAssignment[]);
      return;
    }
    const seen = staged.seen[first.type];
    if (first.type === 'assets') {
      const rows = pages.flatMap((page) =>
        (page.records as SyncAsset[]).map((record) => assetRow(tokenId, record)),
      );
      for (const row of rows) seen?.add(`${row.adamId}|${row.pricingParam}`);
      await this.putChanged(this.db.assets, rows, (row): [string, string, string] => [
        row.tokenId,
        row.adamId,
        row.pricingParam,
      ]);
    } else if (first.type === 'users') {
      const rows = new Map<string, VppUserRow>();
      for (const page of pages) {
        for (const record of page.records as SyncUser[]) {
          const active = record.status !== 'Retired' && record.status !== 'Deleted';
          if (!active && staged.activeUsers.has(record.clientUserId)) continue;
          if (active) staged.activeUsers.add(record.clientUserId);
          rows.set(record.clientUserId, userRow(tokenId, record));
        }
      }
      for (const clientUserId of rows.keys()) seen?.add(clientUserId);
      await this.putChanged(
        this.db.vppUsers,
        [...rows.values()],
        (row): [string, string] => [row.tokenId, row.clientUserId],
        keepAssociatedAt(Date.now()),
      );
    }
  }

  /**
   * Writes only the rows that differ from what the database holds, a chunk per transaction:
   * reading costs far less than writing (each write redoes the row's index entries), assets
   * are read whole on every sync, and short transactions keep the window's frames short.
   */
  private async putChanged<Row, Key extends IndexableType, Insert extends object>(
    table: Table<Row, Key, Insert>,
    rows: Insert[],
    keyOf: (row: Insert) => Key,
    carryOver?: (row: Insert, stored: Row | undefined) => Insert,
  ): Promise<void> {
    for (let at = 0; at < rows.length; at += ROWS_PER_TRANSACTION) {
      const fresh = rows.slice(at, at + ROWS_PER_TRANSACTION);
      await this.db.transaction('rw', table, async () => {
        const existing = await table.bulkGet(fresh.map(keyOf));
        const chunk = carryOver
          ? fresh.map((row, index) => carryOver(row, existing[index]))
          : fresh;
        const changed = chunk.filter(
          (row, index) => !sameFields(row, existing[index] as object | undefined),
        );
        if (changed.length > 0) await table.bulkPut(changed);
      });
    }
  }

  /** Stores the versionId; after a full traversal, removes what it did not bring. */
  private async endTraversal(work: Extract<SyncWork, { type: 'traversalEnd' }>): Promise<void> {
    const { tokenId, dataset } = work;
    const staged = this.stagedOf(work);
    const withVersion = (state: SyncStateRow | undefined) => {
      const versions = { ...state?.versions };
      if (dataset === 'assets') return { versions };
      if (work.versionId !== undefined) versions[dataset] = work.versionId;
      else delete versions[dataset];
      return { versions };
    };
    if (dataset === 'assignments') {
      const licenses = staged.licenses ?? new LicenseSetTraversal(tokenId, work.full);
      staged.licenses = undefined;
      return licenses.write(this.db, withVersion);
    }
    const seen = staged.seen[dataset];
    const db = this.db;
    await db.transaction('rw', [db.assets, db.vppUsers, db.syncState], async () => {
      if (work.full && seen) {
        const [lower, upper] = tokenRange(tokenId);
        if (dataset === 'assets') {
          const keys = await db.assets.where(':id').between(lower, upper).primaryKeys();
          await db.assets.bulkDelete(
            keys.filter(([, adamId, pricing]) => !seen.has(`${adamId}|${pricing}`)),
          );
        } else {
          const keys = await db.vppUsers.where(':id').between(lower, upper).primaryKeys();
          await db.vppUsers.bulkDelete(keys.filter(([, clientUserId]) => !seen.has(clientUserId)));
        }
      }
      if (dataset !== 'assets') {
        const state = await db.syncState.get(tokenId);
        await db.syncState.put({ ...emptyState(tokenId), ...state, ...withVersion(state) });
      }
    });
    delete staged.seen[dataset];
  }

  /**
   * The drift check: the holders this database knows per title, against Apple's
   * `assignedCount` + `retiredCount` (Apple lists the books retired users keep among the
   * assignments, and counts them as retired). A difference is marked on the title
   * (`localAssignedCount`) and counted on the token; Sync Now (a full sync) repairs what a
   * delta cannot see, such as removals.
   */
  private async checkDrift(tokenId: string, syncedAt: number): Promise<number> {
    const db = this.db;
    return db.transaction('rw', [db.assets, db.syncState], async () => {
      const state = await db.syncState.get(tokenId);
      const counts = state?.titleCounts ?? {};
      const [lower, upper] = tokenRange(tokenId);
      const assets = await db.assets.where(':id').between(lower, upper).toArray();
      const drift: Record<string, number> = {};
      for (const asset of assets) {
        const title = titleKeyOf(asset);
        const count = counts[title] ?? 0;
        if (count !== asset.assignedCount + asset.retiredCount) drift[title] = count;
      }
      const drifted = Object.keys(drift).length;
      await db.syncState.put({
        ...emptyState(tokenId),
        ...state,
        syncedAt,
        drift,
        driftedAssets: drifted,
        checkedAt: syncedAt,
      });
      return drifted;
    });
  }
}

/** Rows per write transaction: about one frame's worth of work for the window. */
const ROWS_PER_TRANSACTION = 1_000;

/** The fields a sync writes are all there, with the same values (derived ones aside). */
const sameFields = (row: object, stored: object | undefined): boolean => {
  if (!stored) return false;
  const entries = Object.entries(row);
  const known = stored as Record<string, unknown>;
  return (
    entries.every(([field, value]) => sameValue(value, known[field])) &&
    Object.keys(known).every(
      (field) => field === 'sortKey' || field === 'searchWords' || field in row,
    )
  );
};

const sameValue = (a: unknown, b: unknown): boolean =>
  Array.isArray(a) && Array.isArray(b)
    ? a.length === b.length && a.every((item, index) => item === b[index])
    : a === b;

const newStaged = (tokenId: string): Staged => ({ tokenId, seen: {}, activeUsers: new Set() });

const emptyState = (tokenId: string): SyncStateRow => ({ tokenId, versions: {}, driftedAssets: 0 });

const ackOf = (work: SyncWork): SyncAck => ({ workId: work.workId, syncId: work.syncId });

const sameTable = (work: SyncWork, like: PageWork) =>
  work.type === like.type && work.syncId === like.syncId;

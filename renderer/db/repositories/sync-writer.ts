import { Dexie } from 'dexie';
import type {
  SyncAck,
  SyncAsset,
  SyncAssignment,
  SyncDataset,
  SyncUser,
  SyncWork,
} from '../../../shared/domain/sync';
import type { ConsoleDatabase, NewRow } from '../database';
import type {
  AssetRow,
  AssignmentRow,
  PricingParam,
  ProductType,
  SyncStateRow,
  VppUserRow,
  VppUserStatus,
} from '../types';

/** An assignment's key: `tokenId|adamId|pricingParam|u:clientUserId` (or `d:serialNumber`). */
export const assignmentIdOf = (tokenId: string, assignment: SyncAssignment): string =>
  `${tokenId}|${assignment.adamId}|${assignment.pricingParam}|${
    assignment.clientUserId !== undefined
      ? `u:${assignment.clientUserId}`
      : `d:${assignment.serialNumber ?? ''}`
  }`;

/**
 * Every key of one token's rows in a table, as a key range: `[tokenId]` sorts before every
 * `[tokenId, …]` key and `[tokenId, maxKey]` after them (one maxKey only: an array may not
 * hold the same array twice).
 */
const compoundRange = (tokenId: string) => [[tokenId], [tokenId, Dexie.maxKey]] as const;
const tokenRange = {
  assets: compoundRange,
  users: compoundRange,
  assignments: (tokenId: string) => [`${tokenId}|`, `${tokenId}|\uffff`] as const,
};

/** What a full traversal has brought so far, to remove the rest at its end. */
interface Staged {
  tokenId: string;
  seen: Partial<Record<SyncDataset, Set<string>>>;
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

const assignmentRow = (tokenId: string, assignment: SyncAssignment): AssignmentRow => ({
  id: assignmentIdOf(tokenId, assignment),
  tokenId,
  adamId: assignment.adamId,
  pricingParam: assignment.pricingParam as PricingParam,
  ...(assignment.clientUserId !== undefined ? { clientUserId: assignment.clientUserId } : {}),
  ...(assignment.serialNumber !== undefined ? { serialNumber: assignment.serialNumber } : {}),
});

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
    const seen = staged.seen[first.type];
    const { tokenId } = first;
    if (first.type === 'assets') {
      const rows = pages.flatMap((page) =>
        (page.records as SyncAsset[]).map((record) => assetRow(tokenId, record)),
      );
      await this.db.transaction('rw', this.db.assets, () => this.db.assets.bulkPut(rows));
      for (const row of rows) seen?.add(`${row.adamId}|${row.pricingParam}`);
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
      await this.db.transaction('rw', this.db.vppUsers, () =>
        this.db.vppUsers.bulkPut([...rows.values()]),
      );
      for (const clientUserId of rows.keys()) seen?.add(clientUserId);
    } else {
      const rows = pages.flatMap((page) =>
        (page.records as SyncAssignment[]).map((record) => assignmentRow(tokenId, record)),
      );
      await this.db.transaction('rw', this.db.assignments, () => this.db.assignments.bulkPut(rows));
      for (const row of rows) seen?.add(row.id);
    }
  }

  /** Stores the versionId; after a full traversal, removes what it did not bring. */
  private async endTraversal(work: Extract<SyncWork, { type: 'traversalEnd' }>): Promise<void> {
    const { tokenId, dataset } = work;
    const seen = this.stagedOf(work).seen[dataset];
    const db = this.db;
    await db.transaction('rw', [db.assets, db.vppUsers, db.assignments, db.syncState], async () => {
      if (work.full && seen) {
        if (dataset === 'assets') {
          const [lower, upper] = tokenRange.assets(tokenId);
          const keys = await db.assets.where(':id').between(lower, upper, true, true).primaryKeys();
          await db.assets.bulkDelete(
            keys.filter(([, adamId, pricing]) => !seen.has(`${adamId}|${pricing}`)),
          );
        } else if (dataset === 'users') {
          const [lower, upper] = tokenRange.users(tokenId);
          const keys = await db.vppUsers
            .where(':id')
            .between(lower, upper, true, true)
            .primaryKeys();
          await db.vppUsers.bulkDelete(keys.filter(([, clientUserId]) => !seen.has(clientUserId)));
        } else {
          const [lower, upper] = tokenRange.assignments(tokenId);
          const keys = await db.assignments
            .where(':id')
            .between(lower, upper, true, true)
            .primaryKeys();
          await db.assignments.bulkDelete(keys.filter((key) => !seen.has(key)));
        }
      }
      if (dataset !== 'assets') {
        const state = await db.syncState.get(tokenId);
        const versions = { ...state?.versions };
        if (work.versionId !== undefined) versions[dataset] = work.versionId;
        else delete versions[dataset];
        await db.syncState.put({ ...emptyState(tokenId), ...state, versions });
      }
    });
    delete this.stagedOf(work).seen[dataset];
  }

  /**
   * The drift check: the assignments this database holds per title, against Apple's
   * `assignedCount` + `retiredCount`. A difference is marked on the title (`localAssignedCount`) and counted on
   * the token; Sync Now (a full sync) repairs what a delta cannot see, such as removals.
   */
  private async checkDrift(tokenId: string, syncedAt: number): Promise<number> {
    const db = this.db;
    return db.transaction('rw', [db.assets, db.assignments, db.syncState], async () => {
      const [lower, upper] = tokenRange.assignments(tokenId);
      const keys = await db.assignments
        .where(':id')
        .between(lower, upper, true, true)
        .primaryKeys();
      const local = new Map<string, number>();
      for (const key of keys) {
        const second = key.indexOf('|', tokenId.length + 1);
        const third = key.indexOf('|', second + 1);
        const title = key.slice(tokenId.length + 1, third);
        local.set(title, (local.get(title) ?? 0) + 1);
      }
      const [assetLower, assetUpper] = tokenRange.assets(tokenId);
      const assets = await db.assets
        .where(':id')
        .between(assetLower, assetUpper, true, true)
        .toArray();
      let drifted = 0;
      const changed: AssetRow[] = [];
      for (const asset of assets) {
        const count = local.get(`${asset.adamId}|${asset.pricingParam}`) ?? 0;
        // Apple lists the books retired users keep among the assignments, and counts them
        // as retired licenses rather than assigned ones.
        const differs = count !== asset.assignedCount + asset.retiredCount;
        if (differs) drifted++;
        if (differs && asset.localAssignedCount !== count)
          changed.push({ ...asset, localAssignedCount: count });
        if (!differs && asset.localAssignedCount !== undefined) {
          const { localAssignedCount: _gone, ...rest } = asset;
          changed.push(rest);
        }
      }
      if (changed.length > 0) await db.assets.bulkPut(changed);
      const state = await db.syncState.get(tokenId);
      await db.syncState.put({
        ...emptyState(tokenId),
        ...state,
        syncedAt,
        driftedAssets: drifted,
        checkedAt: syncedAt,
      });
      return drifted;
    });
  }
}

const newStaged = (tokenId: string): Staged => ({ tokenId, seen: {}, activeUsers: new Set() });

const emptyState = (tokenId: string): SyncStateRow => ({ tokenId, versions: {}, driftedAssets: 0 });

const ackOf = (work: SyncWork): SyncAck => ({ workId: work.workId, syncId: work.syncId });

const sameTable = (work: SyncWork, like: PageWork) =>
  work.type === like.type && work.syncId === like.syncId;

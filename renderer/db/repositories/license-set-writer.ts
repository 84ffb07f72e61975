import type { SyncAssignment } from '../../../shared/domain/sync';
import type { ConsoleDatabase } from '../database';
import {
  bucketOf,
  deviceHolder,
  licenseSetKey,
  licenseSetRow,
  titleKeyOf,
  tokenSetRange,
  userHolder,
} from '../license-sets';
import type { LicenseSetRow, SyncStateRow } from '../types';

/** Rows per transaction at the end of a full traversal: short commits, short frames. */
const ROWS_PER_TRANSACTION = 250;

const holderOf = (assignment: SyncAssignment) =>
  assignment.clientUserId !== undefined
    ? userHolder(assignment.clientUserId)
    : deviceHolder(assignment.serialNumber ?? '');

/**
 * One traversal of a token's assignments on its way into license sets. Pages are only
 * collected (instantly), so main reads Apple at full speed; the traversal's end writes them.
 * A full traversal replaces the token's sets, a delta adds its holders to the sets they touch
 * (Apple's deltas list no removals: the drift check and the next full sync see those).
 */
export class LicenseSetTraversal {
  /** `rowKey` → holders, for a delta; `titleKey|bucket` → holders for a full traversal alike. */
  private readonly holders = new Map<string, Set<string>>();

  constructor(
    private readonly tokenId: string,
    readonly full: boolean,
  ) {}

  add(assignments: readonly SyncAssignment[]): void {
    for (const assignment of assignments) {
      const holder = holderOf(assignment);
      const key = licenseSetKey(this.tokenId, titleKeyOf(assignment), bucketOf(holder));
      let set = this.holders.get(key);
      if (!set) this.holders.set(key, (set = new Set()));
      set.add(holder);
    }
  }

  /**
   * Writes what the traversal brought and, in the last transaction, its versionId and the
   * title counts the drift check compares: a crash before that leaves the old versionId, and
   * the next sync reads from there again.
   */
  async write(
    db: ConsoleDatabase,
    finish: (state: SyncStateRow | undefined) => Partial<SyncStateRow>,
  ): Promise<void> {
    const { rows, added } = this.full
      ? { rows: this.fullRows(), added: undefined }
      : await this.mergedRows(db);
    const chunks: LicenseSetRow[][] = [];
    for (let at = 0; at < rows.length; at += ROWS_PER_TRANSACTION)
      chunks.push(rows.slice(at, at + ROWS_PER_TRANSACTION));
    const last = chunks.pop() ?? [];
    for (const chunk of chunks)
      await db.transaction('rw', db.licenseSets, () => db.licenseSets.bulkPut(chunk));
    await db.transaction('rw', [db.licenseSets, db.syncState], async () => {
      await db.licenseSets.bulkPut(last);
      const state = await db.syncState.get(this.tokenId);
      let counts: Record<string, number>;
      if (this.full) {
        const written = new Set(rows.map((row) => row.key));
        const [lower, upper] = tokenSetRange(this.tokenId);
        const stale = (
          await db.licenseSets.where(':id').between(lower, upper).primaryKeys()
        ).filter((key) => !written.has(key));
        await db.licenseSets.bulkDelete(stale);
        counts = countsOf(rows);
      } else {
        counts = { ...state?.titleCounts };
        for (const [title, more] of added!) counts[title] = (counts[title] ?? 0) + more;
      }
      await db.syncState.put({
        tokenId: this.tokenId,
        versions: {},
        driftedAssets: 0,
        ...state,
        titleCounts: counts,
        ...finish(state),
      });
    });
  }

  private fullRows(): LicenseSetRow[] {
    return [...this.holders].map(([key, holders]) => {
      const [, adamId, pricingParam, bucket] = key.split('|');
      return licenseSetRow(this.tokenId, `${adamId}|${pricingParam}`, Number(bucket), [...holders]);
    });
  }

  /** A delta's holders joined with the shares they land in, and how many each title gained. */
  private async mergedRows(db: ConsoleDatabase) {
    const keys = [...this.holders.keys()];
    const existing = await db.licenseSets.bulkGet(keys);
    const added = new Map<string, number>();
    const rows = keys.map((key, index) => {
      const [, adamId, pricingParam, bucket] = key.split('|');
      const title = `${adamId}|${pricingParam}`;
      const before = existing[index]?.holders ?? [];
      const merged = new Set(before);
      for (const holder of this.holders.get(key)!) merged.add(holder);
      added.set(title, (added.get(title) ?? 0) + merged.size - before.length);
      return licenseSetRow(this.tokenId, title, Number(bucket), [...merged]);
    });
    return { rows, added };
  }
}

const countsOf = (rows: LicenseSetRow[]): Record<string, number> => {
  const counts: Record<string, number> = {};
  for (const row of rows) {
    const title = titleKeyOf(row);
    counts[title] = (counts[title] ?? 0) + row.holders.length;
  }
  return counts;
};

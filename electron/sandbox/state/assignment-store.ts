import { assetKey, type AssetRecord, type PricingParam } from './asset-store';
import type { VersionedDataset } from './versioned-dataset';

/** Exactly one of clientUserId and serialNumber. */
export type AssignmentTarget = { clientUserId: string } | { serialNumber: string };

export interface AssignmentRecord {
  readonly adamId: string;
  readonly pricingParam: PricingParam;
  readonly clientUserId?: string;
  readonly serialNumber?: string;
  /** An irrevocable licence (a book) that stayed with its user when the user was retired. */
  heldByRetiredUser: boolean;
  changedSeq: number;
}

/**
 * Who holds which licence, indexed by holder (user or device) and then asset: a holder has a
 * handful of licences, so lookups, revoking and retiring stay cheap at 200,000 rows.
 */
export class AssignmentStore {
  private readonly records = new Set<AssignmentRecord>();
  // Keyed by the id itself (no concatenated key), so V8 reuses each string's cached hash.
  private readonly byUser = new Map<string, Map<string, AssignmentRecord>>();
  private readonly byDevice = new Map<string, Map<string, AssignmentRecord>>();
  private ordered: AssignmentRecord[] | undefined;

  constructor(readonly dataset: VersionedDataset) {}

  find(asset: AssetRecord, target: AssignmentTarget): AssignmentRecord | undefined {
    return this.holdings(target)?.get(asset.key);
  }

  add(asset: AssetRecord, target: AssignmentTarget): AssignmentRecord {
    const record: AssignmentRecord = {
      adamId: asset.adamId,
      pricingParam: asset.pricingParam,
      ...target,
      heldByRetiredUser: false,
      changedSeq: this.dataset.stamp(),
    };
    let held = this.holdings(target);
    if (!held) {
      held = new Map();
      if ('clientUserId' in target) this.byUser.set(target.clientUserId, held);
      else this.byDevice.set(target.serialNumber, held);
    }
    held.set(asset.key, record);
    this.records.add(record);
    this.ordered = undefined;
    return record;
  }

  remove(record: AssignmentRecord): void {
    this.holdings(record)?.delete(assetKey(record.adamId, record.pricingParam));
    this.records.delete(record);
    // Removal is a change too: the data set gets a new versionId.
    this.dataset.stamp();
    this.ordered = undefined;
  }

  markHeldByRetiredUser(record: AssignmentRecord): void {
    record.heldByRetiredUser = true;
    record.changedSeq = this.dataset.stamp();
  }

  /** Marks a holder's rows changed (their user's state, shown with includeUserState, moved). */
  touchHolder(target: AssignmentTarget): void {
    for (const record of this.holdings(target)?.values() ?? [])
      record.changedSeq = this.dataset.stamp();
  }

  heldBy(target: AssignmentTarget): readonly AssignmentRecord[] {
    return [...(this.holdings(target)?.values() ?? [])];
  }

  private holdings(holder: { clientUserId?: string; serialNumber?: string }) {
    return holder.clientUserId !== undefined
      ? this.byUser.get(holder.clientUserId)
      : this.byDevice.get(holder.serialNumber!);
  }

  /** Every assignment, oldest first. */
  all(): readonly AssignmentRecord[] {
    this.ordered ??= [...this.records];
    return this.ordered;
  }

  get size(): number {
    return this.records.size;
  }
}

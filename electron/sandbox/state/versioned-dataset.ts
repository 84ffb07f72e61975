import { randomUUID } from 'node:crypto';

/**
 * The `versionId` of one data set (assets, assignments or users) of a location. Records carry
 * the sequence number of the change batch that last touched them, so a `sinceVersionId` query
 * is "records stamped after that version". One batch (one event, one purchase) makes one new
 * version, however many records it touches.
 */
export class VersionedDataset {
  private committedSeq = 0;
  private pendingSeq: number | undefined;
  private currentId: string;
  private readonly seqById = new Map<string, number>();

  constructor() {
    this.currentId = randomUUID();
    this.seqById.set(this.currentId, 0);
  }

  get versionId(): string {
    return this.currentId;
  }

  get seq(): number {
    return this.committedSeq;
  }

  /** The sequence number to stamp on a record changed in the current batch. */
  stamp(): number {
    this.pendingSeq ??= this.committedSeq + 1;
    return this.pendingSeq;
  }

  /** Ends a batch: if anything was stamped, a new versionId exists from now on. */
  commit(): void {
    if (this.pendingSeq === undefined) return;
    this.committedSeq = this.pendingSeq;
    this.pendingSeq = undefined;
    this.currentId = randomUUID();
    this.seqById.set(this.currentId, this.committedSeq);
  }

  /** The sequence number a versionId stands for, or undefined if this data set never issued it. */
  seqOf(versionId: string): number | undefined {
    return this.seqById.get(versionId);
  }
}

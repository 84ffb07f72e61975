import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { z } from 'zod';
import {
  AssignmentAsset,
  AssignmentFailure,
  AssignmentOperation,
  AssignmentResult,
} from '../../shared/domain/assignments';
import { readFileIfExists, writeFileAtomic } from '../host/atomic-file';
import { BATCH_FILE_NAME, batchFilePath, pruneBatchFiles } from '../host/batch-files';

/**
 * One request of the batch: a slice of its assets × a slice of its users or of its devices.
 * Slices, not copies of the ids, keep the file small enough to rewrite after every request.
 */
const PlannedRequest = z.object({
  assets: z.tuple([z.number().int(), z.number().int()]),
  targets: z.enum(['clientUserIds', 'serialNumbers']),
  range: z.tuple([z.number().int(), z.number().int()]),
  /** Written as soon as Apple accepted the request: from then on it is polled, never re-sent. */
  eventIds: z.array(z.string()).optional(),
  /** Apple refused the request at once (its number): every task in it failed. */
  refused: z.number().int().optional(),
});
export type PlannedRequest = z.infer<typeof PlannedRequest>;

const Outcome = z.object({
  finishedAt: z.number(),
  result: AssignmentResult,
  /** Every failed task Apple named, for "Retry just those". */
  failures: z.array(AssignmentFailure),
  /** Failed tasks Apple counted without naming who: Apple's number → how many. */
  unnamed: z.array(z.object({ errorNumber: z.number().int(), count: z.number().int() })),
});
export type AssignmentOutcome = z.infer<typeof Outcome>;

const BatchFile = z.object({
  version: z.literal(1),
  operation: AssignmentOperation,
  tokenId: z.string(),
  createdAt: z.number(),
  /** Distinct, in the order given: Apple hands scarce licences to the first users listed. */
  assets: z.array(AssignmentAsset),
  clientUserIds: z.array(z.string()),
  serialNumbers: z.array(z.string()),
  /** Made by the job's first run, with the limits Apple advertised then. */
  plan: z.array(PlannedRequest).optional(),
  outcome: Outcome.optional(),
});
export type AssignmentBatch = Omit<z.infer<typeof BatchFile>, 'version'>;
export type NewAssignmentBatch = Pick<
  AssignmentBatch,
  'operation' | 'tokenId' | 'assets' | 'clientUserIds' | 'serialNumbers'
>;

/** As for registrations: enough for every task still shown, a month's worth at most. */

export interface AssignmentBatchStoreOptions {
  /** Batch ids of tasks still queued or running: their files are never pruned. */
  inUse?: () => ReadonlySet<string>;
  now?: () => number;
  keep?: number;
  keepForMs?: number;
  log?: (message: string) => void;
}

const distinct = <T>(values: readonly T[], key: (value: T) => string): T[] => {
  const seen = new Map<string, T>();
  for (const value of values) if (!seen.has(key(value))) seen.set(key(value), value);
  return [...seen.values()];
};

/**
 * The batches of associations and disassociations, one file each in `<dataDir>/assignments/`.
 * Every write replaces the file atomically, so a crash leaves the last state whole: the plan,
 * and each eventId Apple gave.
 */
export class AssignmentBatchStore {
  readonly folder: string;
  private readonly now: () => number;

  constructor(
    dataDir: string,
    private readonly options: AssignmentBatchStoreOptions = {},
  ) {
    this.folder = join(dataDir, 'assignments');
    this.now = options.now ?? Date.now;
  }

  /** Writes the batch (durably, before any task can read it) and returns its id. */
  async save(batch: NewAssignmentBatch): Promise<string> {
    const batchId = randomUUID();
    await this.write(batchId, {
      operation: batch.operation,
      tokenId: batch.tokenId,
      createdAt: this.now(),
      assets: distinct(batch.assets, (asset) => `${asset.adamId}|${asset.pricingParam}`),
      clientUserIds: distinct(batch.clientUserIds, String),
      serialNumbers: distinct(batch.serialNumbers, String),
    });
    await this.prune().catch((error: unknown) =>
      this.options.log?.(`assignments: could not remove old batches: ${String(error)}`),
    );
    return batchId;
  }

  /** The batch, or undefined when it is gone (pruned) or can't be read as one. */
  async load(batchId: string): Promise<AssignmentBatch | undefined> {
    if (!BATCH_FILE_NAME.test(`${batchId}.json`)) return undefined;
    const text = await readFileIfExists(this.pathOf(batchId));
    if (text === undefined) return undefined;
    try {
      const { version: _version, ...batch } = BatchFile.parse(JSON.parse(text));
      return batch;
    } catch (error) {
      this.options.log?.(`assignments: batch ${batchId} can’t be read: ${String(error)}`);
      return undefined;
    }
  }

  /** Replaces the batch's file with this state (the job's plan, eventIds, outcome). */
  write(batchId: string, batch: AssignmentBatch): Promise<void> {
    const file: z.infer<typeof BatchFile> = { version: 1, ...batch };
    return writeFileAtomic(this.pathOf(batchId), JSON.stringify(file));
  }

  /** Removes what is beyond the newest `keep` batches or older than `keepForMs`; returns how many. */
  prune(): Promise<number> {
    return pruneBatchFiles(this.folder, {
      keep: this.options.keep,
      keepForMs: this.options.keepForMs,
      inUse: this.options.inUse?.(),
      now: this.now(),
    });
  }

  private pathOf(batchId: string): string {
    return batchFilePath(this.folder, batchId);
  }
}

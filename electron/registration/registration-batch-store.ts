import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { z } from 'zod';
import { RegistrationUser } from '../../shared/domain/vpp-registration';
import { readFileIfExists, writeFileAtomic } from '../host/atomic-file';
import { BATCH_FILE_NAME, batchFilePath, pruneBatchFiles } from '../host/batch-files';

export const RegistrationOperation = z.enum(['register', 'retire']);
export type RegistrationOperation = z.infer<typeof RegistrationOperation>;

const BatchFile = z.object({
  version: z.literal(1),
  operation: RegistrationOperation,
  tokenId: z.string(),
  createdAt: z.number(),
  users: z.array(RegistrationUser),
});
export type RegistrationBatch = Omit<z.infer<typeof BatchFile>, 'version'>;

/** Enough for every task that can be active or shown with Run Again, a month's worth at most. */

export interface RegistrationBatchStoreOptions {
  /** Batch ids of tasks still queued or running: their files are never pruned. */
  inUse?: () => ReadonlySet<string>;
  now?: () => number;
  keep?: number;
  keepForMs?: number;
  log?: (message: string) => void;
}

/**
 * The users of each registration or retirement, one file per batch in
 * `<dataDir>/registrations/`: task params stay small, and Run Again (or a restart) repeats
 * exactly the same clientUserIds, which Apple then answers with 9716 instead of a second user.
 * Old files go once there are more than `keep` of them or they are older than `keepForMs`.
 */
export class RegistrationBatchStore {
  readonly folder: string;
  private readonly now: () => number;

  constructor(
    dataDir: string,
    private readonly options: RegistrationBatchStoreOptions = {},
  ) {
    this.folder = join(dataDir, 'registrations');
    this.now = options.now ?? Date.now;
  }

  /** Writes the batch (durably, before any task can read it) and returns its id. */
  async save(batch: Omit<RegistrationBatch, 'createdAt'>): Promise<string> {
    const batchId = randomUUID();
    const file: z.infer<typeof BatchFile> = { version: 1, ...batch, createdAt: this.now() };
    await writeFileAtomic(this.pathOf(batchId), JSON.stringify(file));
    await this.prune().catch((error: unknown) =>
      this.options.log?.(`registrations: could not remove old batches: ${String(error)}`),
    );
    return batchId;
  }

  /** The batch, or undefined when it is gone (pruned) or can't be read as one. */
  async load(batchId: string): Promise<RegistrationBatch | undefined> {
    if (!BATCH_FILE_NAME.test(`${batchId}.json`)) return undefined;
    const text = await readFileIfExists(this.pathOf(batchId));
    if (text === undefined) return undefined;
    try {
      const { version: _version, ...batch } = BatchFile.parse(JSON.parse(text));
      return batch;
    } catch (error) {
      this.options.log?.(`registrations: batch ${batchId} can’t be read: ${String(error)}`);
      return undefined;
    }
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

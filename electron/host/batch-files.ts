import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The folders of task batches (`registrations/`, `assignments/`): one `<batchId>.json` per
 * batch, so a task's params name the batch and Run Again repeats it. Shared rules for their
 * names and for how long they are kept.
 */

/** A batch file's name: its batch id (a UUID) and `.json`. */
export const BATCH_FILE_NAME =
  /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.json$/;

export const KEEP_BATCHES = 200;
export const KEEP_BATCHES_FOR_MS = 30 * 24 * 60 * 60_000;

export const batchFilePath = (folder: string, batchId: string): string =>
  join(folder, `${batchId}.json`);

export interface PruneOptions {
  keep?: number;
  keepForMs?: number;
  /** Batches of queued or running tasks: never removed. */
  inUse?: ReadonlySet<string>;
  now: number;
}

/** Removes what is beyond the newest `keep` batches or older than `keepForMs`; returns how many. */
export const pruneBatchFiles = async (folder: string, options: PruneOptions): Promise<number> => {
  const keep = options.keep ?? KEEP_BATCHES;
  const keepForMs = options.keepForMs ?? KEEP_BATCHES_FOR_MS;
  const inUse = options.inUse ?? new Set<string>();
  const names = await readdir(folder).catch(() => [] as string[]);
  const found = await Promise.all(
    names.flatMap((name) => {
      const id = BATCH_FILE_NAME.exec(name)?.[1];
      if (!id) return [];
      return [
        stat(join(folder, name)).then(
          (info) => ({ id, modifiedAt: info.mtimeMs }),
          () => undefined,
        ),
      ];
    }),
  );
  const newestFirst = found
    .flatMap((batch) => (batch ? [batch] : []))
    .sort((a, b) => b.modifiedAt - a.modifiedAt);
  const oldest = options.now - keepForMs;
  const doomed = newestFirst.filter(
    (batch, index) => !inUse.has(batch.id) && (index >= keep || batch.modifiedAt < oldest),
  );
  await Promise.all(doomed.map((batch) => rm(batchFilePath(folder, batch.id), { force: true })));
  return doomed.length;
};

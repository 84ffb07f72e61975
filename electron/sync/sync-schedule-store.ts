import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../host/atomic-file';
import { keepDataFileAside, readDataFile } from '../host/data-file';

const FILE_NAME = 'sync-schedule.json';

export const TokenSchedule = z.object({
  /** When the last sync of any kind succeeded. */
  lastSyncAt: z.number().optional(),
  lastFullSyncAt: z.number().optional(),
  /** When the last sync started that did not succeed (so a failing token is not retried in a loop). */
  lastFailedAt: z.number().optional(),
  lastOutcome: z.enum(['succeeded', 'failed']).optional(),
  lastTaskId: z.string().optional(),
  /** The versionIds the last sync ended with (the window's database holds the same). */
  usersVersionId: z.string().optional(),
  assignmentsVersionId: z.string().optional(),
});
export type TokenSchedule = z.infer<typeof TokenSchedule>;

const ScheduleFile = z.object({
  version: z.literal(1),
  tokens: z.record(z.string(), TokenSchedule),
});

/**
 * `<dataDir>/sync-schedule.json`: per token, when it last synced and how it went, so the
 * scheduler knows after a restart (or a night asleep) what is due. Written atomically, one
 * write at a time; a damaged file is kept aside and the schedule starts over (every token
 * then gets a full sync, which is always safe).
 */
export class SyncScheduleStore {
  private tokens: Record<string, TokenSchedule> = {};
  private writes: Promise<unknown> = Promise.resolve();
  private readonly path: string;

  constructor(
    private readonly dataDir: string,
    private readonly log: (message: string) => void = () => {},
  ) {
    this.path = join(dataDir, FILE_NAME);
  }

  async load(): Promise<void> {
    const text = await readDataFile(this.dataDir, FILE_NAME, 'sync schedule');
    if (text === undefined) return;
    try {
      this.tokens = ScheduleFile.parse(JSON.parse(text)).tokens;
    } catch {
      // Every token then gets a full sync, which is always safe.
      await keepDataFileAside(this.dataDir, this.path, 'started a new schedule', this.log);
    }
  }

  get(tokenId: string): TokenSchedule {
    return this.tokens[tokenId] ?? {};
  }

  update(tokenId: string, patch: Partial<TokenSchedule>): Promise<void> {
    this.tokens[tokenId] = { ...this.get(tokenId), ...patch };
    return this.save();
  }

  forget(tokenId: string): Promise<void> {
    if (!(tokenId in this.tokens)) return Promise.resolve();
    delete this.tokens[tokenId];
    return this.save();
  }

  /** The latest state always lands, whatever order the writes were asked in. */
  private save(): Promise<void> {
    const run = this.writes.then(() =>
      writeFileAtomic(this.path, JSON.stringify({ version: 1, tokens: this.tokens })),
    );
    this.writes = run.catch((error: unknown) =>
      this.log(`${FILE_NAME} could not be written: ${(error as Error).message}`),
    );
    return run;
  }
}

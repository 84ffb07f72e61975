import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { writeFileAtomic } from '../host/atomic-file';
import { DataDirProblem } from '../host/data-dir-problem';
import { keepDataFileAside, readDataFile } from '../host/data-file';
import { TOKEN_FILE_VERSION, TokenRecord, TokensFile } from './token-record';

const FILE_NAME = 'tokens.json';

/**
 * The tokens' metadata in `<dataDir>/tokens.json` (never their secrets: those are in the
 * vault), and this installation's `mdmId`. Kept in memory; every change rewrites the file
 * durably, one write at a time, and changes made while a write is waiting share the next one,
 * so a burst of changes to 3,000 tokens costs a few writes, not 3,000.
 */
export class TokenStore {
  private records = new Map<string, TokenRecord>();
  private id = '';
  private readonly path: string;
  private writes: Promise<void> = Promise.resolve();
  private queued: Promise<void> | undefined;

  constructor(
    private readonly dataDir: string,
    private readonly log: (message: string) => void = () => {},
  ) {
    this.path = join(dataDir, FILE_NAME);
  }

  /** Throws a DataDirProblem when the file can be neither read nor moved out of the way. */
  async load(): Promise<void> {
    const text = await readDataFile(this.dataDir, FILE_NAME, 'token list');
    const file = text === undefined ? undefined : parseTokensFile(text);
    if (text !== undefined && !file)
      await keepDataFileAside(this.dataDir, this.path, 'started without tokens', this.log);
    this.id = file?.mdmId ?? randomUUID();
    this.records = new Map((file?.tokens ?? []).map((record) => [record.id, record]));
    // A new mdmId is saved at once: every later answer from Apple is compared with it.
    if (!file)
      await this.persist().catch((error: unknown) => {
        throw DataDirProblem.cannotWrite(this.dataDir, error);
      });
  }

  /** This console's id in the `mdmInfo` it writes to a location. */
  get mdmId(): string {
    return this.id;
  }

  list(): TokenRecord[] {
    return [...this.records.values()];
  }

  get(id: string): TokenRecord | undefined {
    return this.records.get(id);
  }

  findByUId(uId: string): TokenRecord | undefined {
    for (const record of this.records.values()) if (record.uId === uId) return record;
    return undefined;
  }

  /** Saves the record; a failed write leaves the store as it was. */
  async put(record: TokenRecord): Promise<void> {
    const before = this.records.get(record.id);
    this.records.set(record.id, record);
    try {
      await this.persist();
    } catch (error) {
      if (this.records.get(record.id) === record) {
        if (before) this.records.set(record.id, before);
        else this.records.delete(record.id);
      }
      throw error;
    }
  }

  /** Applies `change` to the current record (if there still is one) and saves it. */
  async update(
    id: string,
    change: (record: TokenRecord) => TokenRecord,
  ): Promise<TokenRecord | undefined> {
    const current = this.records.get(id);
    if (!current) return undefined;
    const next = change(current);
    if (next !== current) await this.put(next);
    return next;
  }

  async remove(id: string): Promise<boolean> {
    const before = this.records.get(id);
    if (!before) return false;
    this.records.delete(id);
    try {
      await this.persist();
    } catch (error) {
      if (!this.records.has(id)) this.records.set(id, before);
      throw error;
    }
    return true;
  }

  /** Resolves when the writes under way are done (or failed). */
  flushed(): Promise<void> {
    return this.writes;
  }

  /** Resolves once a write that includes every change made so far is on disk. */
  private persist(): Promise<void> {
    if (this.queued) return this.queued;
    const run = this.writes.then(() => {
      this.queued = undefined;
      const file: TokensFile = {
        version: TOKEN_FILE_VERSION,
        mdmId: this.id,
        tokens: this.list(),
      };
      return writeFileAtomic(this.path, JSON.stringify(file));
    });
    this.queued = run;
    this.writes = run.catch(() => undefined);
    return run;
  }
}

const parseTokensFile = (text: string): TokensFile | undefined => {
  try {
    const parsed = TokensFile.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
};

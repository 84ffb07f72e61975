import { join } from 'node:path';
import type { TaskSnapshot } from '../../shared/domain/tasks';
import { readFileIfExists } from '../host/atomic-file';
import { appendDurably, replaceDurably } from '../host/durable-file';
import {
  byteLengthOf,
  FinishedTaskIndex,
  JOURNAL_LIMITS,
  journalLineOf,
  type JournalLimits,
} from './finished-task-index';
import { parseJournalLines } from './journal-lines';
import { keepAside } from './keep-aside';
import { readLegacyJournal } from './legacy-task-journal';
import type { TaskJournal } from './task-journal';

export const JOURNAL_FILE = 'finished-tasks.jsonl';
export { LEGACY_JOURNAL_FILE } from './legacy-task-journal';

/**
 * The last finished tasks in `<dataDir>/finished-tasks.jsonl`, so that a task which ended while
 * no window was connected is reported with its real outcome after main restarts, instead of
 * as "interrupted" (which would invite the admin to send a mail batch twice).
 *
 * One JSON line per finished task, appended and fsynced: a finish costs one line, not a rewrite
 * of everything. The file and the copy in memory share one byte budget: past it, the file is
 * compacted (rewritten atomically) to the newest tasks that fit in half the budget and are
 * younger than 30 days. A line torn by a crash mid-append is skipped; a file with lines that
 * are not ours is kept aside as `finished-tasks.jsonl.corrupt-<time>`, keeping the lines that
 * read. The version-1 `finished-tasks.json` is read once and moved in.
 */
export class FinishedTaskJournal implements TaskJournal {
  private readonly path: string;
  private readonly index: FinishedTaskIndex;
  /** Recorded, not yet appended. */
  private pending: TaskSnapshot[] = [];
  /** The file's size as we wrote it, to know when it passes the budget. */
  private fileBytes = 0;
  private writes: Promise<void> = Promise.resolve();
  /** An append that is queued but has not started: later records ride along with it. */
  private queued: Promise<void> | undefined;

  constructor(
    private readonly dataDir: string,
    private readonly log: (message: string) => void = () => {},
    now: () => number = Date.now,
    private readonly limits: JournalLimits = JOURNAL_LIMITS,
  ) {
    this.path = join(dataDir, JOURNAL_FILE);
    this.index = new FinishedTaskIndex(limits, now);
  }

  async load(): Promise<TaskSnapshot[]> {
    const text = await this.readFile();
    const lines = parseJournalLines(text ?? '');
    if (lines.unreadableLines > 0) await keepAside(this.path, this.log);
    const legacy = await readLegacyJournal(this.dataDir, this.log);
    // Older first, so a task in both keeps the journal's (later) snapshot.
    for (const task of [...(legacy?.tasks ?? []), ...lines.tasks]) this.index.add(task);
    this.fileBytes = lines.unreadableLines > 0 ? 0 : byteLengthOf(text ?? '');

    const rewrite =
      lines.tornTail ||
      lines.unreadableLines > 0 ||
      legacy !== undefined ||
      this.fileBytes > this.limits.maxBytes;
    if (rewrite && (await this.rewrite())) await legacy?.remove();
    return this.index.list();
  }

  record(task: TaskSnapshot): Promise<void> {
    this.index.add(task);
    this.pending.push(task);
    if (this.queued) return this.queued;
    const run = this.writes.then(() => {
      this.queued = undefined;
      return this.appendPending();
    });
    this.queued = run;
    this.writes = run;
    return run;
  }

  get(id: string): TaskSnapshot | undefined {
    return this.index.get(id);
  }

  list(): TaskSnapshot[] {
    return this.index.list();
  }

  /** Empties the file in one atomic write, after any append still queued. */
  async clear(): Promise<number> {
    const cleared = this.index.list().length;
    this.index.clear();
    this.pending = [];
    const run = this.writes.then(async () => {
      await this.rewrite();
    });
    this.writes = run;
    await run;
    return cleared;
  }

  flush(): Promise<void> {
    return this.writes;
  }

  private async readFile(): Promise<string | undefined> {
    try {
      return await readFileIfExists(this.path);
    } catch (error) {
      this.log(`${JOURNAL_FILE} could not be read (${String(error)}); starting without it`);
      return undefined;
    }
  }

  /** Appends what was recorded since the last append, as one write; compacts past the budget. */
  private async appendPending(): Promise<void> {
    // A task the index already let go of (trimmed for room) is not worth a line.
    const batch = this.pending.splice(0).filter((task) => this.index.has(task));
    if (batch.length === 0) return;
    const text = batch.map(journalLineOf).join('');
    try {
      await appendDurably(this.path, text);
      this.fileBytes += byteLengthOf(text);
    } catch (error) {
      this.log(`${JOURNAL_FILE} could not be written: ${String(error)}`);
      return;
    }
    if (this.fileBytes > this.limits.maxBytes) {
      this.index.trim();
      await this.rewrite();
    }
  }

  /**
   * Writes the file anew with what the index keeps, except what waits to be appended (that
   * comes next, so it would otherwise land twice). Resolves false when it could not.
   */
  private async rewrite(): Promise<boolean> {
    this.index.dropExpired();
    const waiting = new Set(this.pending);
    const text = this.index
      .list()
      .filter((task) => !waiting.has(task))
      .map(journalLineOf)
      .join('');
    try {
      await replaceDurably(this.path, text);
      this.fileBytes = byteLengthOf(text);
      return true;
    } catch (error) {
      this.log(`${JOURNAL_FILE} could not be written: ${String(error)}`);
      return false;
    }
  }
}

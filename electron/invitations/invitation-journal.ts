import { join } from 'node:path';
import { readFileIfExists } from '../host/atomic-file';
import { appendDurably, replaceDurably } from '../host/durable-file';
import { keepAside } from '../tasks/keep-aside';
import { parseInvitationLines } from './invitation-lines';
import { isUnfinished, type InvitationRecord } from './invitation-record';

export const INVITATION_JOURNAL_FILE = 'invitations.jsonl';

export interface InvitationJournalLimits {
  /** Past this many, the oldest finished invitations are forgotten at the next compaction. */
  maxInvitations: number;
  /** The file is rewritten once it holds this many lines more than there are invitations… */
  minSlackLines: number;
  /** …and more than this many lines per invitation. */
  maxLinesPerInvitation: number;
}

export const INVITATION_JOURNAL_LIMITS: InvitationJournalLimits = {
  maxInvitations: 100_000,
  minSlackLines: 20_000,
  maxLinesPerInvitation: 3,
};

type Listener = (changed: readonly InvitationRecord[]) => void;

/**
 * Main's durable record of every invitation, in `<dataDir>/invitations.jsonl`: one JSON line
 * per state an invitation reaches, appended and fsynced (what is recorded while an append is
 * under way goes in the next one, so 5,000 sends cost far fewer than 5,000 fsyncs). A line
 * torn by a crash is skipped; a damaged file is kept aside with the lines that read. When the
 * lines outnumber the invitations by far, the file is rewritten with one line each.
 */
export class InvitationJournal {
  private readonly path: string;
  private records = new Map<string, InvitationRecord>();
  private pending: InvitationRecord[] = [];
  private fileLines = 0;
  private writes: Promise<void> = Promise.resolve();
  /** An append queued behind the one running: later records ride along with it. */
  private queued: Promise<void> | undefined;
  private readonly listeners = new Set<Listener>();

  constructor(
    dataDir: string,
    private readonly log: (message: string) => void = () => {},
    private readonly limits: InvitationJournalLimits = INVITATION_JOURNAL_LIMITS,
  ) {
    this.path = join(dataDir, INVITATION_JOURNAL_FILE);
  }

  async load(): Promise<void> {
    let text: string | undefined;
    try {
      text = await readFileIfExists(this.path);
    } catch (error) {
      this.log(`${INVITATION_JOURNAL_FILE} could not be read (${String(error)})`);
      throw error;
    }
    const parsed = parseInvitationLines(text ?? '');
    this.records = parsed.records;
    this.fileLines = parsed.lines;
    if (parsed.unreadableLines > 0) await keepAside(this.path, this.log);
    if (parsed.tornTail || parsed.unreadableLines > 0 || this.wantsCompaction()) {
      await this.rewrite();
    }
  }

  get(id: string): InvitationRecord | undefined {
    return this.records.get(id);
  }

  get size(): number {
    return this.records.size;
  }

  /** Oldest first, a page at a time. */
  page(offset: number, limit: number): InvitationRecord[] {
    const page: InvitationRecord[] = [];
    let index = 0;
    for (const record of this.records.values()) {
      if (index++ < offset) continue;
      if (page.length >= limit) break;
      page.push(record);
    }
    return page;
  }

  inBatch(batchId: string): InvitationRecord[] {
    return [...this.records.values()].filter((record) => record.batchId === batchId);
  }

  /** The batches a restart must resume, each with one of its records (for token and names). */
  unfinishedBatches(): InvitationRecord[] {
    const batches = new Map<string, InvitationRecord>();
    for (const record of this.records.values()) {
      if (isUnfinished(record) && !batches.has(record.batchId)) {
        batches.set(record.batchId, record);
      }
    }
    return [...batches.values()];
  }

  /**
   * Takes the new states at once (get/list see them) and resolves when they are on disk.
   * Rejects when they could not be written: a send must not start on a record that isn't kept.
   */
  record(records: readonly InvitationRecord[]): Promise<void> {
    if (records.length === 0) return this.writes;
    for (const record of records) {
      this.records.set(record.id, record);
      this.pending.push(record);
    }
    for (const listener of this.listeners) listener(records);
    if (this.queued) return this.queued;
    const run = this.writes.then(() => {
      this.queued = undefined;
      return this.appendPending();
    });
    this.queued = run;
    this.writes = run.catch(() => undefined);
    return run;
  }

  /**
   * The same, without waiting: for states whose loss in a crash is harmless (an invitation
   * that reads `queued` instead of `sending` is sent again, with the same Message-ID, either
   * way). A write failure is logged by the append.
   */
  note(records: readonly InvitationRecord[]): void {
    this.record(records).catch(() => undefined);
  }

  onChange(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Waits until everything recorded so far is on disk (or could not be written). */
  async flush(): Promise<void> {
    await (this.queued ?? this.writes).catch(() => undefined);
  }

  private async appendPending(): Promise<void> {
    const batch = this.pending.splice(0);
    if (batch.length === 0) return;
    const text = batch.map((record) => `${JSON.stringify(record)}\n`).join('');
    try {
      await appendDurably(this.path, text);
    } catch (error) {
      this.log(`${INVITATION_JOURNAL_FILE} could not be written: ${String(error)}`);
      throw error;
    }
    this.fileLines += batch.length;
    if (this.wantsCompaction()) await this.rewrite();
  }

  private wantsCompaction(): boolean {
    const { minSlackLines, maxLinesPerInvitation, maxInvitations } = this.limits;
    const slack = this.fileLines - this.records.size;
    return (
      this.records.size > maxInvitations ||
      (slack > minSlackLines && this.fileLines > this.records.size * maxLinesPerInvitation)
    );
  }

  /** One line per invitation, the oldest finished ones beyond the limit left out. */
  private async rewrite(): Promise<void> {
    this.forgetOldest();
    const text = [...this.records.values()].map((record) => `${JSON.stringify(record)}\n`).join('');
    try {
      await replaceDurably(this.path, text);
      this.fileLines = this.records.size;
    } catch (error) {
      // The appended file still holds everything; compaction can wait for the next time.
      this.log(`${INVITATION_JOURNAL_FILE} could not be compacted: ${String(error)}`);
    }
  }

  private forgetOldest(): void {
    let excess = this.records.size - this.limits.maxInvitations;
    if (excess <= 0) return;
    for (const [id, record] of this.records) {
      if (excess <= 0) break;
      if (isUnfinished(record)) continue;
      this.records.delete(id);
      excess -= 1;
    }
  }
}

import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { readFileIfExists, writeFileAtomic } from '../host/atomic-file';

/** One message the catcher received, as the Outbox shows it. */
export interface OutboxMessage {
  id: string;
  receivedAt: string;
  subject: string;
  from: string;
  to: string;
  /** The Date header, ISO; the receive time when the message had none. */
  date: string;
  messageId: string;
  /** Raw header lines in order, as sent (`Subject: =?UTF-8?Q?…?=`). */
  headers: { key: string; line: string }[];
  text: string;
  /** The HTML part as sent; the renderer shows it in a sandboxed frame. */
  html: string | null;
  envelope: { from: string; to: string[] };
}

export type OutboxSummary = Pick<
  OutboxMessage,
  'id' | 'receivedAt' | 'subject' | 'from' | 'to' | 'date' | 'messageId'
>;

export type NewOutboxMessage = Omit<OutboxMessage, 'id' | 'receivedAt'>;

export const OUTBOX_FOLDER = 'outbox';
export const DEFAULT_OUTBOX_LIMIT = 5_000;

/**
 * Ids sort in arrival order: receive time, then a counter, then 8 hex characters of the
 * Message-ID's hash (random for a message without one), so finding an earlier copy of a
 * message needs only the folder's names, not every file.
 */
const ID = /^[0-9]{13}-[0-9]{6}-[0-9a-f]{8}$/;
const suffixOf = (id: string): string => id.slice(-8);
const hashOf = (messageId: string): string =>
  createHash('sha256').update(messageId).digest('hex').slice(0, 8);

type Listener = (message: OutboxSummary) => void;

/**
 * The catcher's Outbox: one JSON file per message in `<data>/outbox/`, written atomically, so a
 * crash leaves whole messages only. Bounded: past `limit` messages the oldest are deleted.
 * The index (ids, newest last) lives in memory; a page's messages are read when listed.
 * One message per Message-ID: an invitation sent again after a crash (same id, by design) is
 * answered with the copy already kept, so the Outbox shows what a mailbox would keep.
 */
export class OutboxStore {
  readonly #folder: string;
  readonly #limit: number;
  readonly #now: () => number;
  #ids: string[] = [];
  /** Id suffix (the Message-ID's hash) → the ids that carry it. */
  #bySuffix = new Map<string, string[]>();
  #counter = 0;
  #lastMs = 0;
  #listeners = new Set<Listener>();
  #writes: Promise<unknown> = Promise.resolve();

  constructor(dataDir: string, options: { limit?: number; now?: () => number } = {}) {
    this.#folder = join(dataDir, OUTBOX_FOLDER);
    this.#limit = options.limit ?? DEFAULT_OUTBOX_LIMIT;
    this.#now = options.now ?? Date.now;
  }

  async open(): Promise<void> {
    await mkdir(this.#folder, { recursive: true, mode: 0o700 });
    const names = await readdir(this.#folder);
    // Leftovers of a write cut short: never renamed into place, so never part of the Outbox.
    await Promise.all(
      names
        .filter((name) => name.endsWith('.tmp'))
        .map((name) => rm(join(this.#folder, name), { force: true })),
    );
    this.#ids = names
      .filter((name) => name.endsWith('.json'))
      .map((name) => name.slice(0, -'.json'.length))
      .filter((id) => ID.test(id))
      .sort();
    for (const id of this.#ids) this.#remember(id);
    const last = this.#ids.at(-1);
    if (last) {
      this.#lastMs = Number(last.slice(0, 13));
      this.#counter = Number(last.slice(14, 20)) + 1;
    }
    await this.#prune();
  }

  get size(): number {
    return this.#ids.length;
  }

  /** Newest first. */
  async list(page: { offset?: number; limit?: number } = {}): Promise<{
    total: number;
    messages: OutboxSummary[];
  }> {
    const offset = Math.max(0, Math.floor(page.offset ?? 0));
    const limit = Math.min(500, Math.max(0, Math.floor(page.limit ?? 50)));
    const newestFirst = this.#ids
      .slice()
      .reverse()
      .slice(offset, offset + limit);
    const messages = await Promise.all(newestFirst.map((id) => this.get(id)));
    return {
      total: this.#ids.length,
      messages: messages.filter((m): m is OutboxMessage => m !== undefined).map(summaryOf),
    };
  }

  /** `undefined` for an id that is not (or no longer) in the Outbox. */
  async get(id: string): Promise<OutboxMessage | undefined> {
    if (!ID.test(id)) return undefined;
    const text = await readFileIfExists(this.#pathOf(id));
    if (text === undefined) return undefined;
    try {
      return JSON.parse(text) as OutboxMessage;
    } catch {
      return undefined;
    }
  }

  /**
   * Resolves once the message is on disk (the catcher answers 250 only then). A message whose
   * Message-ID the Outbox already holds is not kept twice: the copy kept is answered.
   */
  add(message: NewOutboxMessage): Promise<OutboxMessage> {
    const write = this.#writes.then(async () => {
      const earlier = message.messageId ? await this.#withMessageId(message.messageId) : undefined;
      if (earlier) return earlier;
      const suffix = message.messageId ? hashOf(message.messageId) : randomBytes(4).toString('hex');
      const stored: OutboxMessage = { id: this.#nextId(suffix), receivedAt: '', ...message };
      stored.receivedAt = new Date(Number(stored.id.slice(0, 13))).toISOString();
      await writeFileAtomic(this.#pathOf(stored.id), JSON.stringify(stored));
      this.#ids.push(stored.id);
      this.#remember(stored.id);
      await this.#prune();
      const summary = summaryOf(stored);
      for (const listener of this.#listeners) listener(summary);
      return stored;
    });
    this.#writes = write.catch(() => undefined);
    return write;
  }

  /** Empties the Outbox (after writes in progress); answers how many messages went. */
  clear(): Promise<number> {
    const run = this.#writes.then(async () => {
      const ids = this.#ids.splice(0);
      this.#bySuffix.clear();
      await Promise.all(ids.map((id) => rm(this.#pathOf(id), { force: true })));
      return ids.length;
    });
    this.#writes = run.catch(() => undefined);
    return run;
  }

  onMessage(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Waits for writes in progress. */
  async close(): Promise<void> {
    await this.#writes;
  }

  async #prune(): Promise<void> {
    const excess = this.#ids.length - this.#limit;
    if (excess <= 0) return;
    const oldest = this.#ids.splice(0, excess);
    for (const id of oldest) this.#forget(id);
    await Promise.all(oldest.map((id) => rm(this.#pathOf(id), { force: true })));
  }

  async #withMessageId(messageId: string): Promise<OutboxMessage | undefined> {
    for (const id of this.#bySuffix.get(hashOf(messageId)) ?? []) {
      const message = await this.get(id);
      if (message?.messageId === messageId) return message;
    }
    return undefined;
  }

  #remember(id: string): void {
    const suffix = suffixOf(id);
    const ids = this.#bySuffix.get(suffix);
    if (ids) ids.push(id);
    else this.#bySuffix.set(suffix, [id]);
  }

  #forget(id: string): void {
    const suffix = suffixOf(id);
    const ids = this.#bySuffix.get(suffix)?.filter((other) => other !== id) ?? [];
    if (ids.length > 0) this.#bySuffix.set(suffix, ids);
    else this.#bySuffix.delete(suffix);
  }

  #nextId(suffix: string): string {
    // Never earlier than the last id, even if the clock steps back: the order is the arrival order.
    const ms = Math.max(this.#now(), this.#lastMs);
    if (ms > this.#lastMs) this.#counter = 0;
    this.#lastMs = ms;
    const counter = this.#counter++;
    return `${String(ms).padStart(13, '0')}-${String(counter).padStart(6, '0')}-${suffix}`;
  }

  #pathOf(id: string): string {
    return join(this.#folder, `${id}.json`);
  }
}

const summaryOf = (message: OutboxMessage): OutboxSummary => ({
  id: message.id,
  receivedAt: message.receivedAt,
  subject: message.subject,
  from: message.from,
  to: message.to,
  date: message.date,
  messageId: message.messageId,
});

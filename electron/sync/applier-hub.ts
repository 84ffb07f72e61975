import type { SyncAck, SyncWork } from '../../shared/domain/sync';
import { AppError } from '../host/app-error';

/** A work item before the hub numbers it and names its sync. */
export type WorkBody = SyncWork extends infer W
  ? W extends SyncWork
    ? Omit<W, 'workId' | 'syncId' | 'tokenId'>
    : never
  : never;

export interface ApplierHubOptions {
  /** How long one pull waits for work before it answers with none. */
  pullWaitMs?: number;
  /** A window that has not pulled for this long is gone (closed, reloaded, asleep). */
  leaseMs?: number;
  /** Records one pull hands over at most (one database transaction's worth). */
  recordsPerPull?: number;
  /** Records a sync may have sent but not seen written before it waits. */
  maxUnackedRecords?: number;
  now?: () => number;
}

const windowGone = () =>
  new AppError(
    'sync.windowClosed',
    'The console window closed during the sync. It runs again when a window is open.',
  );

const recordsOf = (work: SyncWork | WorkBody): number =>
  'records' in work ? work.records.length : 0;

interface Pending {
  work: SyncWork;
  resolve(ack: SyncAck): void;
  reject(error: unknown): void;
}

interface Applier {
  id: string;
  lastSeen: number;
  /** The pull waiting for work, if one is. */
  waiting?: () => void;
}

/**
 * Where main's syncs meet the console windows that write their data. A window pulls
 * (`sync:pull`), acknowledging what it wrote; a sync hands over work and waits for its
 * acknowledgement. Each sync belongs to one window, so two windows never write the same pages.
 * Main never sends faster than the window writes: a sync with too much unacknowledged work
 * waits for room.
 */
export class ApplierHub {
  private readonly appliers = new Map<string, Applier>();
  private readonly sessions = new Map<string, ApplierSession>();
  private readonly presenceWaiters = new Set<() => void>();
  private readonly presenceListeners = new Set<() => void>();
  private nextWorkId = 1;
  private readonly leaseTimer: ReturnType<typeof setInterval>;
  readonly options: Required<ApplierHubOptions>;

  constructor(options: ApplierHubOptions = {}) {
    this.options = {
      pullWaitMs: options.pullWaitMs ?? 20_000,
      leaseMs: options.leaseMs ?? 45_000,
      recordsPerPull: options.recordsPerPull ?? 5_000,
      maxUnackedRecords: options.maxUnackedRecords ?? 20_000,
      now: options.now ?? Date.now,
    };
    this.leaseTimer = setInterval(
      () => this.expireLeases(),
      Math.min(5_000, this.options.leaseMs / 2),
    );
    this.leaseTimer.unref?.();
  }

  /** Is a window there to write a sync's data? */
  isPresent(): boolean {
    this.expireLeases();
    return this.appliers.size > 0;
  }

  /** Called when a window appears (the scheduler runs what became due while none was open). */
  onPresence(listener: () => void): () => void {
    this.presenceListeners.add(listener);
    return () => this.presenceListeners.delete(listener);
  }

  /**
   * A window's pull: applies its acknowledgements, then answers with its next work, waiting
   * up to `pullWaitMs` for some. An empty answer just means "pull again".
   */
  async pull(applierId: string, acks: SyncAck[]): Promise<SyncWork[]> {
    const isNew = !this.appliers.has(applierId);
    const applier = this.appliers.get(applierId) ?? { id: applierId, lastSeen: 0 };
    applier.lastSeen = this.options.now();
    this.appliers.set(applierId, applier);
    for (const session of this.sessions.values()) session.acknowledge(applierId, acks);
    if (isNew) this.announcePresence();

    const ready = this.takeWork(applierId);
    if (ready.length > 0) return ready;
    await new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        if (applier.waiting === done) applier.waiting = undefined;
        resolve();
      };
      const timer = setTimeout(done, this.options.pullWaitMs);
      applier.waiting?.(); // an older pull of the same window answers empty
      applier.waiting = done;
    });
    applier.lastSeen = this.options.now();
    return this.takeWork(applierId);
  }

  /**
   * A sync's line to one window, waiting for a window if none is open. The window that
   * pulled most recently gets it.
   */
  async openSession(
    syncId: string,
    tokenId: string,
    signal: AbortSignal,
    onWaiting?: () => void,
  ): Promise<ApplierSession> {
    while (!this.isPresent()) {
      onWaiting?.();
      await new Promise<void>((resolve, reject) => {
        const ready = () => {
          signal.removeEventListener('abort', aborted);
          this.presenceWaiters.delete(ready);
          resolve();
        };
        const aborted = () => {
          this.presenceWaiters.delete(ready);
          reject(signal.reason);
        };
        if (signal.aborted) return aborted();
        this.presenceWaiters.add(ready);
        signal.addEventListener('abort', aborted, { once: true });
      });
    }
    const applier = [...this.appliers.values()].sort((a, b) => b.lastSeen - a.lastSeen)[0]!;
    const session = new ApplierSession(this, syncId, tokenId, applier.id, () => {
      this.sessions.delete(syncId);
    });
    this.sessions.set(syncId, session);
    return session;
  }

  close(): void {
    clearInterval(this.leaseTimer);
    for (const session of this.sessions.values()) session.fail(windowGone(), true);
    for (const applier of this.appliers.values()) applier.waiting?.();
  }

  /** @internal */
  numberWork(body: WorkBody, syncId: string, tokenId: string): SyncWork {
    return { ...body, workId: this.nextWorkId++, syncId, tokenId } as SyncWork;
  }

  /** @internal A session has work for its window: wake that window's pull. */
  wake(applierId: string): void {
    this.appliers.get(applierId)?.waiting?.();
  }

  private takeWork(applierId: string): SyncWork[] {
    const work: SyncWork[] = [];
    let records = 0;
    for (const session of this.sessions.values()) {
      if (session.applierId !== applierId) continue;
      records = session.deliver(work, records, this.options.recordsPerPull);
      if (records >= this.options.recordsPerPull) break;
    }
    return work;
  }

  private announcePresence(): void {
    for (const ready of [...this.presenceWaiters]) ready();
    for (const listener of [...this.presenceListeners]) listener();
  }

  private expireLeases(): void {
    const cutoff = this.options.now() - this.options.leaseMs;
    for (const applier of [...this.appliers.values()]) {
      if (applier.waiting || applier.lastSeen >= cutoff) continue;
      this.appliers.delete(applier.id);
      for (const session of this.sessions.values()) {
        if (session.applierId === applier.id) session.fail(windowGone(), true);
      }
    }
  }
}

/** One sync's queue of work for its window. */
export class ApplierSession {
  private readonly queued: Pending[] = [];
  private readonly delivered = new Map<number, Pending>();
  private unackedRecords = 0;
  private roomWaiters: (() => void)[] = [];
  private failure: unknown;
  /** Only the `abort` for the window is left to deliver. */
  private aborting = false;

  constructor(
    private readonly hub: ApplierHub,
    readonly syncId: string,
    readonly tokenId: string,
    readonly applierId: string,
    private readonly onClose: () => void,
  ) {}

  /** Hands the window a work item; resolves with its acknowledgement once it is written. */
  send(body: WorkBody): Promise<SyncAck> {
    if (this.failure !== undefined) return Promise.reject(this.failure);
    const work = this.hub.numberWork(body, this.syncId, this.tokenId);
    this.unackedRecords += recordsOf(work);
    const acked = new Promise<SyncAck>((resolve, reject) => {
      this.queued.push({ work, resolve, reject });
    });
    // A sync sends pages without waiting for each; if the session fails it learns so from
    // the next send or room(), so an unawaited rejection here is expected, not unhandled.
    acked.catch(() => undefined);
    this.hub.wake(this.applierId);
    return acked;
  }

  /** Resolves when the window has written enough that more may be sent. */
  async room(): Promise<void> {
    while (
      this.failure === undefined &&
      this.unackedRecords >= this.hub.options.maxUnackedRecords
    ) {
      await new Promise<void>((resolve) => this.roomWaiters.push(resolve));
    }
    if (this.failure !== undefined) throw this.failure;
  }

  /**
   * Ends the session; work not yet acknowledged fails with `error`. The window still gets
   * one `abort`, so it forgets what it kept for this sync (unless it is gone already).
   */
  fail(error: unknown, windowGone = false): void {
    if (this.failure !== undefined) return;
    this.failure = error;
    for (const pending of [...this.queued, ...this.delivered.values()]) pending.reject(error);
    this.queued.length = 0;
    this.delivered.clear();
    this.releaseRoom();
    if (windowGone) return this.onClose();
    this.aborting = true;
    const work = this.hub.numberWork({ type: 'abort' }, this.syncId, this.tokenId);
    this.queued.push({ work, resolve: () => undefined, reject: () => undefined });
    this.hub.wake(this.applierId);
  }

  /** The sync ended well: its window has acknowledged everything. */
  close(): void {
    if (this.failure !== undefined) return;
    this.failure = new AppError('sync.sessionClosed', 'The sync ended.');
    this.onClose();
  }

  /** @internal */
  deliver(into: SyncWork[], records: number, limit: number): number {
    while (this.queued.length > 0) {
      const next = this.queued[0]!;
      const size = recordsOf(next.work);
      if (into.length > 0 && records + size > limit) break;
      this.queued.shift();
      this.delivered.set(next.work.workId, next);
      into.push(next.work);
      records += size;
    }
    if (this.aborting && this.queued.length === 0) {
      this.delivered.clear();
      this.onClose();
    }
    return records;
  }

  /** @internal */
  acknowledge(applierId: string, acks: SyncAck[]): void {
    if (applierId !== this.applierId) return;
    for (const ack of acks) {
      if (ack.syncId !== this.syncId) continue;
      const pending = this.delivered.get(ack.workId);
      if (!pending) continue;
      this.delivered.delete(ack.workId);
      this.unackedRecords -= recordsOf(pending.work);
      if (ack.error) {
        const error = new AppError(
          'sync.writeFailed',
          `The console could not write the synced data: ${ack.error.message}`,
          { code: ack.error.code },
        );
        pending.reject(error);
        this.fail(error);
        return;
      }
      pending.resolve(ack);
    }
    this.releaseRoom();
  }

  private releaseRoom(): void {
    const waiters = this.roomWaiters;
    this.roomWaiters = [];
    for (const resolve of waiters) resolve();
  }
}

import { randomUUID } from 'node:crypto';
import { FULL_SYNC_EVERY_MS, type SyncMode, type SyncTaskParams } from '../../shared/domain/sync';
import { isActive, type TaskSnapshot } from '../../shared/domain/tasks';
import type { TokenHealth, TokenSyncInfo } from '../../shared/domain/tokens';
import type { TaskRunner } from '../tasks/task-runner';
import type { SyncScheduleStore } from './sync-schedule-store';

/** What the scheduler needs to know of the tokens (the token service provides it). */
export interface SchedulableTokens {
  list(): readonly { id: string; name: string; health: TokenHealth }[];
  /** Re-announce a token's snapshot: its sync info changed. */
  announce(tokenId: string): void;
  /** False while the vault is locked: no sync can read its token. */
  canSync(): boolean;
}

export interface SyncSchedulerOptions {
  runner: TaskRunner;
  store: SyncScheduleStore;
  tokens: SchedulableTokens;
  intervalMinutes(): number;
  /** Is a console window there to write the data? (Syncs wait for one.) */
  windowPresent(): boolean;
  now?: () => number;
  /** How often to look for due syncs; waking from sleep is noticed at the next look. */
  checkEveryMs?: number;
}

/** Failures that say nothing about the token: they do not hold its next try back. */
const NOT_THE_TOKENS_FAULT = new Set(['sync.windowClosed', 'task.interrupted', 'task.cancelled']);

/**
 * Main's sync schedule: a delta sync of every token every `intervalMinutes`, a full one at
 * least every 7 days, and Sync Now (always full). Due times follow from when each token last
 * synced, so after sleep or a restart a missed sync runs once, not once per missed slot. At
 * most one sync per token runs at a time; tokens run side by side within the runner's limits.
 * A sync starts only while a window is open to write it; one that fell due with none open
 * starts when one opens.
 */
export class SyncScheduler {
  /** tokenId → the id of its queued or running sync task. */
  private readonly active = new Map<string, string>();
  /** When a never-synced token was first seen: its sync is due from then, a stable time. */
  private readonly firstSeen = new Map<string, number>();
  /** Tokens that asked for a delta sync while one ran: it started before their change. */
  private readonly soonAfter = new Set<string>();
  private closed = false;
  private timer: ReturnType<typeof setInterval> | undefined;
  private readonly now: () => number;
  private readonly unsubscribe: () => void;

  constructor(private readonly options: SyncSchedulerOptions) {
    this.now = options.now ?? Date.now;
    this.unsubscribe = options.runner.onChange((task) => this.observe(task));
  }

  start(): void {
    this.timer ??= setInterval(() => this.tick(), this.options.checkEveryMs ?? 30_000);
    this.timer.unref?.();
    this.tick();
  }

  close(): void {
    this.closed = true;
    this.soonAfter.clear();
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.unsubscribe();
  }

  /** Starts every sync that is due now (and can run). Returns the tasks it started. */
  tick(): TaskSnapshot[] {
    if (!this.options.tokens.canSync() || !this.options.windowPresent()) return [];
    const started: TaskSnapshot[] = [];
    for (const token of this.options.tokens.list()) {
      const mode = this.dueMode(token.id, token.health);
      if (mode) started.push(...this.launch(token, mode));
    }
    return started;
  }

  /** Sync Now: a full sync of these tokens (all of them by default), none twice at once. */
  syncNow(tokenIds?: readonly string[]): TaskSnapshot[] {
    const wanted = tokenIds ? new Set(tokenIds) : undefined;
    return this.options.tokens
      .list()
      .filter((token) => !wanted || wanted.has(token.id))
      .flatMap((token) => this.launch(token, 'full', { returnActive: true }));
  }

  /**
   * A delta sync of one token soon, because the console just changed something at Apple (users
   * registered or retired): the window then gets their status and inviteCode the usual way. A
   * sync already running may have read the users before the change, so one more follows it.
   */
  syncSoon(tokenId: string): TaskSnapshot | undefined {
    if (this.closed) return undefined;
    const token = this.options.tokens.list().find((candidate) => candidate.id === tokenId);
    if (!token || token.health === 'expired' || token.health === 'revoked') return undefined;
    if (this.activeTaskOf(tokenId)) {
      this.soonAfter.add(tokenId);
      return undefined;
    }
    return this.launch(token, 'delta')[0];
  }

  /**
   * A `vpp:sync` task asked for by id (Run Again, a benchmark's delta): started unless the
   * token already syncs, in which case that task is the answer.
   */
  startRequested(id: string, params: SyncTaskParams): TaskSnapshot {
    const running = this.activeTaskOf(params.tokenId);
    if (running) return running;
    const task = this.options.runner.start({ id, kind: 'vpp:sync', params });
    this.track(params.tokenId, task);
    return task;
  }

  /** What a token's snapshot says about its syncs. */
  infoOf(tokenId: string, health: TokenHealth): TokenSyncInfo {
    const schedule = this.options.store.get(tokenId);
    const next = this.nextSyncAt(tokenId, health);
    return {
      ...(schedule.lastSyncAt !== undefined ? { lastSyncAt: schedule.lastSyncAt } : {}),
      ...(schedule.lastFullSyncAt !== undefined ? { lastFullSyncAt: schedule.lastFullSyncAt } : {}),
      ...(next !== undefined ? { nextSyncAt: next } : {}),
      ...(schedule.lastOutcome ? { lastOutcome: schedule.lastOutcome } : {}),
      ...(schedule.lastTaskId ? { lastTaskId: schedule.lastTaskId } : {}),
      active: this.active.has(tokenId),
    };
  }

  /** A deleted token's schedule goes with it. */
  async forget(tokenId: string): Promise<void> {
    this.firstSeen.delete(tokenId);
    this.soonAfter.delete(tokenId);
    await this.options.store.forget(tokenId);
  }

  private launch(
    token: { id: string; name: string },
    mode: SyncMode,
    { returnActive = false } = {},
  ): TaskSnapshot[] {
    const running = this.activeTaskOf(token.id);
    if (running) return returnActive ? [running] : [];
    const params: SyncTaskParams = { tokenId: token.id, tokenName: token.name, mode };
    const task = this.options.runner.start({ id: randomUUID(), kind: 'vpp:sync', params });
    this.track(token.id, task);
    return [task];
  }

  private track(tokenId: string, task: TaskSnapshot): void {
    if (!isActive(task.status)) return;
    this.active.set(tokenId, task.id);
    this.options.tokens.announce(tokenId);
  }

  private activeTaskOf(tokenId: string): TaskSnapshot | undefined {
    const id = this.active.get(tokenId);
    if (!id) return undefined;
    const task = this.options.runner.get(id);
    if (task && isActive(task.status)) return task;
    this.active.delete(tokenId);
    return undefined;
  }

  private dueMode(tokenId: string, health: TokenHealth): SyncMode | undefined {
    if (health === 'expired' || health === 'revoked') return undefined;
    if (this.active.has(tokenId)) return undefined;
    const next = this.nextSyncAt(tokenId, health);
    if (next === undefined || next > this.now()) return undefined;
    const schedule = this.options.store.get(tokenId);
    const fullDue =
      schedule.lastFullSyncAt === undefined ||
      this.now() - schedule.lastFullSyncAt >= FULL_SYNC_EVERY_MS;
    return fullDue ? 'full' : 'delta';
  }

  private nextSyncAt(tokenId: string, health: TokenHealth): number | undefined {
    if (health === 'expired' || health === 'revoked') return undefined;
    const schedule = this.options.store.get(tokenId);
    const interval = this.options.intervalMinutes() * 60_000;
    let firstSeen = this.firstSeen.get(tokenId);
    if (schedule.lastSyncAt === undefined && firstSeen === undefined)
      this.firstSeen.set(tokenId, (firstSeen = this.now()));
    const byTime =
      schedule.lastSyncAt === undefined
        ? firstSeen!
        : Math.min(
            schedule.lastSyncAt + interval,
            (schedule.lastFullSyncAt ?? 0) + FULL_SYNC_EVERY_MS,
          );
    // A token whose last try failed waits one interval before the next, instead of looping.
    const afterFailure =
      schedule.lastOutcome === 'failed' && schedule.lastFailedAt !== undefined
        ? schedule.lastFailedAt + interval
        : 0;
    return Math.max(byTime, afterFailure);
  }

  private observe(task: TaskSnapshot): void {
    if (task.kind !== 'vpp:sync' || isActive(task.status)) return;
    const tokenId = typeof task.params.tokenId === 'string' ? task.params.tokenId : undefined;
    if (!tokenId) return;
    if (this.active.get(tokenId) === task.id) this.active.delete(tokenId);
    void this.record(tokenId, task).then(() => this.options.tokens.announce(tokenId));
    if (this.soonAfter.delete(tokenId)) {
      // After this listener round: the runner is still finishing the task that just ended.
      queueMicrotask(() => this.syncSoon(tokenId));
    }
  }

  private record(tokenId: string, task: TaskSnapshot): Promise<void> {
    const at = task.finishedAt ?? this.now();
    if (task.status === 'succeeded') {
      const result = task.result ?? {};
      const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
      return this.options.store.update(tokenId, {
        lastSyncAt: at,
        ...(task.params.mode === 'full' ? { lastFullSyncAt: at } : {}),
        lastOutcome: 'succeeded',
        lastTaskId: task.id,
        lastFailedAt: undefined,
        usersVersionId: text(result.usersVersionId),
        assignmentsVersionId: text(result.assignmentsVersionId),
      });
    }
    if (task.error && NOT_THE_TOKENS_FAULT.has(task.error.code)) return Promise.resolve();
    return this.options.store.update(tokenId, {
      lastOutcome: 'failed',
      lastFailedAt: at,
      lastTaskId: task.id,
    });
  }
}

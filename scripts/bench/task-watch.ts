import type { TaskSnapshot } from '../../shared/domain/tasks';
import { BenchFailure, type BenchLog } from './bench-log';

export interface WatchedTask {
  snapshot: TaskSnapshot;
  /** Page clock (ms) of the first and latest snapshot received. */
  firstAt: number;
  lastAt: number;
}

const FINISHED = new Set(['succeeded', 'failed', 'cancelled', 'interrupted']);
/** A line per step change, else at most one per this interval. */
const PROGRESS_LOG_MS = 3_000;

/** `vpp:sync` tasks as main reports them (`tasks:changed`), with their progress on stderr. */
export class TaskWatch {
  private readonly tasks = new Map<string, WatchedTask>();
  private readonly waiters = new Set<() => void>();
  private readonly logged = new Map<string, { step: string | null; at: number }>();

  constructor(
    private readonly log: BenchLog,
    /** Page clock of "zero" for the progress lines (the moment the sync was asked for). */
    private origin = 0,
  ) {}

  setOrigin(pageMs: number): void {
    this.origin = pageMs;
  }

  record(task: TaskSnapshot, at: number): void {
    if (task.kind !== 'vpp:sync') return;
    const seen = this.tasks.get(task.id);
    this.tasks.set(task.id, { snapshot: task, firstAt: seen?.firstAt ?? at, lastAt: at });
    this.report(task, at);
    for (const wake of this.waiters) wake();
  }

  /** The first sync task of `tokenId` not in `known`, or undefined after `timeoutMs`. */
  async syncOf(tokenId: string, known: ReadonlySet<string>, timeoutMs: number) {
    return this.until(
      () =>
        [...this.tasks.values()].find(
          (task) => task.snapshot.params.tokenId === tokenId && !known.has(task.snapshot.id),
        ),
      timeoutMs,
    );
  }

  ids(): Set<string> {
    return new Set(this.tasks.keys());
  }

  /** Resolves with the succeeded task; throws with main's sentence when it ends otherwise. */
  async succeeded(taskId: string, timeoutMs: number): Promise<WatchedTask> {
    const done = await this.until(() => {
      const task = this.tasks.get(taskId);
      return task && FINISHED.has(task.snapshot.status) ? task : undefined;
    }, timeoutMs);
    if (!done) {
      const last = this.tasks.get(taskId)?.snapshot;
      throw new BenchFailure(
        `The sync did not finish within ${Math.round(timeoutMs / 1000)} s (last: ${describe(last)}).`,
      );
    }
    if (done.snapshot.status !== 'succeeded')
      throw new BenchFailure(
        `The sync ${done.snapshot.status}: ${done.snapshot.error?.message ?? 'no reason given'} (${done.snapshot.error?.code ?? '-'}).`,
      );
    return done;
  }

  private until<T>(found: () => T | undefined, timeoutMs: number): Promise<T | undefined> {
    return new Promise((resolve) => {
      const check = () => {
        const value = found();
        if (value === undefined) return;
        finish(value);
      };
      const finish = (value: T | undefined) => {
        clearTimeout(timer);
        this.waiters.delete(check);
        resolve(value);
      };
      const timer = setTimeout(() => finish(undefined), timeoutMs);
      this.waiters.add(check);
      check();
    });
  }

  private report(task: TaskSnapshot, at: number): void {
    const previous = this.logged.get(task.id);
    const changed = !previous || previous.step !== task.step || FINISHED.has(task.status);
    if (!changed && at - previous.at < PROGRESS_LOG_MS) return;
    this.logged.set(task.id, { step: task.step, at });
    this.log(`  sync +${((at - this.origin) / 1000).toFixed(2)}s ${describe(task)}`);
  }
}

const describe = (task: TaskSnapshot | undefined): string => {
  if (!task) return 'no task seen';
  const progress = task.progress ? ` ${task.progress.done}/${task.progress.total}` : '';
  const params = task.stepParams ? ` ${JSON.stringify(task.stepParams)}` : '';
  return `${task.params.mode ?? ''} ${task.status} ${task.step ?? '-'}${params}${progress}`;
};

import {
  TASK_STEPS_LIMIT,
  type TaskKind,
  type TaskParams,
  type TaskSnapshot,
  type StartTaskRequest,
} from '../../shared/domain/tasks';
import { AppError, errorInfoOf } from '../host/app-error';
import { InMemoryTaskJournal } from './in-memory-task-journal';
import type { TaskJournal } from './task-journal';
import { TASK_LIMITS, type TaskLimits } from './task-limits';

export type TaskResult = Record<string, string | number>;

/** What a job sees: a way to report, and a signal that says the admin cancelled it. */
export interface JobContext {
  signal: AbortSignal;
  /** Amount of work done so far; `total` 0 means "unknown" (indeterminate bar). */
  progress(done: number, total: number): void;
  /** The current step, as an i18n key the renderer translates (`tasks.steps.*`). */
  step(key: string, params?: Record<string, string | number>): void;
}

export type Job = (params: TaskParams, context: JobContext) => Promise<TaskResult | void>;
/** The jobs a runner can run; the host gives every kind one (`satisfies Record<TaskKind, Job>`). */
export type JobRegistry = Partial<Record<TaskKind, Job>>;

type Listener = (task: TaskSnapshot) => void;

/** Progress can arrive thousands of times a second; the UI needs a few frames' worth. */
const PROGRESS_INTERVAL_MS = 100;

/** The abort reason `close()` gives, so a job cut off by shutdown is not taken for cancelled. */
const SHUTDOWN = Symbol('console closing');

/** The same words the renderer uses for a task it finds cut off (`task.interrupted`). */
const INTERRUPTED_ERROR = {
  code: 'task.interrupted',
  message: 'The console closed before this task finished.',
};

const CANCELLED_ERROR = { code: 'task.cancelled', message: 'The task was canceled.' };

const tooMany = (kind: TaskKind, maxWaiting: number) =>
  new AppError(
    'tasks.tooMany',
    'Too many tasks are waiting to run. Wait for some to finish, then try again.',
    { kind, maxWaiting },
  );

export interface TaskRunnerOptions {
  /** Keeps finished tasks across a restart; by default they live for this run only. */
  journal?: TaskJournal;
  /** How many of each kind may run at once and wait (TASK_LIMITS by default). */
  limits?: TaskLimits;
  now?: () => number;
}

/**
 * Runs every long job the console starts and reports it as one kind of task. It holds only
 * active tasks, and no more of each kind than its limits allow; a finished task goes to the
 * journal and is answered from there, so memory stays bounded however many tasks are started.
 * The renderer keeps tasks in its database, and on start-up marks those this runner does not
 * know (they were running when main stopped) as interrupted.
 */
export class TaskRunner {
  /** Queued, running and cancelling tasks only. */
  private readonly active = new Map<string, TaskSnapshot>();
  private readonly controllers = new Map<string, AbortController>();
  /** Per kind, the ids waiting for a place, first come first served. */
  private readonly waiting = new Map<TaskKind, string[]>();
  private readonly runningCount = new Map<TaskKind, number>();
  private readonly running = new Set<Promise<void>>();
  private readonly listeners = new Set<Listener>();
  private readonly lastEmit = new Map<string, number>();
  private readonly journal: TaskJournal;
  private readonly limits: TaskLimits;
  private readonly now: () => number;
  private closing = false;

  constructor(
    private readonly jobs: JobRegistry,
    options: TaskRunnerOptions = {},
  ) {
    this.now = options.now ?? Date.now;
    this.journal = options.journal ?? new InMemoryTaskJournal(this.now);
    this.limits = options.limits ?? TASK_LIMITS;
  }

  /** Brings back the tasks that finished in earlier runs; call before serving any request. */
  async load(): Promise<void> {
    await this.journal.load();
  }

  /**
   * Starting the same id twice returns the first task: a retried IPC call runs nothing twice,
   * not even after a restart while the task is still in the journal. A new task beyond its
   * kind's waiting limit is refused (`tasks.tooMany`) rather than held without bound.
   */
  start(request: StartTaskRequest): TaskSnapshot {
    const known = this.active.get(request.id) ?? this.journal.get(request.id);
    if (known) return known;
    const { maxRunning, maxWaiting } = this.limits[request.kind];
    const runNow = this.runningOf(request.kind) < maxRunning;
    const queue = this.queueOf(request.kind);
    if (!runNow && queue.length >= maxWaiting) throw tooMany(request.kind, maxWaiting);
    const time = this.now();
    const task: TaskSnapshot = {
      ...request,
      status: 'queued',
      progress: null,
      step: null,
      error: null,
      result: null,
      createdAt: time,
      updatedAt: time,
      finishedAt: null,
    };
    this.active.set(task.id, task);
    this.emit(task);
    if (runNow) this.launch(task.id, task.kind);
    else queue.push(task.id);
    return task;
  }

  /** Active tasks and the finished ones the journal keeps. */
  list(): TaskSnapshot[] {
    return [...this.journal.list(), ...this.active.values()];
  }

  /** One task, active or finished (while the journal keeps it). */
  get(id: string): TaskSnapshot | undefined {
    return this.active.get(id) ?? this.journal.get(id);
  }

  /** How many tasks the runner itself holds (never more than its limits allow in total). */
  activeTaskCount(): number {
    return this.active.size;
  }

  /**
   * A queued task ends cancelled at once. A running one shows `cancelling` at once and ends
   * `cancelled` when its job lets go, whatever the job then says: the admin asked to stop it.
   */
  cancel(id: string): TaskSnapshot | null {
    const task = this.active.get(id);
    if (!task) return this.journal.get(id) ?? null;
    if (task.status === 'queued') {
      this.unqueue(task);
      this.controllers.get(id)?.abort(); // it may hold a place, about to start
      return this.finish(id, { status: 'cancelled', error: { ...CANCELLED_ERROR } });
    }
    if (task.status === 'running') {
      this.update(id, { status: 'cancelling' }, true);
      this.controllers.get(id)?.abort();
    }
    return this.active.get(id) ?? this.journal.get(id) ?? null;
  }

  /**
   * Forgets every finished task (Completed Tasks → Clear), so neither tasks:list nor a restart
   * brings them back; active tasks stay.
   */
  async clearFinished(): Promise<{ cleared: number }> {
    return { cleared: await this.journal.clear() };
  }

  onChange(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Stops what still runs and waits for the jobs to wind down. Those, and the ones still
   * waiting, end as interrupted, not cancelled: the admin did not cancel them, and may want to
   * start them again.
   */
  async close(): Promise<void> {
    this.closing = true;
    for (const queue of this.waiting.values()) {
      for (const id of queue.splice(0)) {
        this.finish(id, { status: 'interrupted', error: { ...INTERRUPTED_ERROR } });
      }
    }
    for (const controller of this.controllers.values()) controller.abort(SHUTDOWN);
    await Promise.allSettled([...this.running]);
    await this.journal.flush();
  }

  private runningOf(kind: TaskKind): number {
    return this.runningCount.get(kind) ?? 0;
  }

  private queueOf(kind: TaskKind): string[] {
    let queue = this.waiting.get(kind);
    if (!queue) this.waiting.set(kind, (queue = []));
    return queue;
  }

  private unqueue(task: TaskSnapshot): void {
    const queue = this.queueOf(task.kind);
    const at = queue.indexOf(task.id);
    if (at >= 0) queue.splice(at, 1);
  }

  /** Takes one of the kind's places for the task and runs it. */
  private launch(id: string, kind: TaskKind): void {
    this.runningCount.set(kind, this.runningOf(kind) + 1);
    const controller = new AbortController();
    this.controllers.set(id, controller);
    const run = this.run(id, kind, controller).finally(() => this.running.delete(run));
    this.running.add(run);
  }

  /** Frees the task's place and gives it to the next one waiting. */
  private release(id: string, kind: TaskKind): void {
    this.controllers.delete(id);
    this.runningCount.set(kind, this.runningOf(kind) - 1);
    this.startWaiting(kind);
  }

  /** Gives freed places to the tasks that wait longest. */
  private startWaiting(kind: TaskKind): void {
    const queue = this.queueOf(kind);
    while (
      !this.closing &&
      queue.length > 0 &&
      this.runningOf(kind) < this.limits[kind].maxRunning
    ) {
      const id = queue.shift()!;
      if (this.active.get(id)?.status === 'queued') this.launch(id, kind);
    }
  }

  private async run(id: string, kind: TaskKind, controller: AbortController): Promise<void> {
    await Promise.resolve(); // let the caller receive the queued snapshot first
    // One async function, so the place is freed in the very turn the task ends.
    try {
      const task = this.active.get(id);
      if (task?.status !== 'queued') return; // cancelled before it began
      if (controller.signal.aborted) {
        this.finishStopped(id, controller.signal.reason);
        return;
      }
      this.update(id, { status: 'running' }, true);
      const context: JobContext = {
        signal: controller.signal,
        progress: (done, total) =>
          this.update(
            id,
            { progress: total > 0 ? { done: Math.min(done, total), total } : null },
            false,
          ),
        step: (key, params) => this.step(id, key, params),
      };
      try {
        const job = this.jobs[kind];
        if (!job) throw new Error(`This copy of VPP Console cannot run ${kind} tasks.`);
        const result = await job(task.params, context);
        if (controller.signal.aborted) this.finishStopped(id, controller.signal.reason);
        else this.finish(id, { status: 'succeeded', result: result ?? null });
      } catch (error) {
        if (controller.signal.aborted) this.finishStopped(id, controller.signal.reason);
        else this.finish(id, { status: 'failed', error: errorInfoOf(error) });
      }
    } finally {
      this.release(id, kind);
    }
  }

  /** The current step, and one more entry in the task's list of steps. */
  private step(id: string, key: string, params?: Record<string, string | number>): void {
    const steps = [
      ...(this.active.get(id)?.steps ?? []),
      { key, ...(params ? { params } : {}), at: this.now() },
    ].slice(-TASK_STEPS_LIMIT);
    this.update(id, { step: key, stepParams: params, steps }, true);
  }

  /** A job stopped by its signal: by closing the console, or by the admin's cancel. */
  private finishStopped(id: string, reason: unknown): void {
    if (reason === SHUTDOWN) {
      this.finish(id, { status: 'interrupted', error: { ...INTERRUPTED_ERROR } });
    } else {
      this.finish(id, { status: 'cancelled', error: { ...CANCELLED_ERROR } });
    }
  }

  /** The final snapshot goes to the journal, which answers for it from now on. */
  private finish(id: string, patch: Partial<TaskSnapshot>): TaskSnapshot | null {
    this.update(id, { ...patch, step: null, finishedAt: this.now() }, true);
    const task = this.active.get(id);
    if (!task) return null;
    void this.journal.record(task);
    this.active.delete(id);
    this.lastEmit.delete(id);
    return task;
  }

  private update(id: string, patch: Partial<TaskSnapshot>, always: boolean): void {
    const current = this.active.get(id);
    if (!current) return;
    const time = this.now();
    const next = { ...current, ...patch, updatedAt: time };
    this.active.set(id, next);
    const last = this.lastEmit.get(id) ?? 0;
    const done = next.progress && next.progress.done === next.progress.total;
    if (always || done || time - last >= PROGRESS_INTERVAL_MS) this.emit(next);
  }

  private emit(task: TaskSnapshot): void {
    this.lastEmit.set(task.id, this.now());
    for (const listener of this.listeners) listener(task);
  }
}

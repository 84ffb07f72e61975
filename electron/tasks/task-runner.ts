import type {
  TaskKind,
  TaskParams,
  TaskSnapshot,
  StartTaskRequest,
} from '../../shared/domain/tasks';
import { errorInfoOf } from '../host/app-error';
import type { TaskJournal } from './finished-task-journal';

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
export type JobRegistry = Record<TaskKind, Job>;

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

export interface TaskRunnerOptions {
  /** Keeps finished tasks across a restart; without it they live for this run only. */
  journal?: TaskJournal;
  now?: () => number;
}

/**
 * Runs every long job the console starts and reports it as one kind of task. Running tasks live
 * in memory; finished ones also go to the journal, so after a restart main still reports how
 * they ended. The renderer keeps tasks in its database, and on start-up marks those this runner
 * does not know (they were running when main stopped) as interrupted.
 */
export class TaskRunner {
  private readonly tasks = new Map<string, TaskSnapshot>();
  private readonly controllers = new Map<string, AbortController>();
  private readonly running = new Set<Promise<void>>();
  private readonly listeners = new Set<Listener>();
  private readonly lastEmit = new Map<string, number>();
  private readonly journal?: TaskJournal;
  private readonly now: () => number;

  constructor(
    private readonly jobs: JobRegistry,
    options: TaskRunnerOptions = {},
  ) {
    this.journal = options.journal;
    this.now = options.now ?? Date.now;
  }

  /** Brings back the tasks that finished in earlier runs; call before serving any request. */
  async load(): Promise<void> {
    for (const task of (await this.journal?.load()) ?? []) {
      if (!this.tasks.has(task.id)) this.tasks.set(task.id, task);
    }
  }

  /**
   * Starting the same id twice returns the first task: a retried IPC call runs nothing twice,
   * not even after a restart while the task is still in the journal.
   */
  start(request: StartTaskRequest): TaskSnapshot {
    const existing = this.tasks.get(request.id);
    if (existing) return existing;
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
    this.tasks.set(task.id, task);
    this.emit(task);
    const run = this.run(task.id).finally(() => this.running.delete(run));
    this.running.add(run);
    return task;
  }

  list(): TaskSnapshot[] {
    return [...this.tasks.values()];
  }

  cancel(id: string): TaskSnapshot | null {
    const task = this.tasks.get(id);
    if (!task) return null;
    this.controllers.get(id)?.abort();
    return this.tasks.get(id) ?? null;
  }

  onChange(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Stops what still runs and waits for the jobs to wind down. Those end as interrupted, not
   * cancelled: the admin did not cancel them, and may want to start them again.
   */
  async close(): Promise<void> {
    for (const controller of this.controllers.values()) controller.abort(SHUTDOWN);
    await Promise.allSettled([...this.running]);
    await this.journal?.flush();
  }

  private async run(id: string): Promise<void> {
    const controller = new AbortController();
    this.controllers.set(id, controller);
    const task = this.tasks.get(id)!;
    const context: JobContext = {
      signal: controller.signal,
      progress: (done, total) =>
        this.update(
          id,
          { progress: total > 0 ? { done: Math.min(done, total), total } : null },
          false,
        ),
      step: (key, params) => this.update(id, { step: key, stepParams: params }, true),
    };
    await Promise.resolve(); // let the caller receive the queued snapshot first
    this.update(id, { status: 'running' }, true);
    try {
      const result = await this.jobs[task.kind](task.params, context);
      if (controller.signal.aborted) throw controller.signal.reason;
      this.finish(id, { status: 'succeeded', result: result ?? null });
    } catch (error) {
      if (controller.signal.reason === SHUTDOWN) {
        this.finish(id, { status: 'interrupted', error: { ...INTERRUPTED_ERROR } });
      } else if (controller.signal.aborted) {
        this.finish(id, {
          status: 'cancelled',
          error: { code: 'task.cancelled', message: 'The task was cancelled.' },
        });
      } else {
        this.finish(id, { status: 'failed', error: errorInfoOf(error) });
      }
    } finally {
      this.controllers.delete(id);
    }
  }

  private finish(id: string, patch: Partial<TaskSnapshot>): void {
    this.update(id, { ...patch, step: null, finishedAt: this.now() }, true);
    const task = this.tasks.get(id);
    if (task) void this.journal?.record(task);
  }

  private update(id: string, patch: Partial<TaskSnapshot>, always: boolean): void {
    const current = this.tasks.get(id);
    if (!current) return;
    const time = this.now();
    const next = { ...current, ...patch, updatedAt: time };
    this.tasks.set(id, next);
    const last = this.lastEmit.get(id) ?? 0;
    const done = next.progress && next.progress.done === next.progress.total;
    if (always || done || time - last >= PROGRESS_INTERVAL_MS) this.emit(next);
  }

  private emit(task: TaskSnapshot): void {
    this.lastEmit.set(task.id, this.now());
    for (const listener of this.listeners) listener(task);
  }
}

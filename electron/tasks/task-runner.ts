import type {
  TaskKind,
  TaskParams,
  TaskSnapshot,
  StartTaskRequest,
} from '../../shared/domain/tasks';
import { errorInfoOf } from '../host/app-error';

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

/**
 * Runs every long job the console starts and reports it as one kind of task. Tasks live in
 * memory here for the current run; the renderer keeps them in its database, and on start-up
 * marks those this runner no longer knows as interrupted.
 */
export class TaskRunner {
  private readonly tasks = new Map<string, TaskSnapshot>();
  private readonly controllers = new Map<string, AbortController>();
  private readonly running = new Set<Promise<void>>();
  private readonly listeners = new Set<Listener>();
  private readonly lastEmit = new Map<string, number>();

  constructor(
    private readonly jobs: JobRegistry,
    private readonly now: () => number = Date.now,
  ) {}

  /** Starting the same id twice returns the first task: a retried IPC call runs nothing twice. */
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

  /** Cancels what still runs and waits for the jobs to wind down. */
  async close(): Promise<void> {
    for (const controller of this.controllers.values()) controller.abort();
    await Promise.allSettled([...this.running]);
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
      if (controller.signal.aborted) {
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

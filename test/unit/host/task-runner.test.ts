import { describe, expect, it } from 'vitest';
import { TaskRunner, type Job } from '../../../electron/tasks/task-runner';
import type { TaskLimits } from '../../../electron/tasks/task-limits';
import { AppError } from '../../../electron/host/app-error';
import { TASK_STEPS_LIMIT, type TaskSnapshot } from '../../../shared/domain/tasks';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const runnerWith = (job: Job, limits?: TaskLimits) => {
  const runner = new TaskRunner({ 'apple:checkService': job, 'vpp:sync': job }, { limits });
  const seen: TaskSnapshot[] = [];
  runner.onChange((task) => seen.push(task));
  const finished = (taskId: string) =>
    new Promise<TaskSnapshot>((resolve) => {
      const off = runner.onChange((task) => {
        if (task.id === taskId && task.finishedAt !== null) {
          off();
          resolve(task);
        }
      });
    });
  return { runner, seen, finished };
};

describe('TaskRunner', () => {
  it('reports queued, running, steps, progress and the result', async () => {
    const { runner, seen, finished } = runnerWith(async (_params, context) => {
      context.step('tasks.steps.contacting', { url: 'http://127.0.0.1:1' });
      context.progress(1, 2);
      context.progress(2, 2);
      return { latencyMs: 5 };
    });
    const done = finished(id(1));
    expect(runner.start({ id: id(1), kind: 'apple:checkService', params: {} }).status).toBe(
      'queued',
    );
    const task = await done;
    expect(task).toMatchObject({
      status: 'succeeded',
      result: { latencyMs: 5 },
      progress: { done: 2, total: 2 },
      step: null,
    });
    expect(seen.map((snapshot) => snapshot.status)).toContain('running');
    expect(seen.some((snapshot) => snapshot.step === 'tasks.steps.contacting')).toBe(true);
  });

  it('starting the same id twice runs the job once', async () => {
    let runs = 0;
    const { runner, finished } = runnerWith(async () => {
      runs += 1;
    });
    const done = finished(id(2));
    runner.start({ id: id(2), kind: 'apple:checkService', params: {} });
    runner.start({ id: id(2), kind: 'apple:checkService', params: {} });
    await done;
    expect(runs).toBe(1);
  });

  it('a failing job ends as failed with its plain-language code', async () => {
    const { runner, finished } = runnerWith(async () => {
      throw new AppError('network.unreachable', 'Could not reach http://127.0.0.1:9/.', {
        url: 'http://127.0.0.1:9/',
      });
    });
    const done = finished(id(3));
    runner.start({ id: id(3), kind: 'apple:checkService', params: {} });
    expect(await done).toMatchObject({
      status: 'failed',
      error: { code: 'network.unreachable', params: { url: 'http://127.0.0.1:9/' } },
    });
  });

  it('cancel stops a running job and marks it cancelled', async () => {
    const { runner, finished } = runnerWith(
      (_params, context) =>
        new Promise((_resolve, reject) => {
          context.signal.addEventListener('abort', () => reject(new Error('aborted')));
        }),
    );
    const done = finished(id(4));
    runner.start({ id: id(4), kind: 'apple:checkService', params: {} });
    await new Promise((resolve) => setTimeout(resolve, 5));
    runner.cancel(id(4));
    expect(await done).toMatchObject({ status: 'cancelled', error: { code: 'task.cancelled' } });
  });

  it('throttles a flood of progress reports but always delivers the last one', async () => {
    const { runner, seen, finished } = runnerWith(async (_params, context) => {
      for (let done = 1; done <= 50_000; done++) context.progress(done, 50_000);
    });
    const done = finished(id(5));
    runner.start({ id: id(5), kind: 'apple:checkService', params: {} });
    expect((await done).progress).toEqual({ done: 50_000, total: 50_000 });
    expect(seen.length).toBeLessThan(50);
  });

  it('keeps the steps a task went through, each with when it began', async () => {
    let time = 1_000;
    const runner = new TaskRunner(
      {
        'apple:checkService': async (_params, context) => {
          time = 1_010;
          context.step('tasks.steps.resolving', { service: 'sandbox' });
          time = 1_250;
          context.step('tasks.steps.reading');
        },
        'vpp:sync': async () => undefined,
      },
      { now: () => time },
    );
    const done = new Promise<TaskSnapshot>((resolve) =>
      runner.onChange((task) => task.finishedAt !== null && resolve(task)),
    );
    runner.start({ id: id(8), kind: 'apple:checkService', params: {} });
    expect((await done).steps).toEqual([
      { key: 'tasks.steps.resolving', params: { service: 'sandbox' }, at: 1_010 },
      { key: 'tasks.steps.reading', at: 1_250 },
    ]);
  });

  it('keeps only the latest steps of a job that reports very many', async () => {
    const { runner, finished } = runnerWith(async (_params, context) => {
      for (let n = 1; n <= 500; n++) context.step('tasks.steps.reading', { page: n });
    });
    const done = finished(id(9));
    runner.start({ id: id(9), kind: 'apple:checkService', params: {} });
    const steps = (await done).steps!;
    expect(steps).toHaveLength(TASK_STEPS_LIMIT);
    expect(steps.at(-1)?.params).toEqual({ page: 500 });
  });

  it('finishes a cancelled task as cancelled even when its job fails or succeeds after the cancel', async () => {
    for (const [n, outcome] of [
      [6, 'fails'],
      [7, 'succeeds'],
    ] as const) {
      const { runner, finished } = runnerWith(async (_params, context) => {
        await new Promise((resolve) => context.signal.addEventListener('abort', resolve));
        if (outcome === 'fails') throw new AppError('network.dropped', 'Connection closed.');
        return { latencyMs: 1 };
      });
      const done = finished(id(n));
      runner.start({ id: id(n), kind: 'apple:checkService', params: {} });
      await new Promise((resolve) => setTimeout(resolve, 5));
      runner.cancel(id(n));
      expect(await done).toMatchObject({
        status: 'cancelled',
        result: null,
        error: { code: 'task.cancelled', message: 'The task was canceled.' },
      });
    }
  });
});

/** A job that runs until `release(n)` (or its signal) ends it, counting how many run at once. */
const gatedJob = () => {
  const gates = new Map<number, () => void>();
  const started: number[] = [];
  let running = 0;
  let mostAtOnce = 0;
  const job: Job = async (params, context) => {
    const n = Number(params.n);
    started.push(n);
    running += 1;
    mostAtOnce = Math.max(mostAtOnce, running);
    try {
      await new Promise<void>((resolve, reject) => {
        gates.set(n, resolve);
        context.signal.addEventListener('abort', () => reject(new Error('stopped')));
      });
    } finally {
      running -= 1;
    }
    return { n };
  };
  return {
    job,
    started,
    mostAtOnce: () => mostAtOnce,
    release: (n: number) => gates.get(n)?.(),
  };
};

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('TaskRunner bounds', () => {
  const limits: TaskLimits = {
    'apple:checkService': { maxRunning: 2, maxWaiting: 2 },
    'vpp:sync': { maxRunning: 1, maxWaiting: 1 },
    'vpp:registerUsers': { maxRunning: 1, maxWaiting: 1 },
    'vpp:retireUsers': { maxRunning: 1, maxWaiting: 1 },
    'mail:sendInvitations': { maxRunning: 1, maxWaiting: 1 },
  };

  it('runs at most the kind’s limit at once and queues the rest in order', async () => {
    const gated = gatedJob();
    const { runner, finished } = runnerWith(gated.job, limits);
    const statuses = [1, 2, 3, 4].map(
      (n) => runner.start({ id: id(n), kind: 'apple:checkService', params: { n } }).status,
    );
    expect(statuses).toEqual(['queued', 'queued', 'queued', 'queued']);
    await tick();
    expect(gated.started).toEqual([1, 2]);
    expect(runner.list().map((task) => task.status)).toEqual([
      'running',
      'running',
      'queued',
      'queued',
    ]);

    const first = finished(id(1));
    gated.release(1);
    expect(await first).toMatchObject({ status: 'succeeded', result: { n: 1 } });
    await tick();
    expect(gated.started).toEqual([1, 2, 3]);
    for (const n of [2, 3]) gated.release(n);
    await tick();
    gated.release(4);
    await finished(id(4));
    expect(gated.started).toEqual([1, 2, 3, 4]);
    expect(gated.mostAtOnce()).toBe(2);
  });

  it('refuses a start beyond the waiting limit with tasks.tooMany, and accepts one again when there is room', async () => {
    const gated = gatedJob();
    const { runner, finished } = runnerWith(gated.job, limits);
    for (const n of [1, 2, 3, 4]) {
      runner.start({ id: id(n), kind: 'apple:checkService', params: { n } });
    }
    let refusal: unknown;
    try {
      runner.start({ id: id(5), kind: 'apple:checkService', params: { n: 5 } });
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(AppError);
    expect(refusal).toMatchObject({
      code: 'tasks.tooMany',
      message: 'Too many tasks are waiting to run. Wait for some to finish, then try again.',
    });
    expect(runner.list().map((task) => task.id)).not.toContain(id(5));
    // A retry of a task that is already waiting is not a new task: it is answered, not refused.
    expect(runner.start({ id: id(4), kind: 'apple:checkService', params: {} }).status).toBe(
      'queued',
    );

    await tick();
    const first = finished(id(1));
    gated.release(1);
    await first;
    expect(runner.start({ id: id(5), kind: 'apple:checkService', params: { n: 5 } }).status).toBe(
      'queued',
    );
  });

  it('ends a queued task as cancelled at once, without running it', async () => {
    const gated = gatedJob();
    const { runner } = runnerWith(gated.job, limits);
    for (const n of [1, 2, 3]) {
      runner.start({ id: id(n), kind: 'apple:checkService', params: { n } });
    }
    await tick();
    expect(runner.cancel(id(3))).toMatchObject({
      status: 'cancelled',
      error: { code: 'task.cancelled' },
    });
    gated.release(1);
    gated.release(2);
    await tick();
    expect(gated.started).toEqual([1, 2]);
  });

  it('ends a task cancelled in the same turn it was started as cancelled, without running it', async () => {
    const gated = gatedJob();
    const { runner } = runnerWith(gated.job, limits);
    runner.start({ id: id(1), kind: 'apple:checkService', params: { n: 1 } });
    expect(runner.cancel(id(1))).toMatchObject({ status: 'cancelled' });
    await tick();
    expect(gated.started).toEqual([]);
    // Its place is free again: two more run at once.
    for (const n of [2, 3]) runner.start({ id: id(n), kind: 'apple:checkService', params: { n } });
    await tick();
    expect(gated.started).toEqual([2, 3]);
    await runner.close();
  });

  it('shows a running task as cancelling the moment cancel is asked, until its job lets go', async () => {
    let letGo: () => void = () => {};
    const { runner, seen, finished } = runnerWith(
      (_params, context) =>
        new Promise((_resolve, reject) => {
          // Like a request that takes a moment to close after its signal aborts.
          context.signal.addEventListener('abort', () => {
            letGo = () => reject(new Error('aborted'));
          });
        }),
    );
    const done = finished(id(1));
    runner.start({ id: id(1), kind: 'apple:checkService', params: {} });
    await tick();
    expect(runner.cancel(id(1))).toMatchObject({ status: 'cancelling', finishedAt: null });
    expect(seen.at(-1)).toMatchObject({ status: 'cancelling' });
    // Asking again changes nothing.
    expect(runner.cancel(id(1))).toMatchObject({ status: 'cancelling' });
    await tick();
    expect(runner.list()[0]).toMatchObject({ status: 'cancelling' });
    letGo();
    expect(await done).toMatchObject({ status: 'cancelled', error: { code: 'task.cancelled' } });
  });

  it('forgets finished tasks itself but still lists them, and runs a finished id no second time', async () => {
    let runs = 0;
    const { runner, finished } = runnerWith(async () => {
      runs += 1;
      return { runs };
    });
    for (const n of [1, 2, 3]) {
      const done = finished(id(n));
      runner.start({ id: id(n), kind: 'apple:checkService', params: {} });
      await done;
    }
    expect(runner.activeTaskCount()).toBe(0);
    expect(runner.list().map((task) => [task.id, task.status])).toEqual([
      [id(1), 'succeeded'],
      [id(2), 'succeeded'],
      [id(3), 'succeeded'],
    ]);
    expect(runner.start({ id: id(2), kind: 'apple:checkService', params: {} })).toMatchObject({
      status: 'succeeded',
      result: { runs: 2 },
    });
    expect(runner.cancel(id(2))).toMatchObject({ status: 'succeeded' });
    await tick();
    expect(runs).toBe(3);
  });

  it('ends queued tasks as interrupted when the console closes', async () => {
    const gated = gatedJob();
    const { runner } = runnerWith(gated.job, limits);
    for (const n of [1, 2, 3]) {
      runner.start({ id: id(n), kind: 'apple:checkService', params: { n } });
    }
    await tick();
    await runner.close();
    expect(runner.list().map((task) => task.status)).toEqual([
      'interrupted',
      'interrupted',
      'interrupted',
    ]);
    expect(gated.started).toEqual([1, 2]);
  });
});

import { describe, expect, it } from 'vitest';
import { TaskRunner, type Job } from '../../../electron/tasks/task-runner';
import { AppError } from '../../../electron/host/app-error';
import type { TaskSnapshot } from '../../../shared/domain/tasks';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const runnerWith = (job: Job) => {
  const runner = new TaskRunner({ 'apple:checkService': job });
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
});

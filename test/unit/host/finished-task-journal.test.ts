import { mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../electron/host/app-error';
import {
  FinishedTaskJournal,
  JOURNAL_FILE,
  LEGACY_JOURNAL_FILE,
} from '../../../electron/tasks/finished-task-journal';
import { LEGACY_READ_LIMIT_BYTES } from '../../../electron/tasks/legacy-task-journal';
import {
  JOURNAL_LIMITS,
  journalLineOf,
  type JournalLimits,
} from '../../../electron/tasks/finished-task-index';
import { TaskRunner, type Job } from '../../../electron/tasks/task-runner';
import type { TaskSnapshot } from '../../../shared/domain/tasks';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const freshDir = () => mkdtemp(join(tmpdir(), 'vpp-journal-'));
const DAY = 24 * 60 * 60 * 1000;

/** One run of main: a task runner whose journal lives in `dataDir`. */
const startMain = async (
  dataDir: string,
  job: Job,
  options: { now?: () => number; log?: string[]; limits?: JournalLimits } = {},
) => {
  const now = options.now ?? Date.now;
  const journal = new FinishedTaskJournal(
    dataDir,
    (message) => options.log?.push(message),
    now,
    options.limits,
  );
  const runner = new TaskRunner({ 'apple:checkService': job, 'vpp:sync': job }, { journal, now });
  await runner.load();
  const finished = (taskId: string) =>
    new Promise<TaskSnapshot>((resolve) => {
      const off = runner.onChange((task) => {
        if (task.id === taskId && task.finishedAt !== null) {
          off();
          resolve(task);
        }
      });
    });
  const run = async (n: number, params = {}) => {
    const done = finished(id(n));
    runner.start({ id: id(n), kind: 'apple:checkService', params });
    return done;
  };
  return { runner, journal, run, finished };
};

/** A job steered by its params: succeed, fail, or wait until it is stopped. */
const job: Job = async (params, context) => {
  context.progress(1, 2);
  if (params.outcome === 'fail') throw new AppError('mail.rejected', 'Rejected.', { count: 3 });
  if (params.outcome === 'hang') {
    await new Promise((_resolve, reject) =>
      context.signal.addEventListener('abort', () => reject(new Error('stopped'))),
    );
  }
  context.progress(2, 2);
  return { sent: 12 };
};

const statusById = (tasks: TaskSnapshot[]) =>
  Object.fromEntries(tasks.map((task) => [task.id, task.status]));

const finishedTask = (n: number, finishedAt = Date.now()): TaskSnapshot => ({
  id: id(n),
  kind: 'apple:checkService',
  params: {},
  status: 'succeeded',
  progress: null,
  step: null,
  error: null,
  result: { sent: n },
  createdAt: finishedAt,
  updatedAt: finishedAt,
  finishedAt,
});

describe('finished tasks across a restart of main', () => {
  it('still reports tasks that finished with no window open, with status, progress and error', async () => {
    const dataDir = await freshDir();
    const first = await startMain(dataDir, job);
    await first.run(1);
    await first.run(2, { outcome: 'fail' });
    await first.runner.close();

    const second = await startMain(dataDir, job);
    const tasks = second.runner.list();
    expect(tasks.find((task) => task.id === id(1))).toMatchObject({
      status: 'succeeded',
      progress: { done: 2, total: 2 },
      result: { sent: 12 },
      error: null,
    });
    expect(tasks.find((task) => task.id === id(2))).toMatchObject({
      status: 'failed',
      progress: { done: 1, total: 2 },
      error: { code: 'mail.rejected', params: { count: 3 } },
    });
  });

  it('does not know a task that was running when main died, so the renderer marks it interrupted', async () => {
    const dataDir = await freshDir();
    const first = await startMain(dataDir, job);
    await first.run(1);
    first.runner.start({ id: id(2), kind: 'apple:checkService', params: { outcome: 'hang' } });
    await first.journal.flush();
    // Main is killed here: no close(), the hanging task never finishes.

    const second = await startMain(dataDir, job);
    expect(statusById(second.runner.list())).toEqual({ [id(1)]: 'succeeded' });
  });

  it('records a task cut off by closing the console as interrupted, not as cancelled', async () => {
    const dataDir = await freshDir();
    const first = await startMain(dataDir, job);
    const cutOff = first.finished(id(1));
    first.runner.start({ id: id(1), kind: 'apple:checkService', params: { outcome: 'hang' } });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await first.runner.close();
    expect(await cutOff).toMatchObject({ status: 'interrupted' });

    const second = await startMain(dataDir, job);
    expect(second.runner.list()).toMatchObject([
      {
        id: id(1),
        status: 'interrupted',
        error: { code: 'task.interrupted' },
      },
    ]);
  });

  it('runs nothing again when a finished task is started again after the restart', async () => {
    const dataDir = await freshDir();
    const first = await startMain(dataDir, job);
    await first.run(1);
    await first.runner.close();

    let runs = 0;
    const second = await startMain(dataDir, async () => {
      runs += 1;
    });
    expect(
      second.runner.start({ id: id(1), kind: 'apple:checkService', params: {} }),
    ).toMatchObject({ status: 'succeeded', result: { sent: 12 } });
    expect(runs).toBe(0);
    expect(second.runner.activeTaskCount()).toBe(0);
  });

  it('writes one line per finished task, appended to the same file', async () => {
    const dataDir = await freshDir();
    const main = await startMain(dataDir, job);
    const path = join(dataDir, JOURNAL_FILE);
    let before = { size: 0, ino: -1 };
    for (let n = 1; n <= 5; n++) {
      const task = await main.run(n);
      await main.journal.flush();
      const after = await stat(path);
      expect(after.size - before.size).toBe(Buffer.byteLength(journalLineOf(task)));
      if (n > 1) expect(after.ino).toBe(before.ino); // not replaced by a new file
      before = after;
    }
    const lines = (await readFile(path, 'utf8')).split('\n');
    expect(lines.at(-1)).toBe('');
    expect(lines.slice(0, -1).map((line) => (JSON.parse(line) as TaskSnapshot).id)).toEqual(
      [1, 2, 3, 4, 5].map(id),
    );
  });

  it('compacts the file past its byte budget, keeping the newest tasks that fit in half of it', async () => {
    const dataDir = await freshDir();
    let time = 0;
    const line = Buffer.byteLength(journalLineOf(finishedTask(1, 10 * DAY)));
    const limits = { maxBytes: Math.floor(4.5 * line), maxAgeMs: 30 * DAY };
    const first = await startMain(dataDir, job, { now: () => time, limits });
    for (let n = 1; n <= 5; n++) {
      time = n * DAY;
      await first.run(n);
      await first.journal.flush();
      expect((await stat(join(dataDir, JOURNAL_FILE))).size).toBeLessThanOrEqual(limits.maxBytes);
    }
    await first.runner.close();

    const second = await startMain(dataDir, job, { now: () => time, limits });
    expect(Object.keys(statusById(second.runner.list()))).toEqual([id(4), id(5)]);

    time = 34 * DAY + 1; // the task of day 4 is now more than 30 days old
    const third = await startMain(dataDir, job, { now: () => time, limits });
    expect(Object.keys(statusById(third.runner.list()))).toEqual([id(5)]);
    expect(await readdir(dataDir)).toEqual([JOURNAL_FILE]);
  });

  it('skips a line torn by a crash mid-append, and appends cleanly after it', async () => {
    const dataDir = await freshDir();
    const path = join(dataDir, JOURNAL_FILE);
    const whole = journalLineOf(finishedTask(1)) + journalLineOf(finishedTask(2));
    const torn = journalLineOf(finishedTask(3)).slice(0, 40);
    await writeFile(path, whole + torn);
    const log: string[] = [];
    const main = await startMain(dataDir, job, { log });
    expect(Object.keys(statusById(main.runner.list()))).toEqual([id(1), id(2)]);
    expect(log.join('\n')).not.toContain('could not be read');

    await main.run(4);
    await main.runner.close();
    const again = await startMain(dataDir, job);
    expect(Object.keys(statusById(again.runner.list()))).toEqual([id(1), id(2), id(4)]);
    expect(await readdir(dataDir)).toEqual([JOURNAL_FILE]);
  });

  it('keeps a damaged journal aside and carries on with the tasks it could read', async () => {
    const dataDir = await freshDir();
    const damaged = `${journalLineOf(finishedTask(1))}{"id": oops\n${journalLineOf(finishedTask(2))}`;
    await writeFile(join(dataDir, JOURNAL_FILE), damaged);
    const log: string[] = [];
    const main = await startMain(dataDir, job, { log });
    expect(Object.keys(statusById(main.runner.list()))).toEqual([id(1), id(2)]);
    expect(log[0]).toContain('could not be read');
    const aside = (await readdir(dataDir)).find((name) =>
      name.startsWith(`${JOURNAL_FILE}.corrupt-`),
    );
    expect(await readFile(join(dataDir, aside!), 'utf8')).toBe(damaged);

    await main.run(3);
    await main.runner.close();
    expect(statusById((await startMain(dataDir, job)).runner.list())).toEqual({
      [id(1)]: 'succeeded',
      [id(2)]: 'succeeded',
      [id(3)]: 'succeeded',
    });
  });

  it('moves the tasks of the old finished-tasks.json into the new journal, once', async () => {
    const dataDir = await freshDir();
    const legacy = { version: 1, tasks: [finishedTask(1), finishedTask(2)] };
    await writeFile(join(dataDir, LEGACY_JOURNAL_FILE), JSON.stringify(legacy));
    const first = await startMain(dataDir, job);
    expect(Object.keys(statusById(first.runner.list()))).toEqual([id(1), id(2)]);
    expect(await readdir(dataDir)).toEqual([JOURNAL_FILE]);
    await first.run(3);
    await first.runner.close();

    const second = await startMain(dataDir, job);
    expect(Object.keys(statusById(second.runner.list()))).toEqual([id(1), id(2), id(3)]);
  });

  it('keeps a corrupt old finished-tasks.json aside and carries on without it', async () => {
    const dataDir = await freshDir();
    await writeFile(join(dataDir, LEGACY_JOURNAL_FILE), '{"version": 1, "tasks": [oops');
    const log: string[] = [];
    const main = await startMain(dataDir, job, { log });
    expect(main.runner.list()).toEqual([]);
    expect(log[0]).toContain('could not be read');
    const aside = (await readdir(dataDir)).find((name) =>
      name.startsWith(`${LEGACY_JOURNAL_FILE}.corrupt-`),
    );
    expect(await readFile(join(dataDir, aside!), 'utf8')).toBe('{"version": 1, "tasks": [oops');

    await main.run(1);
    await main.runner.close();
    expect(statusById((await startMain(dataDir, job)).runner.list())).toEqual({
      [id(1)]: 'succeeded',
    });
  });

  it('keeps an old finished-tasks.json too large to read in memory aside, unread', async () => {
    const dataDir = await freshDir();
    const legacy = { version: 1, tasks: [finishedTask(1)] };
    const huge = JSON.stringify(legacy) + ' '.repeat(LEGACY_READ_LIMIT_BYTES);
    await writeFile(join(dataDir, LEGACY_JOURNAL_FILE), huge);
    const log: string[] = [];
    const main = await startMain(dataDir, job, { log });
    expect(main.runner.list()).toEqual([]);
    expect(log.join('\n')).toContain('too large');
    const names = await readdir(dataDir);
    expect(names.some((name) => name.startsWith(`${LEGACY_JOURNAL_FILE}.corrupt-`))).toBe(true);
    expect(names).not.toContain(LEGACY_JOURNAL_FILE);
  });

  it('clears the finished tasks for good, on disk too, and leaves the running ones', async () => {
    const dataDir = await freshDir();
    const first = await startMain(dataDir, job);
    await first.run(1);
    await first.run(2, { outcome: 'fail' });
    first.runner.start({ id: id(3), kind: 'apple:checkService', params: { outcome: 'hang' } });
    expect(await first.runner.clearFinished()).toEqual({ cleared: 2 });
    expect(statusById(first.runner.list())).toEqual({ [id(3)]: 'running' });
    await first.run(4);
    await first.runner.close();

    const second = await startMain(dataDir, job);
    expect(statusById(second.runner.list())).toEqual({
      [id(3)]: 'interrupted',
      [id(4)]: 'succeeded',
    });
  });

  it('finishes tasks normally when the journal cannot be written, and says so in the log', async () => {
    const root = await freshDir();
    // The data directory's place is taken by a file, so nothing can be written there.
    await writeFile(join(root, 'blocker'), '');
    const log: string[] = [];
    const main = await startMain(join(root, 'blocker'), job, { log });
    expect(await main.run(1)).toMatchObject({ status: 'succeeded' });
    // Still answered from memory for this run.
    expect(statusById(main.runner.list())).toEqual({ [id(1)]: 'succeeded' });
    await main.runner.close();
    expect(log.some((line) => line.includes('could not be written'))).toBe(true);
  });

  it('lands a burst of finished tasks, every one, leaving no temporary file', async () => {
    const dataDir = await freshDir();
    const journal = new FinishedTaskJournal(dataDir);
    await journal.load();
    await Promise.all(Array.from({ length: 50 }, (_, n) => journal.record(finishedTask(n + 1))));
    expect(await new FinishedTaskJournal(dataDir).load()).toHaveLength(50);
    expect(await readdir(dataDir)).toEqual([JOURNAL_FILE]);
  });

  it('defaults to a 4 MiB budget and 30 days', () => {
    expect(JOURNAL_LIMITS).toEqual({ maxBytes: 4 * 1024 * 1024, maxAgeMs: 30 * DAY });
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/contract';
import type { TaskSnapshot } from '../../../shared/domain/tasks';
import { ConsoleDatabase } from '../../../renderer/db/database';
import {
  activeTaskCount,
  completedTasks,
} from '../../../renderer/db/repositories/tasks-repository';
import { cancelTask } from '../../../renderer/features/tasks/cancel-task';
import { startTask } from '../../../renderer/features/tasks/start-task';
import { startTaskSync } from '../../../renderer/features/tasks/task-sync';
import { taskOutcome } from '../../../renderer/features/tasks/task-text';
import { createI18n } from '../../../renderer/i18n/i18n';
import { createFakeMain } from './support/fake-main';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const snapshot = (n: number, patch: Partial<TaskSnapshot> = {}): TaskSnapshot => ({
  id: id(n),
  kind: 'apple:checkService',
  params: {},
  status: 'running',
  progress: { done: 1, total: 3 },
  step: 'tasks.steps.contacting',
  stepParams: { url: 'http://127.0.0.1:8080/mdm/v2' },
  error: null,
  result: null,
  createdAt: 1000,
  updatedAt: 1000,
  finishedAt: null,
  ...patch,
});

const databases: ConsoleDatabase[] = [];
const openDatabase = (name = `tasks-${crypto.randomUUID()}`) => {
  const db = new ConsoleDatabase(name);
  databases.push(db);
  return db;
};
afterEach(() => {
  for (const db of databases.splice(0)) db.close();
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('task sync', () => {
  it('on start-up marks tasks main no longer knows as interrupted and updates the rest', async () => {
    const db = openDatabase();
    await db.tasks.bulkAdd([
      { ...snapshot(1), confirmed: true, target: 'http://127.0.0.1:8080/mdm/v2' },
      { ...snapshot(2), confirmed: true },
      { ...snapshot(3, { status: 'queued' }), confirmed: false },
      {
        ...snapshot(4, { status: 'succeeded', finishedAt: 900, updatedAt: 900 }),
        confirmed: true,
      },
    ]);
    const stillRunning = snapshot(2, { progress: { done: 2, total: 3 }, updatedAt: 2000 });
    const onlyInMain = snapshot(5, { status: 'queued', progress: null, updatedAt: 2100 });
    const main = createFakeMain({ 'tasks:list': () => [stillRunning, onlyInMain] });

    await startTaskSync(db, main.api, () => 5000);

    expect(await db.tasks.get(id(1))).toMatchObject({
      status: 'interrupted',
      error: { code: 'task.interrupted', message: 'The console closed before this task finished.' },
      finishedAt: 5000,
      step: null,
      target: 'http://127.0.0.1:8080/mdm/v2',
    });
    expect((await db.tasks.get(id(3)))?.status).toBe('interrupted');
    expect(await db.tasks.get(id(2))).toMatchObject({
      status: 'running',
      progress: { done: 2, total: 3 },
    });
    expect(await db.tasks.get(id(4))).toMatchObject({ status: 'succeeded', finishedAt: 900 });
    expect(await db.tasks.get(id(5))).toMatchObject({ status: 'queued', confirmed: true });
    expect(await activeTaskCount(db)).toBe(2);
  });

  it('writes every later change main reports, and never lets an older snapshot win', async () => {
    const db = openDatabase();
    const main = createFakeMain({ 'tasks:list': () => [] });
    await startTaskSync(db, main.api);

    main.emit('tasks:changed', snapshot(1, { updatedAt: 1000 }));
    main.emit(
      'tasks:changed',
      snapshot(1, {
        status: 'succeeded',
        progress: { done: 3, total: 3 },
        step: null,
        result: { url: 'http://127.0.0.1:8080/mdm/v2', latencyMs: 12, errorCodes: 60 },
        updatedAt: 1200,
        finishedAt: 1200,
      }),
    );
    main.emit('tasks:changed', snapshot(1, { updatedAt: 1100 })); // late, out of order
    await settle();

    const [done] = await completedTasks(db);
    expect(done).toMatchObject({ id: id(1), status: 'succeeded', finishedAt: 1200 });
    expect(await activeTaskCount(db)).toBe(0);
    expect(taskOutcome(createI18n('en'), { ...done, params: { service: 'sandbox' } })).toBe(
      'The built-in sandbox answered.',
    );
  });

  it('stops listening when main cannot list its tasks, and says why', async () => {
    const db = openDatabase();
    const main = createFakeMain({
      'tasks:list': () => {
        throw new ApiError({ code: 'bridge.disconnected', message: 'Lost.' });
      },
    });
    await expect(startTaskSync(db, main.api)).rejects.toMatchObject({
      code: 'bridge.disconnected',
    });
    expect(main.listenerCount('tasks:changed')).toBe(0);
  });
});

describe('starting and cancelling tasks', () => {
  it('shows a task as queued at once, then follows main', async () => {
    const db = openDatabase();
    let seenWhileStarting: string | undefined;
    const main = createFakeMain({
      'tasks:start': async (request) => {
        seenWhileStarting = (await db.tasks.get(request.id))?.status;
        return snapshot(0, { id: request.id, status: 'queued', progress: null, step: null });
      },
    });
    const taskId = await startTask(
      db,
      main.api,
      'apple:checkService',
      {},
      {
        targetKey: 'tasks.targets.sandbox',
      },
    );
    expect(seenWhileStarting).toBe('queued');
    expect(main.calls).toEqual([
      { channel: 'tasks:start', request: { id: taskId, kind: 'apple:checkService', params: {} } },
    ]);
    expect(await db.tasks.get(taskId)).toMatchObject({
      status: 'queued',
      confirmed: true,
      targetKey: 'tasks.targets.sandbox',
    });
  });

  it('ends a task main refused as failed with main’s reason, instead of losing it', async () => {
    const db = openDatabase();
    const main = createFakeMain({
      'tasks:start': () => {
        throw new ApiError({
          code: 'ipc.badPayload',
          message: 'Invalid request for "tasks:start".',
        });
      },
    });
    const taskId = await startTask(db, main.api, 'apple:checkService', {}, { now: () => 7000 });
    expect(await db.tasks.get(taskId)).toMatchObject({
      status: 'failed',
      finishedAt: 7000,
      error: { code: 'ipc.badPayload', message: 'Invalid request for "tasks:start".' },
    });
    expect(await activeTaskCount(db)).toBe(0);
  });

  it('cancels through main, and ends a task main has forgotten as interrupted', async () => {
    const db = openDatabase();
    await db.tasks.bulkAdd([
      { ...snapshot(1), confirmed: true },
      { ...snapshot(2), confirmed: true },
    ]);
    const main = createFakeMain({
      'tasks:cancel': ({ id: taskId }) =>
        taskId === id(1)
          ? snapshot(1, {
              status: 'cancelled',
              error: { code: 'task.cancelled', message: 'The task was cancelled.' },
              updatedAt: 3000,
              finishedAt: 3000,
            })
          : null,
    });
    await cancelTask(db, main.api, id(1));
    await cancelTask(db, main.api, id(2), () => 4000);
    expect((await db.tasks.get(id(1)))?.status).toBe('cancelled');
    expect(await db.tasks.get(id(2))).toMatchObject({ status: 'interrupted', finishedAt: 4000 });
  });
});

describe('tasks across a restart of the console', () => {
  it('shows the real outcome of a task that finished while no window was open', async () => {
    const name = `finished-unseen-${crypto.randomUUID()}`;
    const firstRun = openDatabase(name);
    // The window closed while the task still ran; main carried on and finished it.
    await firstRun.tasks.add({ ...snapshot(1), confirmed: true, target: 'https://vpp.example' });
    firstRun.close();

    const secondRun = openDatabase(name);
    const fromJournal = snapshot(1, {
      status: 'failed',
      progress: { done: 2, total: 3 },
      step: null,
      error: { code: 'network.timeout', message: 'x', params: { url: 'https://vpp.example' } },
      updatedAt: 3000,
      finishedAt: 3000,
    });
    await startTaskSync(
      secondRun,
      createFakeMain({ 'tasks:list': () => [fromJournal] }).api,
      () => 9000,
    );

    const [task] = await completedTasks(secondRun);
    expect(task).toMatchObject({
      status: 'failed',
      progress: { done: 2, total: 3 },
      finishedAt: 3000,
      target: 'https://vpp.example',
    });
    expect(taskOutcome(createI18n('en'), task)).toContain(
      'The service at vpp.example did not answer in time',
    );
  });

  it('keeps finished tasks and reports the one that was cut off, in the admin’s language', async () => {
    const name = `restart-${crypto.randomUUID()}`;
    const firstRun = openDatabase(name);
    const runningInMain = new Map<string, TaskSnapshot>();
    const main1 = createFakeMain({
      'tasks:list': () => [...runningInMain.values()],
      'tasks:start': (request) => {
        const task = snapshot(0, { ...request, status: 'queued', updatedAt: Date.now() });
        runningInMain.set(task.id, task);
        return task;
      },
    });
    await startTaskSync(firstRun, main1.api);
    const finishedId = await startTask(firstRun, main1.api, 'apple:checkService', {});
    main1.emit(
      'tasks:changed',
      snapshot(0, {
        id: finishedId,
        status: 'failed',
        error: { code: 'network.timeout', message: 'x', params: { url: 'https://vpp.example' } },
        updatedAt: Date.now() + 1,
        finishedAt: Date.now() + 1,
      }),
    );
    const cutOffId = await startTask(firstRun, main1.api, 'apple:checkService', {});
    await settle();
    firstRun.close();

    // The console restarts: a new main that knows no tasks, the same database.
    const secondRun = openDatabase(name);
    await startTaskSync(
      secondRun,
      createFakeMain({ 'tasks:list': () => [] }).api,
      () => Date.now() + 60_000,
    );

    const completed = await completedTasks(secondRun);
    expect(completed.map((task) => [task.id, task.status])).toEqual([
      [cutOffId, 'interrupted'],
      [finishedId, 'failed'],
    ]);
    expect(await activeTaskCount(secondRun)).toBe(0);
    expect(taskOutcome(createI18n('nl'), completed[0])).toBe(
      'VPP Console werd gesloten voordat deze taak klaar was.',
    );
    expect(taskOutcome(createI18n('en'), completed[1])).toContain(
      'The service at vpp.example did not answer in time',
    );
  });
});

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TaskParams, TaskSnapshot } from '../../../shared/domain/tasks';
import { SyncScheduleStore } from '../../../electron/sync/sync-schedule-store';
import { SyncScheduler } from '../../../electron/sync/sync-scheduler';
import { TaskRunner } from '../../../electron/tasks/task-runner';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** A sync job that waits until the test lets it finish, recording what it was asked. */
const controllableJob = () => {
  const runs: TaskParams[] = [];
  let release: (() => void)[] = [];
  let fail = false;
  return {
    runs,
    failNext: () => (fail = true),
    finishAll: () => {
      for (const done of release) done();
      release = [];
    },
    job: async (params: TaskParams) => {
      runs.push(params);
      await new Promise<void>((resolve) => release.push(resolve));
      if (fail) {
        fail = false;
        throw new Error('Apple said no');
      }
      return { mode: String(params.mode) };
    },
  };
};

describe('the sync scheduler', () => {
  let dir: string;
  let now: number;
  let windowOpen: boolean;
  let jobs: ReturnType<typeof controllableJob>;
  let runner: TaskRunner;
  let store: SyncScheduleStore;
  let scheduler: SyncScheduler;
  const tokens = [
    { id: 'a', name: 'De Regenboog', health: 'ok' as const },
    { id: 'b', name: 'De Linde', health: 'ok' as const },
    { id: 'c', name: 'Expired school', health: 'expired' as const },
  ];
  const announced: string[] = [];

  const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
  const create = async () => {
    store = new SyncScheduleStore(dir);
    await store.load();
    scheduler = new SyncScheduler({
      runner,
      store,
      tokens: { list: () => tokens, announce: (id) => announced.push(id), canSync: () => true },
      intervalMinutes: () => 30,
      windowPresent: () => windowOpen,
      now: () => now,
      checkEveryMs: 60 * 60_000,
    });
  };

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sync-schedule-'));
    now = Date.UTC(2026, 11, 4, 8);
    windowOpen = true;
    jobs = controllableJob();
    runner = new TaskRunner(
      { 'apple:checkService': async () => undefined, 'vpp:sync': jobs.job },
      { now: () => now },
    );
    await create();
  });
  afterEach(async () => {
    scheduler.close();
    jobs.finishAll();
    await runner.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('syncs a never-synced token in full at once, and never one that Apple refused', async () => {
    const started = scheduler.tick();
    expect(started.map((task) => task.params)).toEqual([
      { tokenId: 'a', tokenName: 'De Regenboog', mode: 'full' },
      { tokenId: 'b', tokenName: 'De Linde', mode: 'full' },
    ]);
  });

  it('runs at most one sync per token: ticks and Sync Now while one runs start nothing new', async () => {
    const [first] = scheduler.tick();
    expect(scheduler.tick()).toEqual([]);
    const now1 = scheduler.syncNow(['a']);
    expect(now1.map((task) => task.id)).toEqual([first!.id]);
    expect(scheduler.infoOf('a', 'ok').active).toBe(true);
    await settle();
    expect(jobs.runs).toHaveLength(2);
  });

  it('after a night asleep runs a missed sync once, as a delta, not once per missed slot', async () => {
    scheduler.tick();
    await settle();
    jobs.finishAll();
    await settle();
    expect(store.get('a').lastFullSyncAt).toBe(now);

    now += 10 * HOUR; // twenty slots of 30 minutes missed
    const caughtUp = scheduler.tick();
    expect(caughtUp.map((task) => task.params.mode)).toEqual(['delta', 'delta']);
    expect(scheduler.tick()).toEqual([]);
    await settle();
    jobs.finishAll();
    await settle();
    expect(scheduler.tick()).toEqual([]);
    expect(scheduler.infoOf('a', 'ok').nextSyncAt).toBe(now + 30 * MINUTE);
  });

  it('makes the sync full again after seven days, and Sync Now is always full', async () => {
    scheduler.tick();
    await settle();
    jobs.finishAll();
    await settle();
    expect(scheduler.syncNow(['a']).map((task) => task.params.mode)).toEqual(['full']);
    await settle();
    jobs.finishAll();
    await settle();
    now += 7 * 24 * HOUR;
    expect(scheduler.tick().map((task) => task.params.mode)).toEqual(['full', 'full']);
  });

  it('keeps its schedule across a restart', async () => {
    scheduler.tick();
    await settle();
    jobs.finishAll();
    await settle();
    scheduler.close();
    await create();
    now += 10 * MINUTE;
    expect(scheduler.tick()).toEqual([]);
    now += 25 * MINUTE;
    expect(scheduler.tick().map((task) => task.params.mode)).toEqual(['delta', 'delta']);
  });

  it('starts nothing while no window is open, and what fell due when one opens', async () => {
    windowOpen = false;
    expect(scheduler.tick()).toEqual([]);
    windowOpen = true;
    expect(scheduler.tick()).toHaveLength(2);
  });

  it('waits one interval after a failed sync instead of retrying in a loop', async () => {
    jobs.failNext();
    scheduler.tick();
    await settle();
    jobs.finishAll();
    await settle();
    const finished: TaskSnapshot[] = runner.list().filter((task) => task.status === 'failed');
    expect(finished).toHaveLength(1);
    const failedToken = String(finished[0]!.params.tokenId);
    expect(store.get(failedToken).lastOutcome).toBe('failed');
    expect(scheduler.tick()).toEqual([]);
    now += 31 * MINUTE;
    expect(scheduler.tick().map((task) => task.params.tokenId)).toContain(failedToken);
  });
});

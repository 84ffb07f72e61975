import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TaskParams } from '../../../shared/domain/tasks';
import { SyncScheduleStore } from '../../../electron/sync/sync-schedule-store';
import { SyncScheduler } from '../../../electron/sync/sync-scheduler';
import { TaskRunner } from '../../../electron/tasks/task-runner';

/** A sync job that waits until the test lets it finish, recording what it was asked. */
const heldSyncs = () => {
  const runs: TaskParams[] = [];
  const release: (() => void)[] = [];
  return {
    runs,
    finishAll: () => {
      for (const done of release.splice(0)) done();
    },
    job: async (params: TaskParams) => {
      runs.push(params);
      await new Promise<void>((resolve) => release.push(resolve));
      return { mode: String(params.mode) };
    },
  };
};

/** "A delta sync soon for this token", which a registration asks for when it is done. */
describe('syncSoon', () => {
  let syncs: ReturnType<typeof heldSyncs>;
  let runner: TaskRunner;
  let scheduler: SyncScheduler;
  const tokens = [
    { id: 'a', name: 'De Regenboog', health: 'ok' as const },
    { id: 'gone', name: 'Revoked school', health: 'revoked' as const },
  ];
  const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

  beforeEach(async () => {
    syncs = heldSyncs();
    runner = new TaskRunner({ 'vpp:sync': syncs.job });
    const store = new SyncScheduleStore(await mkdtemp(join(tmpdir(), 'sync-soon-')));
    await store.load();
    // Just synced: nothing is due by the schedule, so every sync below is syncSoon's.
    await store.update('a', { lastSyncAt: Date.now(), lastFullSyncAt: Date.now() });
    scheduler = new SyncScheduler({
      runner,
      store,
      tokens: { list: () => tokens, announce: () => undefined, canSync: () => true },
      intervalMinutes: () => 30,
      windowPresent: () => true,
    });
  });
  afterEach(async () => {
    scheduler.close();
    syncs.finishAll();
    await runner.close();
  });

  it('starts a delta sync of that token at once when none runs', async () => {
    const task = scheduler.syncSoon('a');
    expect(task).toMatchObject({ kind: 'vpp:sync', params: { tokenId: 'a', mode: 'delta' } });
    await settle();
    expect(syncs.runs).toEqual([{ tokenId: 'a', tokenName: 'De Regenboog', mode: 'delta' }]);
  });

  it('runs one more after the sync that is running, however often it is asked', async () => {
    scheduler.syncNow(['a']);
    await settle();
    expect(scheduler.syncSoon('a')).toBeUndefined();
    expect(scheduler.syncSoon('a')).toBeUndefined();
    await settle();
    expect(syncs.runs.map((run) => run.mode)).toEqual(['full']);
    syncs.finishAll();
    await settle();
    expect(syncs.runs.map((run) => run.mode)).toEqual(['full', 'delta']);
    syncs.finishAll();
    await settle();
    expect(syncs.runs).toHaveLength(2);
  });

  it('does nothing for a refused or unknown token', () => {
    expect(scheduler.syncSoon('gone')).toBeUndefined();
    expect(scheduler.syncSoon('nobody')).toBeUndefined();
    expect(runner.list()).toEqual([]);
  });
});

import type { Settings } from '../../shared/domain/settings';
import type { TaskRunner } from '../tasks/task-runner';
import { ApplierHub, type ApplierHubOptions } from './applier-hub';
import { SyncScheduleStore } from './sync-schedule-store';
import { SyncScheduler, type SchedulableTokens } from './sync-scheduler';
import { syncJob, type SyncJobDeps } from './sync-job';

/** What the sync needs from the token service: the job's needs and the scheduler's. */
export type SyncTokenAccess = SchedulableTokens & Omit<SyncJobDeps, 'hub'>;

export interface SyncServices {
  hub: ApplierHub;
  scheduler: SyncScheduler;
  store: SyncScheduleStore;
  job: ReturnType<typeof syncJob>;
  close(): void;
}

/**
 * The hub and the job exist before the task runner (the runner needs the job), the
 * scheduler after it (it starts tasks): `createSyncParts` then `startSyncScheduler`.
 */
export const createSyncParts = async (options: {
  dataDir: string;
  tokens: () => SyncTokenAccess;
  log?: (message: string) => void;
  hub?: ApplierHubOptions;
}) => {
  const hub = new ApplierHub(options.hub);
  const store = new SyncScheduleStore(options.dataDir, options.log);
  await store.load();
  const job = syncJob({
    hub,
    clientFor: (tokenId) => options.tokens().clientFor(tokenId),
    lookupMetadata: (tokenId, adamIds, signal) =>
      options.tokens().lookupMetadata(tokenId, adamIds, signal),
    markRefused: (tokenId, errorNumber) => options.tokens().markRefused(tokenId, errorNumber),
  });
  return { hub, store, job };
};

export const startSyncScheduler = (
  parts: Awaited<ReturnType<typeof createSyncParts>>,
  options: {
    runner: TaskRunner;
    tokens: SyncTokenAccess;
    settings: () => Settings;
    checkEveryMs?: number;
    now?: () => number;
  },
): SyncServices => {
  const scheduler = new SyncScheduler({
    runner: options.runner,
    store: parts.store,
    tokens: options.tokens,
    intervalMinutes: () => options.settings().sync.intervalMinutes,
    windowPresent: () => parts.hub.isPresent(),
    checkEveryMs: options.checkEveryMs,
    now: options.now,
  });
  // A window that opens runs what fell due while none was open.
  const stopWatching = parts.hub.onPresence(() => scheduler.tick());
  scheduler.start();
  return {
    ...parts,
    scheduler,
    close: () => {
      stopWatching();
      scheduler.close();
      parts.hub.close();
    },
  };
};

import { isActive, type TaskSnapshot } from '../../shared/domain/tasks';
import type { JobRegistry } from '../tasks/task-runner';
import { RegistrationBatchStore } from './registration-batch-store';
import { registerUsersJob, retireUsersJob, type RegistrationJobDeps } from './registration-job';

export interface RegistrationServicesOptions {
  dataDir: string;
  tokens: Pick<RegistrationJobDeps, 'clientFor' | 'markRefused'>;
  /** The runner's tasks (called late: the runner is made after its jobs). */
  tasks: () => readonly TaskSnapshot[];
  /** The sync scheduler's `syncSoon` (called late, like `tasks`). */
  syncSoon: (tokenId: string) => void;
  eventPolling?: RegistrationJobDeps['eventPolling'];
  log?: (message: string) => void;
}

/** The batches' store and the two jobs, for host.ts to register with its task runner. */
export const createRegistrationServices = (options: RegistrationServicesOptions) => {
  const batches = new RegistrationBatchStore(options.dataDir, {
    inUse: () => activeBatchIds(options.tasks()),
    log: options.log,
  });
  const deps: RegistrationJobDeps = {
    loadBatch: (batchId) => batches.load(batchId),
    clientFor: (tokenId) => options.tokens.clientFor(tokenId),
    markRefused: (tokenId, errorNumber) => options.tokens.markRefused(tokenId, errorNumber),
    syncSoon: (tokenId) => options.syncSoon(tokenId),
    ...(options.eventPolling ? { eventPolling: options.eventPolling } : {}),
  };
  const jobs = {
    'vpp:registerUsers': registerUsersJob(deps),
    'vpp:retireUsers': retireUsersJob(deps),
  } satisfies JobRegistry;
  return { batches, jobs };
};

const activeBatchIds = (tasks: readonly TaskSnapshot[]): Set<string> =>
  new Set(
    tasks.flatMap((task) =>
      isActive(task.status) && typeof task.params.batchId === 'string' ? [task.params.batchId] : [],
    ),
  );

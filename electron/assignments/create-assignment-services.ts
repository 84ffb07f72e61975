import { isActive, type TaskSnapshot } from '../../shared/domain/tasks';
import type { AssignLicensesRequest } from '../../shared/domain/assignments';
import type { Job } from '../tasks/task-runner';
import { AssignmentBatchStore } from './assignment-batch-store';
import {
  ASSIGNMENT_TASK_KINDS,
  associateAssetsJob,
  disassociateAssetsJob,
  type AssignmentJobDeps,
} from './assignment-job';
import { saveRetryBatch, type RetryOptions } from './retry-failed';

export interface AssignmentServicesOptions {
  dataDir: string;
  tokens: Pick<AssignmentJobDeps, 'clientFor' | 'markRefused'>;
  /** The runner's tasks (called late: the runner is made after its jobs). */
  tasks: () => readonly TaskSnapshot[];
  syncSoon?: (tokenId: string) => void;
  eventPolling?: AssignmentJobDeps['eventPolling'];
  log?: (message: string) => void;
}

/**
 * The batches' store, the two jobs (keyed by the task kinds host.ts is to add) and the helpers
 * a handler needs: save a request as a batch, and save the failures of one as a new batch.
 */
export const createAssignmentServices = (options: AssignmentServicesOptions) => {
  const batches = new AssignmentBatchStore(options.dataDir, {
    inUse: () => activeBatchIds(options.tasks()),
    log: options.log,
  });
  const deps: AssignmentJobDeps = {
    batches,
    clientFor: (tokenId) => options.tokens.clientFor(tokenId),
    markRefused: (tokenId, errorNumber) => options.tokens.markRefused(tokenId, errorNumber),
    syncSoon: (tokenId) => options.syncSoon?.(tokenId),
    ...(options.eventPolling ? { eventPolling: options.eventPolling } : {}),
  };
  const jobs: Record<(typeof ASSIGNMENT_TASK_KINDS)[keyof typeof ASSIGNMENT_TASK_KINDS], Job> = {
    [ASSIGNMENT_TASK_KINDS.associate]: associateAssetsJob(deps),
    [ASSIGNMENT_TASK_KINDS.disassociate]: disassociateAssetsJob(deps),
  };
  return {
    batches,
    jobs,
    /** The batch of a (parsed) request; start its task with `{ batchId, tokenId, … }`. */
    saveRequest: (request: AssignLicensesRequest) =>
      batches.save({
        operation: request.operation,
        tokenId: request.tokenId,
        assets: request.assets,
        clientUserIds: request.clientUserIds ?? [],
        serialNumbers: request.serialNumbers ?? [],
      }),
    saveRetry: (batchId: string, retry?: RetryOptions) => saveRetryBatch(batches, batchId, retry),
  };
};

const activeBatchIds = (tasks: readonly TaskSnapshot[]): Set<string> =>
  new Set(
    tasks.flatMap((task) =>
      isActive(task.status) && typeof task.params.batchId === 'string' ? [task.params.batchId] : [],
    ),
  );

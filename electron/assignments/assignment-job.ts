import {
  AssignmentParams,
  LISTED_FAILED_IDS,
  type AssignmentOperation,
  type AssignmentResult,
} from '../../shared/domain/assignments';
import { noteTokenRefusal } from '../tokens/token-refusal';
import type { Job, JobContext, TaskResult } from '../tasks/task-runner';
import type { VppClient } from '../vpp/client';
import type { EventPollOptions } from '../vpp/events';
import type { AssignmentBatch, AssignmentBatchStore } from './assignment-batch-store';
import { assignmentErrors } from './assignment-errors';
import { planAssignment, tasksOf } from './assignment-plan';
import { AssignmentTally } from './assignment-tally';
import { sendPlannedRequests } from './send-planned-requests';
import { waitForPlannedEvents } from './wait-for-planned-events';

export interface AssignmentJobDeps {
  batches: Pick<AssignmentBatchStore, 'load' | 'write'>;
  clientFor(tokenId: string): Promise<VppClient>;
  /** Apple refused the token (9621 expired, 9625 revoked): mark it, as the sync does. */
  markRefused(tokenId: string, errorNumber: number): void;
  /** A delta sync of the token soon, so the window shows the new assignments and counts. */
  syncSoon?(tokenId: string): void;
  /** Tests shorten Apple's polling advice (≥ 30 s between polls). */
  eventPolling?: Omit<EventPollOptions, 'onProgress' | 'signal' | 'finished'>;
}

/** Task kinds to add to shared/domain/tasks.ts (TaskKind) when the host registers the jobs. */
export const ASSIGNMENT_TASK_KINDS = {
  associate: 'vpp:associateAssets',
  disassociate: 'vpp:disassociateAssets',
} as const satisfies Record<AssignmentOperation, string>;

/**
 * `assets/associate` or `assets/disassociate` for one batch in `<dataDir>/assignments/`. The
 * plan (requests within Apple's limits) is written before the first request, and each
 * request's eventId as soon as Apple answers it, so a run after a crash polls those events and
 * sends only the requests that never got one. A batch that has finished returns its outcome
 * and sends nothing: Retry builds a new batch (retry-failed.ts).
 */
const assignmentJob =
  (operation: AssignmentOperation, deps: AssignmentJobDeps): Job =>
  async (params, context) => {
    const parsed = AssignmentParams.safeParse(params);
    if (!parsed.success)
      throw assignmentErrors.badParams(ASSIGNMENT_TASK_KINDS[operation], parsed.error);
    const { batchId, tokenId } = parsed.data;
    const batch = await deps.batches.load(batchId);
    if (!batch || batch.operation !== operation || batch.tokenId !== tokenId)
      throw assignmentErrors.batchGone();
    // Finished before (Run Again, a retried start): the same answer, and nothing sent again.
    if (batch.outcome) return concluded(batch.operation, batch.outcome.result);
    try {
      const client = await deps.clientFor(tokenId);
      return await run(batchId, batch, client, context, deps);
    } catch (error) {
      noteTokenRefusal(error, tokenId, deps.markRefused);
      throw error;
    }
  };

const run = async (
  batchId: string,
  batch: AssignmentBatch,
  client: VppClient,
  context: JobContext,
  deps: AssignmentJobDeps,
): Promise<TaskResult> => {
  const { signal } = context;
  const save = () => deps.batches.write(batchId, batch);
  if (!batch.plan) {
    batch.plan = planAssignment(batch, await client.limits({ signal }));
    await save();
  }
  const plan = batch.plan;
  const resumed = plan.filter((request) => request.eventIds !== undefined).length;
  const total = plan.reduce((sum, request) => sum + tasksOf(request), 0);
  // Sending and Apple's processing each fill half of the bar.
  let sentTasks = 0;
  const progress = (finished: number) => context.progress(sentTasks + finished, 2 * total);
  const stepKey = `vpp.tasks.steps.${batch.operation === 'associate' ? 'associating' : 'disassociating'}`;

  if (resumed > 0) context.step('vpp.tasks.steps.resumingEvents', { count: resumed });
  await sendPlannedRequests(client, batch, {
    signal,
    save,
    onRequest: (done) => {
      sentTasks = done;
      progress(0);
      if (done < total) context.step(stepKey, { done, total });
    },
  });

  context.step('vpp.tasks.steps.waitingForApple', { total });
  const statuses = await waitForPlannedEvents(client, batch, {
    ...deps.eventPolling,
    signal,
    save,
    onProgress: (event) => progress(event.numCompleted + event.numFailed),
  });

  const tally = new AssignmentTally();
  for (const request of plan) {
    if (request.refused !== undefined) tally.refuse(batch, request, request.refused);
    else
      tally.event(
        batch,
        request,
        request.eventIds!.map((id) => statuses.get(id)!),
      );
  }
  progress(total);

  const failedIds = tally.failedIds();
  const result: AssignmentResult = {
    requested: tally.requested,
    succeeded: tally.succeeded,
    failed: tally.failed,
    requests: plan.filter((request) => request.eventIds !== undefined).length,
    ...(resumed > 0 ? { resumed } : {}),
    ...(tally.failed > 0 ? { reasons: tally.reasons() } : {}),
    ...(failedIds.length > 0
      ? { failedIds: failedIds.slice(0, LISTED_FAILED_IDS).join(', ') }
      : {}),
  };
  batch.outcome = {
    finishedAt: Date.now(),
    result,
    failures: tally.failures(),
    unnamed: tally.unnamedReasons(),
  };
  await save();

  for (const { errorNumber, count } of tally.byReason()) {
    const ids = tally
      .failures()
      .filter((failure) => failure.errorNumber === errorNumber)
      .slice(0, LISTED_FAILED_IDS)
      .map((failure) => failure.clientUserId ?? failure.serialNumber);
    context.step('vpp.tasks.steps.licensesRefused', {
      count,
      number: errorNumber,
      ids: [...new Set(ids)].join(', '),
    });
  }
  if (tally.succeeded > 0) deps.syncSoon?.(batch.tokenId);
  return concluded(batch.operation, result);
};

/** The task fails only when Apple did none of the tasks; its main reason says why. */
const concluded = (operation: AssignmentOperation, result: AssignmentResult): TaskResult => {
  const main = Number(result.reasons?.split(' ')[0]?.split(':')[0]);
  if (result.succeeded === 0 && result.failed > 0 && Number.isInteger(main))
    throw assignmentErrors.noneSucceeded(operation, main, result.failed);
  // Optional fields are left out, never undefined: the result is plain numbers and strings.
  return result as TaskResult;
};

export const associateAssetsJob = (deps: AssignmentJobDeps): Job =>
  assignmentJob('associate', deps);

export const disassociateAssetsJob = (deps: AssignmentJobDeps): Job =>
  assignmentJob('disassociate', deps);

import { RegistrationParams, type RegistrationResult } from '../../shared/domain/vpp-registration';
import type { TaskKind } from '../../shared/domain/tasks';
import { noteTokenRefusal } from '../tokens/token-refusal';
import type { Job, JobContext, TaskResult } from '../tasks/task-runner';
import type { VppClient } from '../vpp/client';
import type { EventPollOptions } from '../vpp/events';
import type { RegistrationBatch, RegistrationOperation } from './registration-batch-store';
import { registrationErrors } from './registration-errors';
import { planRegistration } from './registration-plan';
import { RegistrationTally } from './registration-tally';
import { submitUserBatches } from './submit-user-batches';

export interface RegistrationJobDeps {
  loadBatch(batchId: string): Promise<RegistrationBatch | undefined>;
  clientFor(tokenId: string): Promise<VppClient>;
  /** Apple refused the token (9621 expired, 9625 revoked): mark it, as the sync does. */
  markRefused(tokenId: string, errorNumber: number): void;
  /** A delta sync of the token soon, so the window gets the users' status and inviteCode. */
  syncSoon(tokenId: string): void;
  /** Tests shorten Apple's polling advice (≥ 30 s between polls). */
  eventPolling?: Omit<EventPollOptions, 'onProgress' | 'signal' | 'finished'>;
}

/** How many refused clientUserIds the result names: enough to find them, small to keep. */
export const LISTED_REFUSALS = 20;

const KIND: Record<RegistrationOperation, TaskKind> = {
  register: 'vpp:registerUsers',
  retire: 'vpp:retireUsers',
};

/**
 * `vpp:registerUsers` (users/create) and `vpp:retireUsers` (users/retire) for one batch the
 * renderer handed main. Users go out in requests of `maxUsers`, then Apple's events are
 * awaited and every failure read: a user Apple already had as asked counts as done (a retry
 * after a crash, Run Again), the others are refused one by one. The task fails only when
 * Apple took nobody; its result counts the rest and names the first refused users.
 */
const registrationJob =
  (operation: RegistrationOperation, deps: RegistrationJobDeps): Job =>
  async (params, context) => {
    const parsed = RegistrationParams.safeParse(params);
    if (!parsed.success) throw registrationErrors.badParams(KIND[operation], parsed.error);
    const { batchId, tokenId } = parsed.data;
    const batch = await deps.loadBatch(batchId);
    if (!batch || batch.operation !== operation || batch.tokenId !== tokenId)
      throw registrationErrors.batchGone();
    try {
      return await run(operation, batch, await deps.clientFor(tokenId), context, deps);
    } catch (error) {
      noteTokenRefusal(error, tokenId, deps.markRefused);
      throw error;
    }
  };

const run = async (
  operation: RegistrationOperation,
  batch: RegistrationBatch,
  client: VppClient,
  context: JobContext,
  deps: RegistrationJobDeps,
): Promise<TaskResult> => {
  const { signal } = context;
  const plan = planRegistration(batch.users, operation);
  const tally = new RegistrationTally(operation);
  tally.refuse(plan.refused);
  const total = plan.requested;
  // Sending and Apple's processing each fill half of the bar.
  const progress = (sent: number, finished: number) =>
    context.progress(sent + finished + 2 * plan.refused.size, 2 * total);
  const stepKey = `vpp.tasks.steps.${operation === 'register' ? 'registering' : 'retiring'}`;

  let sent = 0;
  context.step(stepKey, { done: 0, total });
  progress(0, 0);
  const submitted = await submitUserBatches(client, operation, plan.send, {
    signal,
    onBatch: (handled) => {
      sent = handled;
      progress(sent, 0);
      if (handled < plan.send.length) context.step(stepKey, { done: handled, total });
    },
  });
  tally.refuse(submitted.refused);

  if (submitted.submitted.eventIds.length > 0) {
    context.step('vpp.tasks.steps.waitingForApple', { total });
    const { statuses } = await client.submitAndWait(async () => submitted.submitted, {
      ...deps.eventPolling,
      signal,
      onProgress: (event) => progress(sent, event.numCompleted + event.numFailed),
    });
    statuses.forEach((status, index) => tally.event(submitted.usersOf[index] ?? [], status));
  }
  progress(sent, sent);

  // The detail lists who was refused and why, also when the task fails for it.
  const reasons = tally.byReason();
  for (const { errorNumber, count, clientUserIds } of reasons) {
    if (clientUserIds.length === 0)
      context.step('vpp.tasks.steps.refusedUnnamed', { count, number: errorNumber });
    else
      context.step('vpp.tasks.steps.refused', {
        count,
        number: errorNumber,
        users: clientUserIds.slice(0, LISTED_REFUSALS).join(', '),
      });
  }
  if (tally.succeeded === 0 && reasons[0]) {
    throw registrationErrors.noneSucceeded(operation, reasons[0].errorNumber, tally.failed);
  }
  if (tally.succeeded > 0) deps.syncSoon(batch.tokenId);
  const result: RegistrationResult = {
    requested: total,
    succeeded: tally.succeeded,
    failed: tally.failed,
    requests: submitted.requests,
    ...(operation === 'register'
      ? { linked: tally.alreadyDone }
      : { alreadyRetired: tally.alreadyDone }),
    ...(tally.failed > 0 ? { reasons: tally.reasons() } : {}),
    ...(tally.refused.size > 0
      ? { refusedUsers: [...tally.refused.keys()].slice(0, LISTED_REFUSALS).join(', ') }
      : {}),
  };
  // Optional fields are left out, never undefined: the result is plain numbers and strings.
  return result as TaskResult;
};

export const registerUsersJob = (deps: RegistrationJobDeps): Job =>
  registrationJob('register', deps);

export const retireUsersJob = (deps: RegistrationJobDeps): Job => registrationJob('retire', deps);

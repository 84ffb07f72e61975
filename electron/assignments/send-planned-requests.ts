import { TOKEN_EXPIRED_ERROR, TOKEN_REVOKED_ERROR } from '../../shared/domain/tokens';
import type { SubmittedEvents, VppClient } from '../vpp/client';
import { VppApiError } from '../vpp/errors';
import type { ManageAssetsRequest } from '../vpp/types';
import type { AssignmentBatch, PlannedRequest } from './assignment-batch-store';
import { bodyOf, tasksOf } from './assignment-plan';

export interface SendOptions {
  signal: AbortSignal;
  /** Writes the batch file (atomically); awaited before the next request goes out. */
  save: () => Promise<void>;
  /** After each request: tasks sent (or refused) so far, earlier runs' included. */
  onRequest?: (tasksHandled: number) => void;
}

/** What Apple may refuse of one request alone (400): a bad asset, say. Not the token. */
const refusedAlone = (error: unknown): error is VppApiError =>
  error instanceof VppApiError &&
  !error.detectedLocally &&
  error.httpStatus === 400 &&
  error.errorNumber !== TOKEN_EXPIRED_ERROR &&
  error.errorNumber !== TOKEN_REVOKED_ERROR;

export const submitRequest = (
  client: VppClient,
  batch: AssignmentBatch,
  request: PlannedRequest,
  signal: AbortSignal,
): Promise<SubmittedEvents> => {
  const body: ManageAssetsRequest = bodyOf(batch, request);
  return batch.operation === 'associate'
    ? client.associateAssets(body, { signal })
    : client.disassociateAssets(body, { signal });
};

/**
 * Sends, one after another (the token's rate limiter paces them), every planned request that
 * has no eventId yet, and writes each eventId to the batch file before the next request. A
 * crash between Apple's answer and that write sends the request once more after the restart;
 * Apple's associate and disassociate are idempotent (a licence already held completes without
 * using another), so that costs a request, never a licence.
 */
export const sendPlannedRequests = async (
  client: VppClient,
  batch: AssignmentBatch,
  options: SendOptions,
): Promise<void> => {
  const plan = batch.plan ?? [];
  const handled = () =>
    plan
      .filter((request) => request.eventIds !== undefined || request.refused !== undefined)
      .reduce((sum, request) => sum + tasksOf(request), 0);
  options.onRequest?.(handled());
  for (const request of plan) {
    if (request.eventIds !== undefined || request.refused !== undefined) continue;
    options.signal.throwIfAborted();
    try {
      // Planned within the limits, so one event; more only if Apple lowered its limits since.
      request.eventIds = (await submitRequest(client, batch, request, options.signal)).eventIds;
    } catch (error) {
      if (!refusedAlone(error)) throw error;
      request.refused = error.errorNumber;
    }
    await options.save();
    options.onRequest?.(handled());
  }
};

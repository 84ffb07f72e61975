import type { VppClient } from '../vpp/client';
import { VppEventPendingError } from '../vpp/errors';
import type { EventPollOptions } from '../vpp/events';
import type { StatusResponse } from '../vpp/types';
import type { AssignmentBatch } from './assignment-batch-store';
import { submitRequest } from './send-planned-requests';

export interface WaitOptions extends Omit<EventPollOptions, 'finished'> {
  signal: AbortSignal;
  save: () => Promise<void>;
  /** How often a request whose event is still PENDING after Apple's 10 minutes is re-sent. */
  resubmits?: number;
}

/**
 * Polls every recorded event of the batch until none is PENDING, and returns each final
 * status by eventId. Apple: an event still PENDING after 10 minutes is to be submitted again;
 * only those requests are, and their new eventIds replace the old in the batch file at once.
 */
export const waitForPlannedEvents = async (
  client: VppClient,
  batch: AssignmentBatch,
  { save, resubmits = 1, ...options }: WaitOptions,
): Promise<Map<string, StatusResponse>> => {
  const plan = batch.plan ?? [];
  let finished: ReadonlyMap<string, StatusResponse> = new Map();
  for (let round = 0; ; round++) {
    const eventIds = plan.flatMap((request) => request.eventIds ?? []);
    try {
      const statuses = await client.waitForEvents(eventIds, { ...options, finished });
      return new Map(eventIds.map((eventId, index) => [eventId, statuses[index]!]));
    } catch (error) {
      if (!(error instanceof VppEventPendingError) || round >= resubmits) throw error;
      finished = error.finished;
      for (const request of plan) {
        if (!request.eventIds?.some((eventId) => !finished.has(eventId))) continue;
        request.eventIds = (await submitRequest(client, batch, request, options.signal)).eventIds;
        await save();
      }
    }
  }
};

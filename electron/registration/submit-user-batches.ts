import { chunk } from '../vpp/batch';
import type { SubmittedEvents, VppClient } from '../vpp/client';
import { VppApiError } from '../vpp/errors';
import type { RequestUser } from '../vpp/types';
import type { RegistrationOperation } from './registration-batch-store';
import { INVALID_EMAIL_ERROR } from './registration-plan';

export interface SubmittedUserBatches {
  /** Every accepted request, one event each, as `submitAndWait` takes them. */
  submitted: SubmittedEvents;
  /** The users of each event, in the same order. */
  usersOf: RequestUser[][];
  /** Users Apple refused at once (only 9717 for a lone user): clientUserId → number. */
  refused: Map<string, number>;
  /** POSTs sent, refused ones included. */
  requests: number;
}

export interface SubmitOptions {
  signal: AbortSignal;
  /** After each request Apple accepted or refused: users handled so far. */
  onBatch?: (usersHandled: number) => void;
}

/**
 * Sends the users in requests of at most the service's `maxUsers`, one after another (the
 * token's rate limiter paces them). Apple refuses a whole users/create request when one email
 * address is bad (9717, synchronous): that request is split in halves and sent again, until
 * the user behind it stands alone and is refused alone; everyone else is still registered.
 */
export const submitUserBatches = async (
  client: VppClient,
  operation: RegistrationOperation,
  users: readonly RequestUser[],
  options: SubmitOptions,
): Promise<SubmittedUserBatches> => {
  const result: SubmittedUserBatches = {
    submitted: {
      eventIds: [],
      meta: {},
      endpoint: operation === 'register' ? 'createUsers' : 'retireUsers',
      bodies: [],
    },
    usersOf: [],
    refused: new Map(),
    requests: 0,
  };
  let handled = 0;
  const send = async (batch: RequestUser[]): Promise<void> => {
    result.requests++;
    try {
      const accepted =
        operation === 'register'
          ? await client.createUsers(batch, { signal: options.signal })
          : await client.retireUsers(
              batch.map((user) => user.clientUserId),
              { signal: options.signal },
            );
      result.submitted.eventIds.push(...accepted.eventIds);
      result.submitted.bodies.push(...accepted.bodies);
      result.submitted.meta = accepted.meta;
      for (const body of accepted.bodies)
        result.usersOf.push((body as { users: RequestUser[] }).users);
    } catch (error) {
      if (!isBadEmailRefusal(error, operation)) throw error;
      if (batch.length === 1) {
        result.refused.set(batch[0]!.clientUserId, INVALID_EMAIL_ERROR);
      } else {
        const half = Math.ceil(batch.length / 2);
        await send(batch.slice(0, half));
        await send(batch.slice(half));
        return;
      }
    }
    handled += batch.length;
    options.onBatch?.(handled);
  };
  const { maxUsers } = await client.limits({ signal: options.signal });
  for (const batch of chunk(users, maxUsers)) await send(batch);
  return result;
};

const isBadEmailRefusal = (error: unknown, operation: RegistrationOperation): boolean =>
  operation === 'register' &&
  error instanceof VppApiError &&
  error.errorNumber === INVALID_EMAIL_ERROR &&
  !error.detectedLocally;

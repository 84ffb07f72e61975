import { AppleError } from '../error-catalogue';
import type { AppleEndpoint } from '../apple-request';

/**
 * `GET /status?eventId=`: PENDING until processed, then COMPLETE or FAILED (any failure).
 * Failed tasks are not counted in `numCompleted`. An id this location never issued is 9708.
 */
export const getStatus: AppleEndpoint = {
  method: 'GET',
  handle: ({ location, query }) => {
    const eventId = query.string('eventId');
    const event = eventId === undefined ? undefined : location.events.get(eventId);
    if (!event) throw new AppleError(9708);
    return {
      eventStatus: event.status,
      eventType: event.type,
      numRequested: event.numRequested,
      numCompleted: event.numCompleted,
      ...(event.failures.length > 0 ? { failures: event.failures } : {}),
    };
  },
};

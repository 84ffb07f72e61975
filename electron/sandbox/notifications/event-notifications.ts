import { assetManagementPayloads, userManagementPayloads } from './payloads';
import type { Notifier } from './notifier';
import type { EventFinishedListener } from '../events/event-engine';
import type { EventType } from '../events/sandbox-event';

const ASSET_EVENTS: readonly EventType[] = ['ASSOCIATE', 'DISASSOCIATE', 'REVOKE'];

/** Announces every finished event: ASSET_MANAGEMENT for licence events, else USER_MANAGEMENT. */
export const announceFinishedEvents =
  (notifier: Notifier): EventFinishedListener =>
  (location, event, tally) => {
    if (ASSET_EVENTS.includes(event.type))
      notifier.publish(location, 'ASSET_MANAGEMENT', () =>
        assetManagementPayloads(event, tally.assignments),
      );
    else
      notifier.publish(location, 'USER_MANAGEMENT', () =>
        userManagementPayloads(event, tally.users),
      );
  };

import { parseManageUsersRequest } from '../requests/manage-users-request';
import { createUsersWork, retireUsersWork, updateUsersWork } from '../../events/user-work';
import type { AppleEndpoint } from '../apple-request';
import type { EventWork } from '../../events/event-engine';
import type { EventType } from '../../events/sandbox-event';
import type { RequestUser } from '../requests/manage-users-request';
import type { Location } from '../../state/location';

type Operation = 'create' | 'update' | 'retire';

const WORK: Record<
  Operation,
  {
    type: EventType;
    work: (location: Location, users: RequestUser[], now: () => Date) => EventWork;
  }
> = {
  create: { type: 'CREATE', work: createUsersWork },
  update: { type: 'UPDATE', work: updateUsersWork },
  retire: { type: 'RETIRE', work: retireUsersWork },
};

/** users/create, users/update, users/retire: validate, then one task per user. */
const manageUsers = (operation: Operation): AppleEndpoint => ({
  method: 'POST',
  handle: ({ world, location, body }) => {
    const users = parseManageUsersRequest(body, world.limits, operation);
    const { type, work } = WORK[operation];
    const event = world.events.submit(
      location,
      type,
      users.length,
      work(location, users, world.now),
    );
    return { eventId: event.eventId };
  },
});

export const createUsers = manageUsers('create');
export const updateUsers = manageUsers('update');
export const retireUsers = manageUsers('retire');

import { paginate } from '../pagination';
import { cachedRows } from '../../state/query-cache';
import { sinceSeq } from './since-version';
import { toResponseUser } from '../response-user';
import type { AppleEndpoint } from '../apple-request';

/**
 * `GET /users` with `clientUserId`, `activeOnly`, `retiredOnly` and `sinceVersionId` (rows
 * created or changed since). Several rows can share a clientUserId: retired ones and at most
 * one active.
 */
export const getUsers: AppleEndpoint = {
  method: 'GET',
  handle: ({ world, location, query }) => {
    const { dataset } = location.users;
    const filters = {
      clientUserId: query.string('clientUserId'),
      activeOnly: query.boolean('activeOnly') === true,
      retiredOnly: query.boolean('retiredOnly') === true,
      since: sinceSeq(query, dataset),
    };
    const pageIndex = query.integer('pageIndex') ?? 0;
    const rows = cachedRows(location, 'users', JSON.stringify(filters), dataset.seq, () => {
      const candidates =
        filters.clientUserId !== undefined
          ? location.users.history(filters.clientUserId)
          : location.users.all();
      return candidates.filter(
        (user) =>
          (filters.since === undefined || user.changedSeq > filters.since) &&
          (!filters.activeOnly || user.status !== 'Retired') &&
          (!filters.retiredOnly || user.status === 'Retired'),
      );
    });
    const page = paginate(rows, pageIndex, world.pageSize);
    return { users: page.items.map(toResponseUser), ...page.fields, versionId: dataset.versionId };
  },
};

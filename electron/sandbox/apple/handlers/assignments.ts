import { paginate } from '../pagination';
import { PRICING_PARAMS } from '../../state/asset-store';
import { cachedRows } from '../../state/query-cache';
import { sinceSeq } from './since-version';
import type { AssignmentRecord } from '../../state/assignment-store';
import type { Location } from '../../state/location';
import type { AppleEndpoint } from '../apple-request';

/** With `includeUserState=true`, user assignments also carry the holder's status and idHash. */
const toAssignment = (location: Location, record: AssignmentRecord, includeUserState: boolean) => {
  const base = {
    adamId: record.adamId,
    pricingParam: record.pricingParam,
    ...(record.clientUserId !== undefined
      ? { clientUserId: record.clientUserId }
      : { serialNumber: record.serialNumber }),
  };
  if (!includeUserState || record.clientUserId === undefined) return base;
  const rows = location.users.history(record.clientUserId);
  const holder = location.users.active(record.clientUserId) ?? rows[rows.length - 1];
  if (!holder) return base;
  const status = record.heldByRetiredUser ? 'Retired' : holder.status;
  return { ...base, ...(holder.idHash ? { idHash: holder.idHash } : {}), userStatus: status };
};

/**
 * `GET /assignments`. A `sinceVersionId` delta lists assignments added or changed since that
 * version; removed ones are not listed (Apple documents no way to show a removal — a full sync
 * shows it). `excludeInactiveUsers=true` drops licences kept by retired users.
 */
export const getAssignments: AppleEndpoint = {
  method: 'GET',
  handle: ({ world, location, query }) => {
    const { dataset } = location.assignments;
    const filters = {
      adamId: query.string('adamId'),
      clientUserId: query.string('clientUserId'),
      serialNumber: query.string('serialNumber'),
      pricingParam: query.oneOf('pricingParam', PRICING_PARAMS),
      excludeInactiveUsers: query.boolean('excludeInactiveUsers') === true,
      since: sinceSeq(query, dataset),
    };
    const includeUserState = query.boolean('includeUserState') === true;
    const pageIndex = query.integer('pageIndex') ?? 0;
    const rows = cachedRows(location, 'assignments', JSON.stringify(filters), dataset.seq, () =>
      location.assignments
        .all()
        .filter(
          (record) =>
            (filters.since === undefined || record.changedSeq > filters.since) &&
            (filters.adamId === undefined || record.adamId === filters.adamId) &&
            (filters.clientUserId === undefined || record.clientUserId === filters.clientUserId) &&
            (filters.serialNumber === undefined || record.serialNumber === filters.serialNumber) &&
            (filters.pricingParam === undefined || record.pricingParam === filters.pricingParam) &&
            (!filters.excludeInactiveUsers || !record.heldByRetiredUser),
        ),
    );
    const page = paginate(rows, pageIndex, world.pageSize);
    return {
      assignments: page.items.map((record) => toAssignment(location, record, includeUserState)),
      ...page.fields,
      versionId: dataset.versionId,
    };
  },
};

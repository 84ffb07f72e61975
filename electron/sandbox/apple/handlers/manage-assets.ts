import { AppleError } from '../error-catalogue';
import { parseManageAssetsRequest, parseRevokeRequest } from '../requests/manage-assets-request';
import { associateWork, disassociateWork, revokeWork } from '../../events/asset-work';
import type { AppleEndpoint, AppleRequest } from '../apple-request';

type ManageAssetsRequest = ReturnType<typeof parseManageAssetsRequest>;

/** Apple counts one task per asset × (user + serial number) (reference §4.5). */
const crossProductTasks = (request: ManageAssetsRequest): number =>
  request.assets.length * (request.clientUserIds.length + request.serialNumbers.length);

/** Books (and other non-device-assignable assets) can't go to serial numbers: 9707. */
const associate = ({ world, location, body }: AppleRequest) => {
  const request = parseManageAssetsRequest(body, world.limits);
  if (request.serialNumbers.length > 0) {
    for (const ref of request.assets) {
      const asset = location.assets.get(ref.adamId, ref.pricingParam);
      if (asset && !asset.deviceAssignable) throw new AppleError(9707);
    }
  }
  const numRequested = crossProductTasks(request);
  const event = world.events.submit(
    location,
    'ASSOCIATE',
    numRequested,
    associateWork(location, request),
  );
  return { eventId: event.eventId };
};

/** Irrevocable assets (books) can't be taken back: 9706. */
const disassociate = ({ world, location, body }: AppleRequest) => {
  const request = parseManageAssetsRequest(body, world.limits);
  for (const ref of request.assets) {
    const asset = location.assets.get(ref.adamId, ref.pricingParam);
    if (asset && !asset.revocable) throw new AppleError(9706);
  }
  const numRequested = crossProductTasks(request);
  const event = world.events.submit(
    location,
    'DISASSOCIATE',
    numRequested,
    disassociateWork(location, request),
  );
  return { eventId: event.eventId };
};

/** numRequested of a revoke is one task per user and device (Apple leaves it undocumented). */
const revoke = ({ world, location, body }: AppleRequest) => {
  const request = parseRevokeRequest(body, world.limits);
  const numRequested = request.clientUserIds.length + request.serialNumbers.length;
  const event = world.events.submit(
    location,
    'REVOKE',
    numRequested,
    revokeWork(location, request),
  );
  return { eventId: event.eventId };
};

export const associateAssets: AppleEndpoint = { method: 'POST', handle: associate };
export const disassociateAssets: AppleEndpoint = { method: 'POST', handle: disassociate };
export const revokeAssets: AppleEndpoint = { method: 'POST', handle: revoke };

import {
  assignLicence,
  releaseLicence,
  revokeRevocableLicences,
} from '../state/licence-operations';
import type { AssetRecord } from '../state/asset-store';
import type { AssignmentTarget } from '../state/assignment-store';
import type { Location } from '../state/location';
import type { ManageAssetsRequest } from '../apple/requests/manage-assets-request';
import type { EventWork } from './event-engine';

/** Users in the request without an active (Registered or Associated) row fail with 9609. */
const knownUsers = (
  location: Location,
  request: ManageAssetsRequest,
  fail: (clientUserId: string) => void,
): string[] =>
  request.clientUserIds.filter((clientUserId) => {
    if (location.users.active(clientUserId)) return true;
    fail(clientUserId);
    return false;
  });

const targetsOf = (clientUserIds: string[], serialNumbers: string[]): AssignmentTarget[] => [
  ...clientUserIds.map((clientUserId) => ({ clientUserId })),
  ...serialNumbers.map((serialNumber) => ({ serialNumber })),
];

const asInfo = (target: AssignmentTarget) =>
  'clientUserId' in target
    ? { clientUserIds: [target.clientUserId] }
    : { serialNumbers: [target.serialNumber] };

type AssetRef = ManageAssetsRequest['assets'][number];
type Tally = Parameters<EventWork>[0];

/**
 * An associate or disassociate: unknown users fail with 9609, then `task` runs once per asset ×
 * (user or device), in request order, so scarce licences go to the first users listed. `asset`
 * is undefined when the location doesn't own it.
 */
const perAssetAndHolder =
  (
    location: Location,
    request: ManageAssetsRequest,
    task: (
      tally: Tally,
      asset: AssetRecord | undefined,
      ref: AssetRef,
      target: AssignmentTarget,
    ) => void,
  ): EventWork =>
  (tally) => {
    const users = knownUsers(location, request, (clientUserId) =>
      tally.fail(9609, { assets: request.assets, clientUserIds: [clientUserId] }),
    );
    const targets = targetsOf(users, request.serialNumbers);
    for (const ref of request.assets) {
      const asset = location.assets.get(ref.adamId, ref.pricingParam);
      for (const target of targets) task(tally, asset, ref, target);
    }
  };

/**
 * Already-held licences complete without using another; an asset the location doesn't own has
 * no licences to give (9709).
 */
export const associateWork = (location: Location, request: ManageAssetsRequest): EventWork =>
  perAssetAndHolder(location, request, (tally, asset, ref, target) => {
    if (asset && assignLicence(location, asset, target) !== 'noLicence') {
      tally.complete();
      tally.listAssignment({ ...ref, ...target });
    } else tally.fail(9709, { assets: [ref], ...asInfo(target) });
  });

/** Releasing a licence the holder doesn't have is not a failure: the end state is the same. */
export const disassociateWork = (location: Location, request: ManageAssetsRequest): EventWork =>
  perAssetAndHolder(location, request, (tally, asset, ref, target) => {
    if (asset) releaseLicence(location, asset, target);
    tally.complete();
    tally.listAssignment({ ...ref, ...target });
  });

/** One task per user or device: take back everything revocable it holds (listed each). */
export const revokeWork =
  (location: Location, request: { clientUserIds: string[]; serialNumbers: string[] }): EventWork =>
  (tally) => {
    const revoke = (target: AssignmentTarget) => {
      for (const { adamId, pricingParam } of revokeRevocableLicences(location, target))
        tally.listAssignment({ adamId, pricingParam, ...target });
      tally.complete();
    };
    for (const clientUserId of request.clientUserIds) {
      if (location.users.active(clientUserId)) revoke({ clientUserId });
      else tally.fail(9609, { clientUserIds: [clientUserId] });
    }
    for (const serialNumber of request.serialNumbers) revoke({ serialNumber });
  };

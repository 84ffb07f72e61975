import { availableCount, type AssetRecord } from './asset-store';
import type { AssignmentRecord, AssignmentTarget } from './assignment-store';
import type { Location } from './location';

export type AssignOutcome = 'assigned' | 'alreadyAssigned' | 'noLicence';

/** Gives one licence of `asset` to a user or device, if one is free. */
export const assignLicence = (
  location: Location,
  asset: AssetRecord,
  target: AssignmentTarget,
): AssignOutcome => {
  if (location.assignments.find(asset, target)) return 'alreadyAssigned';
  if (availableCount(asset) <= 0) return 'noLicence';
  location.assignments.add(asset, target);
  location.assets.adjust(asset, { assigned: 1 });
  return 'assigned';
};

/** Takes a licence back; false when the holder did not have it. */
export const releaseLicence = (
  location: Location,
  asset: AssetRecord,
  target: AssignmentTarget,
): boolean => {
  const assignment = location.assignments.find(asset, target);
  if (!assignment) return false;
  location.assignments.remove(assignment);
  location.assets.adjust(asset, assignment.heldByRetiredUser ? { retired: -1 } : { assigned: -1 });
  return true;
};

/** `assets/revoke`: every revocable licence the holder has goes back to the pool. */
export const revokeRevocableLicences = (
  location: Location,
  target: AssignmentTarget,
): AssignmentRecord[] => {
  const released: AssignmentRecord[] = [];
  for (const assignment of location.assignments.heldBy(target)) {
    const asset = location.assets.get(assignment.adamId, assignment.pricingParam);
    if (asset?.revocable && releaseLicence(location, asset, target)) released.push(assignment);
  }
  return released;
};

/** A purchase (or a transfer in): more licences, all available. */
export const purchaseLicences = (location: Location, asset: AssetRecord, count: number): void => {
  location.assets.adjust(asset, { total: count });
};

import {
  bucketOf,
  deviceHolder,
  licenseSetRow,
  titleKeyOf,
  userHolder,
} from '../../../../renderer/db/license-sets';
import type { LicenseSetRow, PricingParam } from '../../../../renderer/db/types';

/** One assignment as a test thinks of it: a title held by a user or a device. */
export interface TestAssignment {
  adamId: string;
  pricingParam?: PricingParam;
  clientUserId?: string;
  serialNumber?: string;
}

export const holderOf = (assignment: TestAssignment): string => {
  if (assignment.clientUserId !== undefined) return userHolder(assignment.clientUserId);
  if (assignment.serialNumber !== undefined) return deviceHolder(assignment.serialNumber);
  throw new Error(`assignment of ${assignment.adamId} names no user or device`);
};

/**
 * A token's assignments as a sync stores them: grouped by title and by the holder's bucket
 * (`bucketOf`), one license set per group.
 */
export const licenseSetsOf = (
  tokenId: string,
  assignments: readonly TestAssignment[],
): LicenseSetRow[] => {
  const groups = new Map<string, { titleKey: string; bucket: number; holders: string[] }>();
  for (const assignment of assignments) {
    const holder = holderOf(assignment);
    const titleKey = titleKeyOf({
      adamId: assignment.adamId,
      pricingParam: assignment.pricingParam ?? 'STDQ',
    });
    const bucket = bucketOf(holder);
    const id = `${titleKey}|${bucket}`;
    let group = groups.get(id);
    if (!group) groups.set(id, (group = { titleKey, bucket, holders: [] }));
    if (!group.holders.includes(holder)) group.holders.push(holder);
  }
  return [...groups.values()].map(({ titleKey, bucket, holders }) =>
    licenseSetRow(tokenId, titleKey, bucket, holders),
  );
};

import type { LicenseSetRow, PricingParam } from './types';

/**
 * Shares per title: enough that a delta rewrites little (a share holds about 1/8 of a title's
 * holders), few enough that a full sync writes few rows.
 */
export const LICENSE_SET_BUCKETS = 8;

export const userHolder = (clientUserId: string) => `u:${clientUserId}`;
export const deviceHolder = (serialNumber: string) => `d:${serialNumber}`;

/** Who a holder string names. */
export const holderParts = (holder: string): { clientUserId?: string; serialNumber?: string } =>
  holder.startsWith('u:') ? { clientUserId: holder.slice(2) } : { serialNumber: holder.slice(2) };

/** FNV-1a: stable across runs and machines, so a holder always lands in the same share. */
export const bucketOf = (holder: string): number => {
  let hash = 0x811c9dc5;
  for (let i = 0; i < holder.length; i++) {
    hash ^= holder.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % LICENSE_SET_BUCKETS;
};

/** `adamId|pricingParam`: a title within one token. */
export const titleKeyOf = (title: { adamId: string; pricingParam: string }) =>
  `${title.adamId}|${title.pricingParam}`;

export const licenseSetKey = (tokenId: string, titleKey: string, bucket: number) =>
  `${tokenId}|${titleKey}|${bucket}`;

/** Every license-set key of one token, or of one title of it, as a key range. */
export const tokenSetRange = (tokenId: string) => [`${tokenId}|`, `${tokenId}|\uffff`] as const;
export const titleSetRange = (tokenId: string, titleKey: string) =>
  [`${tokenId}|${titleKey}|`, `${tokenId}|${titleKey}|\uffff`] as const;

export const licenseSetRow = (
  tokenId: string,
  titleKey: string,
  bucket: number,
  holders: string[],
): LicenseSetRow => {
  const [adamId, pricingParam] = titleKey.split('|') as [string, PricingParam];
  return {
    key: licenseSetKey(tokenId, titleKey, bucket),
    tokenId,
    adamId,
    pricingParam,
    holders,
  };
};

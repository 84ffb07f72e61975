import { localApiError } from './errors';
import type { VppLimits } from './service-config';
import type { Asset, ManageAssetsRequest, RequestUser, RevokeAssetsRequest } from './types';

/**
 * Splits writes into requests Apple accepts (limits from the service configuration), and
 * refuses what Apple would refuse anyway, with Apple's numbers, before anything is sent.
 */

export const chunk = <T>(items: readonly T[], size: number): T[][] => {
  const step = Math.max(1, Math.floor(size));
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += step) {
    chunks.push(items.slice(start, start + step));
  }
  return chunks;
};

const unique = (values: readonly string[] | undefined): string[] => [...new Set(values ?? [])];

/** An asset is (adamId, pricingParam); Apple's v1 default STDQ is assumed when it is left out. */
const assetKey = (asset: Asset) => `${asset.adamId}|${asset.pricingParam ?? 'STDQ'}`;

export const uniqueAssets = (assets: readonly Asset[]): Asset[] => {
  const seen = new Map<string, Asset>();
  for (const asset of assets) if (!seen.has(assetKey(asset))) seen.set(assetKey(asset), asset);
  return [...seen.values()];
};

/**
 * associate/disassociate: Apple treats a request as assets × (users + serials). We send users
 * and serials in separate requests: Apple's examples mix them, but Fleet reports Apple refusing
 * that, and separate requests are correct under both readings. Duplicates are dropped (they
 * would be 9703–9705).
 */
export const planManageAssets = (
  request: ManageAssetsRequest,
  limits: Pick<VppLimits, 'maxAssets' | 'maxClientUserIds' | 'maxSerialNumbers'>,
): ManageAssetsRequest[] => {
  const assets = uniqueAssets(request.assets ?? []);
  if (assets.length === 0) throw localApiError(9718, 'The request must include assets.');
  const clientUserIds = unique(request.clientUserIds);
  const serialNumbers = unique(request.serialNumbers);
  if (clientUserIds.length === 0 && serialNumbers.length === 0) {
    throw localApiError(9719, 'Either clientUserIds or serialNumbers are required.');
  }
  const targets = [
    ...chunk(clientUserIds, limits.maxClientUserIds).map((ids) => ({ clientUserIds: ids })),
    ...chunk(serialNumbers, limits.maxSerialNumbers).map((ids) => ({ serialNumbers: ids })),
  ];
  return chunk(assets, limits.maxAssets).flatMap((assetChunk) =>
    targets.map((target) => ({ assets: assetChunk, ...target })),
  );
};

export const planRevokeAssets = (
  request: RevokeAssetsRequest,
  limits: Pick<VppLimits, 'maxRevokeClientUserIds' | 'maxRevokeSerialNumbers'>,
): RevokeAssetsRequest[] => {
  const clientUserIds = unique(request.clientUserIds);
  const serialNumbers = unique(request.serialNumbers);
  if (clientUserIds.length === 0 && serialNumbers.length === 0) {
    throw localApiError(9719, 'Either clientUserIds or serialNumbers are required.');
  }
  return [
    ...chunk(clientUserIds, limits.maxRevokeClientUserIds).map((ids) => ({ clientUserIds: ids })),
    ...chunk(serialNumbers, limits.maxRevokeSerialNumbers).map((ids) => ({ serialNumbers: ids })),
  ];
};

/**
 * create/update/retire: at most `maxUsers` per request. The same user twice is dropped if the
 * entries are identical and refused (9715) if they differ, since we cannot know which is meant.
 */
export const planUsers = (users: readonly RequestUser[], maxUsers: number): RequestUser[][] => {
  if (users.length === 0) throw localApiError(9720, 'The request must include users.');
  const byId = new Map<string, RequestUser>();
  const conflicting: string[] = [];
  for (const user of users) {
    if (typeof user.clientUserId !== 'string' || user.clientUserId.trim() === '') {
      throw localApiError(9602, 'Every user needs a clientUserId.');
    }
    const known = byId.get(user.clientUserId);
    if (!known) byId.set(user.clientUserId, user);
    else if (known.email !== user.email || known.managedAppleId !== user.managedAppleId) {
      conflicting.push(user.clientUserId);
    }
  }
  if (conflicting.length > 0) {
    throw localApiError(9715, 'The request contains duplicate users.', {
      clientUserIds: unique(conflicting),
    });
  }
  return chunk([...byId.values()], maxUsers);
};

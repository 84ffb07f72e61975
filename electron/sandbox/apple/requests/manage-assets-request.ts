import { AppleError } from '../error-catalogue';
import { PRICING_PARAMS, type PricingParam } from '../../state/asset-store';
import { asObject, hasDuplicates, optionalStringList } from './body-fields';
import type { AssetRef } from '../../events/sandbox-event';
import type { ServiceLimits } from '../service-limits';

/** `ManageAssetsRequest` of associate/disassociate, after synchronous validation. */
export interface ManageAssetsRequest {
  assets: AssetRef[];
  clientUserIds: string[];
  serialNumbers: string[];
}

const parseAsset = (value: unknown): AssetRef => {
  const asset = asObject(value);
  const { adamId, pricingParam } = asset;
  if (typeof adamId !== 'string' || adamId.length === 0) throw new AppleError(9602);
  if (pricingParam === undefined || pricingParam === null) return { adamId, pricingParam: 'STDQ' };
  if (!PRICING_PARAMS.includes(pricingParam as PricingParam)) throw new AppleError(9602);
  return { adamId, pricingParam: pricingParam as PricingParam };
};

/**
 * Apple's synchronous checks for associate/disassociate (9718, 9719, 9700–9705); a request that
 * fails any of them does no work at all. Which assets are device-assignable or revocable is
 * checked by the handler, which knows the location.
 */
export const parseManageAssetsRequest = (
  body: unknown,
  limits: ServiceLimits,
): ManageAssetsRequest => {
  const fields = asObject(body);
  if (fields.assets === undefined || fields.assets === null) throw new AppleError(9718);
  if (!Array.isArray(fields.assets)) throw new AppleError(9602);
  if (fields.assets.length === 0) throw new AppleError(9718);
  const assets = fields.assets.map(parseAsset);
  const clientUserIds = optionalStringList(fields.clientUserIds);
  const serialNumbers = optionalStringList(fields.serialNumbers);
  if (clientUserIds.length === 0 && serialNumbers.length === 0) throw new AppleError(9719);
  if (assets.length > limits.maxAssets) throw new AppleError(9700);
  if (clientUserIds.length > limits.maxClientUserIds) throw new AppleError(9701);
  if (serialNumbers.length > limits.maxSerialNumbers) throw new AppleError(9702);
  if (hasDuplicates(assets.map((a) => `${a.adamId}/${a.pricingParam}`))) throw new AppleError(9703);
  if (hasDuplicates(clientUserIds)) throw new AppleError(9704);
  if (hasDuplicates(serialNumbers)) throw new AppleError(9705);
  return { assets, clientUserIds, serialNumbers };
};

/** `RevokeAssetsRequest`: users and/or devices, with the smaller revoke limits. */
export const parseRevokeRequest = (
  body: unknown,
  limits: ServiceLimits,
): { clientUserIds: string[]; serialNumbers: string[] } => {
  const fields = asObject(body);
  const clientUserIds = optionalStringList(fields.clientUserIds);
  const serialNumbers = optionalStringList(fields.serialNumbers);
  if (clientUserIds.length === 0 && serialNumbers.length === 0) throw new AppleError(9719);
  if (clientUserIds.length > limits.maxRevokeClientUserIds) throw new AppleError(9701);
  if (serialNumbers.length > limits.maxRevokeSerialNumbers) throw new AppleError(9702);
  if (hasDuplicates(clientUserIds)) throw new AppleError(9704);
  if (hasDuplicates(serialNumbers)) throw new AppleError(9705);
  return { clientUserIds, serialNumbers };
};

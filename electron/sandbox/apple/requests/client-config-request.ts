import { AppleError } from '../error-catalogue';
import { asObject, optionalString } from './body-fields';
import type { MdmInfo } from '../../state/location';
import type { ServiceLimits } from '../service-limits';

/** What POST /client/config may set; each field left out stays as it was. */
export interface ClientConfigUpdate {
  mdmInfo?: MdmInfo;
  notification?: { url: string; authToken: string };
  notificationTypes?: string[];
}

export const CLIENT_NOTIFICATION_TYPES = [
  'TEST_NOTIFICATION',
  'ASSET_MANAGEMENT',
  'USER_MANAGEMENT',
  'USER_ASSOCIATED',
  'ASSET_COUNT',
  'SUBSCRIPTION_MANAGEMENT',
  'SUBSCRIPTION_COUNT',
  'UNLIMITED_ASSET',
];

const parseMdmInfo = (value: unknown, limits: ServiceLimits): MdmInfo => {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new AppleError(9723);
  const { id, name, metadata } = value as Record<string, unknown>;
  if (typeof id !== 'string' || typeof name !== 'string' || typeof metadata !== 'string')
    throw new AppleError(9723);
  if (id.length === 0 || name.length === 0) throw new AppleError(9723);
  if (id.length > limits.maxMdmIdLength) throw new AppleError(9724);
  if (name.length > limits.maxMdmNameLength) throw new AppleError(9725);
  if (metadata.length > limits.maxMdmMetadataLength) throw new AppleError(9713);
  return { id, name, metadata };
};

const isHttpsUrl = (value: string): boolean => {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname.length > 0;
  } catch {
    return false;
  }
};

export const parseClientConfigRequest = (
  body: unknown,
  limits: ServiceLimits,
): ClientConfigUpdate => {
  const fields = asObject(body);
  const update: ClientConfigUpdate = {};
  if (fields.mdmInfo !== undefined && fields.mdmInfo !== null)
    update.mdmInfo = parseMdmInfo(fields.mdmInfo, limits);
  const url = optionalString(fields.notificationUrl);
  const authToken = optionalString(fields.notificationAuthToken);
  if ((url === undefined) !== (authToken === undefined)) throw new AppleError(9710);
  if (url !== undefined && authToken !== undefined) {
    if (
      url.length > limits.maxNotificationLength ||
      authToken.length > limits.maxNotificationLength
    )
      throw new AppleError(9711);
    if (!isHttpsUrl(url)) throw new AppleError(9712);
    update.notification = { url, authToken };
  }
  if (fields.notificationTypes !== undefined && fields.notificationTypes !== null) {
    const types = fields.notificationTypes;
    if (
      !Array.isArray(types) ||
      types.some((t) => !CLIENT_NOTIFICATION_TYPES.includes(t as string))
    )
      throw new AppleError(9602);
    update.notificationTypes = [...new Set(types as string[])];
  }
  return update;
};

import { localApiError } from './errors';
import type { VppLimits } from './service-config';
import type { ClientConfigRequest } from './types';

/**
 * Apple's synchronous checks for `POST /client/config` (9710–9713, 9723–9725), made before
 * sending so the admin gets the same answer without a round trip.
 */
export const checkClientConfigRequest = (
  request: ClientConfigRequest,
  limits: Pick<
    VppLimits,
    'maxNotificationLength' | 'maxMdmIdLength' | 'maxMdmNameLength' | 'maxMdmMetadataLength'
  >,
): void => {
  const { mdmInfo, notificationUrl, notificationAuthToken } = request;
  if (mdmInfo !== undefined) {
    const parts = [mdmInfo.id, mdmInfo.name, mdmInfo.metadata];
    if (parts.some((part) => typeof part !== 'string' || part === '')) {
      throw localApiError(9723, 'mdmInfo must include a name, id, and metadata.');
    }
    if (mdmInfo.id.length > limits.maxMdmIdLength) {
      throw localApiError(9724, `The MDM id is longer than ${limits.maxMdmIdLength} characters.`);
    }
    if (mdmInfo.name.length > limits.maxMdmNameLength) {
      throw localApiError(
        9725,
        `The MDM name is longer than ${limits.maxMdmNameLength} characters.`,
      );
    }
    if (mdmInfo.metadata.length > limits.maxMdmMetadataLength) {
      throw localApiError(
        9713,
        `The MDM metadata is longer than ${limits.maxMdmMetadataLength} characters.`,
      );
    }
  }
  if ((notificationUrl === undefined) !== (notificationAuthToken === undefined)) {
    throw localApiError(9710, 'notificationUrl and notificationAuthToken must be given together.');
  }
  if (notificationUrl === undefined || notificationAuthToken === undefined) return;
  const max = limits.maxNotificationLength;
  if (notificationUrl.length > max || notificationAuthToken.length > max) {
    throw localApiError(9711, `The notification URL or token is longer than ${max} characters.`);
  }
  if (!isHttpsUrl(notificationUrl)) {
    throw localApiError(9712, 'The notification URL must be a valid HTTPS URL.');
  }
};

const isHttpsUrl = (value: string): boolean => {
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
};

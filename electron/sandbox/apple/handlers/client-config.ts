import { AppleError } from '../error-catalogue';
import { parseClientConfigRequest } from '../requests/client-config-request';
import type { AppleEndpoint } from '../apple-request';
import type { Location } from '../../state/location';

const clientConfigBody = (location: Location) => {
  const { profile, notifications } = location;
  return {
    countryISO2ACode: profile.countryISO2ACode,
    defaultPlatform: profile.defaultPlatform,
    locationName: profile.name,
    ...(notifications.url
      ? { notificationUrl: notifications.url, notificationAuthToken: notifications.authToken }
      : {}),
    subscribedNotificationTypes: [...notifications.types],
    websiteURL: profile.websiteURL,
  };
};

export const getClientConfig: AppleEndpoint = {
  method: 'GET',
  handle: ({ location }) => clientConfigBody(location),
};

/**
 * `POST /client/config`: sets what the body gives and keeps the rest (Apple leaves partial
 * updates undocumented). The new `mdmInfo` is echoed on this and every later response. A new
 * notificationUrl must first accept a TEST_NOTIFICATION; if not, 9728 and nothing is saved.
 */
export const postClientConfig: AppleEndpoint = {
  method: 'POST',
  handle: async ({ world, location, body }) => {
    const update = parseClientConfigRequest(body, world.limits);
    if (update.notification && !(await world.notifier.sendTest(location, update.notification)))
      throw new AppleError(9728);
    if (update.mdmInfo) location.mdmInfo = update.mdmInfo;
    if (update.notification) {
      location.notifications.url = update.notification.url;
      location.notifications.authToken = update.notification.authToken;
    }
    if (update.notificationTypes) location.notifications.types = update.notificationTypes;
    return clientConfigBody(location);
  },
};

import { ADVERTISED_ERROR_NUMBERS, errorBody } from '../error-catalogue';
import type { SandboxWorld } from '../../sandbox-world';

/** The types Apple's example advertises; the sandbox delivers no notifications (CONFORMANCE). */
const NOTIFICATION_TYPES = [
  'ASSET_COUNT',
  'ASSET_MANAGEMENT',
  'USER_MANAGEMENT',
  'USER_ASSOCIATED',
];

/**
 * `GET /service/config`, no token needed. URLs are absolute and point at this sandbox; the
 * invitation template keeps Apple's literal `%25inviteCode%25` placeholder.
 */
export const serviceConfig = (world: SandboxWorld) => {
  const v2 = `${world.origin}/mdm/v2`;
  return {
    errorCodes: ADVERTISED_ERROR_NUMBERS.map(errorBody),
    limits: { ...world.limits },
    notificationTypes: NOTIFICATION_TYPES,
    urls: {
      invitationEmail: `${world.origin}/invite?inviteCode=%25inviteCode%25&mt=8`,
      clientConfig: `${v2}/client/config`,
      createUsers: `${v2}/users/create`,
      getAssignments: `${v2}/assignments`,
      revokeAssets: `${v2}/assets/revoke`,
      contentMetadataLookup: `${world.origin}/metadata/lookup`,
      getUsers: `${v2}/users`,
      eventStatus: `${v2}/status`,
      associateAssets: `${v2}/assets/associate`,
      disassociateAssets: `${v2}/assets/disassociate`,
      updateUsers: `${v2}/users/update`,
      getAssets: `${v2}/assets`,
      retireUsers: `${v2}/users/retire`,
    },
  };
};

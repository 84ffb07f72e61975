/**
 * The local stand-in for Apple's Apps and Books API v2 (see CONFORMANCE.md next to this file).
 */
export { startSandbox, type RunningSandbox } from './sandbox-server';
export { SANDBOX_DEFAULTS, SandboxOptionError, type SandboxOptions } from './options';
export { SandboxAdmin, AdminError } from './admin/sandbox-admin';
export type {
  AssetSnapshot,
  AssignmentSnapshot,
  EventSnapshot,
  LocationSnapshot,
  UserSnapshot,
} from './admin/snapshots';
export { TOKEN_FILE_NAMES, TOKEN_NAMES, type TokenName } from './apple/token-registry';
export { decodeContentToken, encodeContentToken } from './apple/token-codec';
export type { AuthErrorStyle } from './apple/authenticate';
export type { LocationKey, MdmInfo } from './state/location';
export type { SeedName } from './sandbox-world';
export type { DeliveryAttempt, NotificationDelivery } from './notifications/delivery-log';
export type { NotificationEnvelope, NotificationType } from './notifications/notification-types';
export { PRODUCT_IDS } from './seeds/regenboog-catalogue';
export { regenboogRoster, REGENBOOG_GROUPS, type RosterPerson } from './seeds/regenboog-roster';
export { OTHER_MDM_INFO } from './seeds/location-profiles';

/**
 * The `limits` of Apple's `GET /service/config`, with the values of Apple's documented example
 * (reference/vpp-api.md §4.1). The sandbox advertises them; the client falls back to them for
 * any limit a real answer leaves out.
 */
export const APPLE_EXAMPLE_LIMITS = {
  maxAssets: 25,
  maxClientUserIds: 1000,
  maxSerialNumbers: 1000,
  maxRevokeClientUserIds: 100,
  maxRevokeSerialNumbers: 100,
  maxUsers: 100,
  maxNotificationLength: 512,
  maxMdmNameLength: 100,
  maxMdmIdLength: 100,
  maxMdmMetadataLength: 255,
  maxRequestPerSecond: 15,
  maxSubscriptions: 25,
  maxSubscriptionClientUserIds: 1000,
} as const;

export type AppleLimits = { -readonly [K in keyof typeof APPLE_EXAMPLE_LIMITS]: number };

/** The `limits` of `GET /service/config`, with the values of Apple's documented example. */
export interface ServiceLimits {
  maxAssets: number;
  maxClientUserIds: number;
  maxSerialNumbers: number;
  maxRevokeClientUserIds: number;
  maxRevokeSerialNumbers: number;
  maxUsers: number;
  maxNotificationLength: number;
  maxMdmNameLength: number;
  maxMdmIdLength: number;
  maxMdmMetadataLength: number;
  maxRequestPerSecond: number;
  maxSubscriptions: number;
  maxSubscriptionClientUserIds: number;
}

export const serviceLimits = (maxRequestPerSecond: number): ServiceLimits => ({
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
  maxRequestPerSecond,
  maxSubscriptions: 25,
  maxSubscriptionClientUserIds: 1000,
});

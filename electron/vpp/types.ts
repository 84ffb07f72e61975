import { z } from 'zod';

/**
 * Apple's response shapes (reference/vpp-api.md §4), parsed leniently: unknown fields are
 * dropped, optional fields may be missing, and ids that arrive as numbers become strings.
 * A response only fails to parse when something we cannot do without is missing.
 */
const id = z.union([z.string(), z.number()]).transform(String);
const count = z.number().int().optional().default(0);
const flag = z.boolean().optional().default(false);
const strings = z.array(z.string()).optional().default([]);

export const MdmInfo = z.object({
  id: z.string().optional().default(''),
  name: z.string().optional().default(''),
  metadata: z.string().optional().default(''),
});
export type MdmInfo = z.infer<typeof MdmInfo>;

/** Fields found on (almost) every v2 response. */
const common = {
  mdmInfo: MdmInfo.optional(),
  tokenExpirationDate: z.string().optional(),
  uId: id.optional(),
};
export interface ResponseMeta {
  mdmInfo?: MdmInfo;
  tokenExpirationDate?: string;
  uId?: string;
}

/**
 * Left undefined when Apple leaves them out, not defaulted: paging compares them between
 * pages, and an invented 0 or 1 would look like the data changing under us.
 */
const paging = {
  currentPageIndex: z.number().int().optional(),
  nextPageIndex: z.number().int().optional(),
  size: z.number().int().optional(),
  totalPages: z.number().int().optional(),
  versionId: z.string().optional(),
};
export interface PageFields {
  currentPageIndex?: number;
  nextPageIndex?: number;
  size?: number;
  totalPages?: number;
  versionId?: string;
}

export const Asset = z.object({ adamId: id, pricingParam: z.string().optional() });
export type Asset = z.infer<typeof Asset>;

export const ErrorInfo = z.object({
  assets: z.array(Asset).optional(),
  clientUserIds: z.array(z.string()).optional(),
  serialNumbers: z.array(z.string()).optional(),
});
export type ErrorInfo = z.infer<typeof ErrorInfo>;

export const ErrorResponse = z.object({
  errorNumber: z.coerce.number().int(),
  errorMessage: z.string().optional().default(''),
  errorInfo: ErrorInfo.optional(),
});
export type ErrorResponse = z.infer<typeof ErrorResponse>;

export const ResponseAsset = z.object({
  adamId: id,
  pricingParam: z.string().optional().default('STDQ'),
  productType: z.string().optional().default('App'),
  assignedCount: count,
  availableCount: count,
  retiredCount: count,
  totalCount: count,
  deviceAssignable: flag,
  revocable: flag,
  supportedPlatforms: strings,
});
export type ResponseAsset = z.infer<typeof ResponseAsset>;

export const UnlimitedResponseAsset = ResponseAsset.omit({
  availableCount: true,
  retiredCount: true,
  totalCount: true,
});
export type UnlimitedResponseAsset = z.infer<typeof UnlimitedResponseAsset>;

export const GetAssetsResponse = z.object({
  ...common,
  ...paging,
  assets: z.array(ResponseAsset).optional().default([]),
  unlimitedAssets: z.array(UnlimitedResponseAsset).optional().default([]),
});
export type GetAssetsResponse = z.infer<typeof GetAssetsResponse>;

export const Assignment = z.object({
  adamId: id,
  pricingParam: z.string().optional().default('STDQ'),
  clientUserId: z.string().optional(),
  serialNumber: z.string().optional(),
  idHash: z.string().optional(),
  userStatus: z.string().optional(),
});
export type Assignment = z.infer<typeof Assignment>;

export const GetAssignmentsResponse = z.object({
  ...common,
  ...paging,
  assignments: z.array(Assignment).optional().default([]),
});
export type GetAssignmentsResponse = z.infer<typeof GetAssignmentsResponse>;

export const ResponseUser = z.object({
  clientUserId: z.string(),
  email: z.string().optional(),
  idHash: z.string().optional(),
  inviteCode: z.string().optional(),
  /** `Registered`, `Associated`, `Retired` or `Deleted`; kept open for values Apple may add. */
  status: z.string().optional().default('Registered'),
});
export type ResponseUser = z.infer<typeof ResponseUser>;

export const GetUsersResponse = z.object({
  ...common,
  ...paging,
  users: z.array(ResponseUser).optional().default([]),
});
export type GetUsersResponse = z.infer<typeof GetUsersResponse>;

export const EventResponse = z.object({ ...common, eventId: z.string().min(1) });
export type EventResponse = z.infer<typeof EventResponse>;

export const StatusResponse = z.object({
  ...common,
  /**
   * `PENDING`, `COMPLETE` or `FAILED` today; kept open, since only PENDING means unfinished
   * (events.ts) and a status Apple adds later must still end the wait.
   */
  eventStatus: z.string(),
  /** `ASSOCIATE`, `DISASSOCIATE`, `REVOKE`, `CREATE`, `UPDATE` or `RETIRE`. */
  eventType: z.string().optional().default(''),
  numRequested: count,
  numCompleted: count,
  failures: z.array(ErrorResponse).optional().default([]),
});
export type StatusResponse = z.infer<typeof StatusResponse>;

export const ClientConfigResponse = z.object({
  ...common,
  countryISO2ACode: z.string().optional(),
  defaultPlatform: z.string().optional(),
  locationName: z.string().optional(),
  notificationUrl: z.string().optional(),
  /** Apple echoes the webhook secret; it stays in main like the token. */
  notificationAuthToken: z.string().optional(),
  subscribedNotificationTypes: strings,
  websiteURL: z.string().optional(),
});
export type ClientConfigResponse = z.infer<typeof ClientConfigResponse>;

export const ServiceConfigResponse = z.object({
  errorCodes: z
    .array(z.object({ errorNumber: z.coerce.number().int(), errorMessage: z.string().optional() }))
    .optional()
    .default([]),
  limits: z.record(z.string(), z.unknown()).optional().default({}),
  notificationTypes: strings,
  urls: z.record(z.string(), z.string()).optional().default({}),
});
export type ServiceConfigResponse = z.infer<typeof ServiceConfigResponse>;

// ---- Requests (what callers hand the client) ----

export interface ManageAssetsRequest {
  assets: Asset[];
  clientUserIds?: string[];
  serialNumbers?: string[];
}

export interface RevokeAssetsRequest {
  clientUserIds?: string[];
  serialNumbers?: string[];
}

export interface RequestUser {
  clientUserId: string;
  email?: string;
  managedAppleId?: string;
}

export interface ClientConfigRequest {
  mdmInfo?: { id: string; name: string; metadata: string };
  notificationUrl?: string;
  notificationAuthToken?: string;
  notificationTypes?: string[];
}

export interface AssetFilters {
  productType?: 'App' | 'Book';
  pricingParam?: 'STDQ' | 'PLUS';
  revocable?: boolean;
  deviceAssignable?: boolean;
  maxAvailableCount?: number;
  minAvailableCount?: number;
  maxAssignedCount?: number;
  minAssignedCount?: number;
  adamId?: string;
  unlimited?: boolean;
}

export interface AssignmentFilters {
  adamId?: string;
  clientUserId?: string;
  serialNumber?: string;
  pricingParam?: 'STDQ' | 'PLUS';
  sinceVersionId?: string;
  excludeInactiveUsers?: boolean;
  includeUserState?: boolean;
}

export interface UserFilters {
  clientUserId?: string;
  activeOnly?: boolean;
  retiredOnly?: boolean;
  sinceVersionId?: string;
}

import { z } from 'zod';
import { int, lenientObject, onlyStrings, records, stringEntries } from './lenient';

/**
 * Apple's response shapes (reference/vpp-api.md §4), parsed leniently (see lenient.ts):
 * unknown fields are dropped, optional fields may be missing or null, ids that arrive as
 * numbers become strings, counts and indexes that arrive as numeric strings become numbers,
 * and a list record without its identifying field is skipped and counted (`skippedRecords`).
 * A response only fails to parse when something we cannot do without is missing.
 */
const id = z.union([z.string(), z.number()]).transform(String);
const count = int.optional().default(0);
const flag = z.boolean().optional().default(false);

export const MdmInfo = lenientObject({
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
  currentPageIndex: int.optional(),
  nextPageIndex: int.optional(),
  size: int.optional(),
  totalPages: int.optional(),
  versionId: z.string().optional(),
};
export interface PageFields {
  currentPageIndex?: number;
  nextPageIndex?: number;
  size?: number;
  totalPages?: number;
  versionId?: string;
  /** Records of this page that lacked their identifying field and were left out. */
  skippedRecords?: number;
  /** Why, per skipped record: list, index and field, never a value. */
  skippedReasons?: string[];
}

export const Asset = lenientObject({ adamId: id, pricingParam: z.string().optional() });
export type Asset = z.infer<typeof Asset>;

export const ErrorInfo = lenientObject({
  assets: z.array(Asset).optional(),
  clientUserIds: z.array(z.string()).optional(),
  serialNumbers: z.array(z.string()).optional(),
});
export type ErrorInfo = z.infer<typeof ErrorInfo>;

export const ErrorResponse = lenientObject({
  errorNumber: z.coerce.number().int(),
  errorMessage: z.string().optional().default(''),
  errorInfo: ErrorInfo.optional(),
});
export type ErrorResponse = z.infer<typeof ErrorResponse>;

const unlimitedAssetFields = {
  adamId: id,
  pricingParam: z.string().optional().default('STDQ'),
  productType: z.string().optional().default('App'),
  assignedCount: count,
  deviceAssignable: flag,
  revocable: flag,
  supportedPlatforms: onlyStrings,
};

export const ResponseAsset = lenientObject({
  ...unlimitedAssetFields,
  availableCount: count,
  retiredCount: count,
  totalCount: count,
});
export type ResponseAsset = z.infer<typeof ResponseAsset>;

export const UnlimitedResponseAsset = lenientObject(unlimitedAssetFields);
export type UnlimitedResponseAsset = z.infer<typeof UnlimitedResponseAsset>;

/** Adds up what the lists of one page left out, for the caller to count or log. */
const skippedOf = (...lists: { skipped: number; reasons: string[] }[]) => ({
  skippedRecords: lists.reduce((sum, list) => sum + list.skipped, 0),
  skippedReasons: lists.flatMap((list) => list.reasons),
});

export const GetAssetsResponse = lenientObject({
  ...common,
  ...paging,
  assets: records('assets', ResponseAsset),
  unlimitedAssets: records('unlimitedAssets', UnlimitedResponseAsset),
}).transform(({ assets, unlimitedAssets, ...page }) => ({
  ...page,
  assets: assets.kept,
  unlimitedAssets: unlimitedAssets.kept,
  ...skippedOf(assets, unlimitedAssets),
}));
export type GetAssetsResponse = z.infer<typeof GetAssetsResponse>;

export const Assignment = lenientObject({
  adamId: id,
  pricingParam: z.string().optional().default('STDQ'),
  clientUserId: z.string().optional(),
  serialNumber: z.string().optional(),
  idHash: z.string().optional(),
  userStatus: z.string().optional(),
});
export type Assignment = z.infer<typeof Assignment>;

export const GetAssignmentsResponse = lenientObject({
  ...common,
  ...paging,
  assignments: records('assignments', Assignment),
}).transform(({ assignments, ...page }) => ({
  ...page,
  assignments: assignments.kept,
  ...skippedOf(assignments),
}));
export type GetAssignmentsResponse = z.infer<typeof GetAssignmentsResponse>;

export const ResponseUser = lenientObject({
  clientUserId: id,
  email: z.string().optional(),
  idHash: z.string().optional(),
  inviteCode: z.string().optional(),
  /**
   * `Registered`, `Associated`, `Retired` or `Deleted`, kept open for values Apple may add;
   * undefined when Apple does not say, rather than a guess.
   */
  status: z.string().optional(),
});
export type ResponseUser = z.infer<typeof ResponseUser>;

export const GetUsersResponse = lenientObject({
  ...common,
  ...paging,
  users: records('users', ResponseUser),
}).transform(({ users, ...page }) => ({ ...page, users: users.kept, ...skippedOf(users) }));
export type GetUsersResponse = z.infer<typeof GetUsersResponse>;

export const EventResponse = lenientObject({ ...common, eventId: z.string().min(1) });
export type EventResponse = z.infer<typeof EventResponse>;

export const StatusResponse = lenientObject({
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

export const ClientConfigResponse = lenientObject({
  ...common,
  countryISO2ACode: z.string().optional(),
  defaultPlatform: z.string().optional(),
  locationName: z.string().optional(),
  notificationUrl: z.string().optional(),
  /** Apple echoes the webhook secret; it stays in main like the token. */
  notificationAuthToken: z.string().optional(),
  subscribedNotificationTypes: onlyStrings,
  websiteURL: z.string().optional(),
});
export type ClientConfigResponse = z.infer<typeof ClientConfigResponse>;

/**
 * One odd entry drops that entry only: a non-string URL (its endpoint falls back to the
 * documented path), an error code without a number.
 */
export const ServiceConfigResponse = lenientObject({
  errorCodes: records(
    'errorCodes',
    lenientObject({ errorNumber: int, errorMessage: z.string().optional() }),
  ).transform((codes) => codes.kept),
  limits: z.record(z.string(), z.unknown()).optional().default({}),
  notificationTypes: onlyStrings,
  urls: stringEntries,
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

import { z } from 'zod';

/**
 * A sync moves Apple's data for one token into the console's database. Main fetches the pages
 * (it holds the token and the sockets); a console window applies them to its database
 * (which the renderer owns) and says when each is written. The window pulls its work with
 * `sync:pull`, so main never sends faster than the database writes.
 */

export const SyncMode = z.enum(['full', 'delta']);
export type SyncMode = z.infer<typeof SyncMode>;

export const SyncDataset = z.enum(['assets', 'users', 'assignments']);
export type SyncDataset = z.infer<typeof SyncDataset>;

/** Every interval the admin can choose (Settings → Sync), in minutes: 15 minutes to 12 hours. */
export const SYNC_INTERVAL_CHOICES = [15, 30, 60, 120, 240, 360, 720] as const;
export const DEFAULT_SYNC_INTERVAL_MINUTES = 30;
export const SYNC_INTERVAL_MINUTES = { min: 15, max: 720 } as const;
/** A full sync (which also removes what Apple no longer has) at least this often. */
export const FULL_SYNC_EVERY_MS = 7 * 24 * 60 * 60_000;

export const SyncAsset = z.object({
  adamId: z.string(),
  pricingParam: z.string(),
  /** `App` or `Book` (kept open: Apple may add types). */
  productType: z.string(),
  assignedCount: z.number(),
  availableCount: z.number(),
  retiredCount: z.number(),
  totalCount: z.number(),
  deviceAssignable: z.boolean(),
  revocable: z.boolean(),
  supportedPlatforms: z.array(z.string()),
  /** From the content-metadata lookup; absent when the store does not know the id. */
  name: z.string().optional(),
  iconUrl: z.string().optional(),
  bundleId: z.string().optional(),
  developer: z.string().optional(),
});
export type SyncAsset = z.infer<typeof SyncAsset>;

export const SyncUser = z.object({
  clientUserId: z.string(),
  email: z.string().optional(),
  idHash: z.string().optional(),
  inviteCode: z.string().optional(),
  status: z.string().optional(),
});
export type SyncUser = z.infer<typeof SyncUser>;

export const SyncAssignment = z.object({
  adamId: z.string(),
  pricingParam: z.string(),
  clientUserId: z.string().optional(),
  serialNumber: z.string().optional(),
});
export type SyncAssignment = z.infer<typeof SyncAssignment>;

/** The versionIds a window's database holds for a token: what a delta starts from. */
export const SyncVersions = z.object({
  users: z.string().optional(),
  assignments: z.string().optional(),
});
export type SyncVersions = z.infer<typeof SyncVersions>;

const base = { workId: z.number().int().min(0), syncId: z.uuid(), tokenId: z.string() };

/** One piece of work for the window, in the order it must be applied. */
export const SyncWork = z.discriminatedUnion('type', [
  /** A sync starts: answer with the versionIds this database holds for the token. */
  z.object({ ...base, type: z.literal('begin'), mode: SyncMode }),
  /** A traversal of one data set starts (again, if the data changed under a previous one). */
  z.object({
    ...base,
    type: z.literal('traversal'),
    dataset: SyncDataset,
    /** A full traversal: at its end, rows of this data set it did not bring are removed. */
    full: z.boolean(),
  }),
  z.object({
    ...base,
    type: z.literal('assets'),
    pageIndex: z.number().int(),
    records: z.array(SyncAsset),
  }),
  z.object({
    ...base,
    type: z.literal('users'),
    pageIndex: z.number().int(),
    records: z.array(SyncUser),
  }),
  z.object({
    ...base,
    type: z.literal('assignments'),
    pageIndex: z.number().int(),
    records: z.array(SyncAssignment),
  }),
  /** A traversal ended: store its versionId; after a full one, remove what it did not bring. */
  z.object({
    ...base,
    type: z.literal('traversalEnd'),
    dataset: SyncDataset,
    full: z.boolean(),
    versionId: z.string().optional(),
  }),
  /**
   * The sync ended well: check drift (local assignments per title against Apple's
   * `assignedCount`) and answer with what differs.
   */
  z.object({ ...base, type: z.literal('end'), syncedAt: z.number() }),
  /** The sync stopped (failed, cancelled): forget what was staged for it. */
  z.object({ ...base, type: z.literal('abort') }),
]);
export type SyncWork = z.infer<typeof SyncWork>;

/** The window's answer for one work item, sent with its next pull. */
export const SyncAck = z.object({
  workId: z.number().int().min(0),
  syncId: z.uuid(),
  /** For `begin`. */
  versions: SyncVersions.optional(),
  /** For `end`: titles whose local assignment count differs from Apple's. */
  driftedAssets: z.number().int().min(0).optional(),
  /** The window could not write this work (its database refused): the sync fails. */
  error: z.object({ code: z.string(), message: z.string() }).optional(),
});
export type SyncAck = z.infer<typeof SyncAck>;

export const SyncPullRequest = z.object({
  /** One random id per window (page load), so main gives each sync to one window only. */
  applierId: z.uuid(),
  acks: z.array(SyncAck).max(1000).default([]),
});
export type SyncPullRequest = z.infer<typeof SyncPullRequest>;

export const SyncPullResponse = z.object({ work: z.array(SyncWork) });
export type SyncPullResponse = z.infer<typeof SyncPullResponse>;

/** `vpp:sync` task params: which token, and how. `tokenName` names the task in Active Tasks. */
export const SyncTaskParams = z.object({
  tokenId: z.string(),
  tokenName: z.string(),
  mode: SyncMode,
});
export type SyncTaskParams = z.infer<typeof SyncTaskParams>;

export const SyncNowRequest = z.object({
  /** Which tokens; all of them when absent. */
  tokenIds: z.array(z.string()).max(5000).optional(),
});

import { z } from 'zod';

/**
 * Giving licences to users and devices (`assets/associate`) and taking them back
 * (`assets/disassociate`), per token (issue 10, "Batches within Apple's limits"). Main writes
 * each batch to `<dataDir>/assignments/<batchId>.json` before anything is sent, and records
 * every request's eventId there as soon as Apple answers, so a restart polls Apple's events
 * instead of sending twice. Nothing counts as assigned until Apple's event says so.
 */

export const AssignmentOperation = z.enum(['associate', 'disassociate']);
export type AssignmentOperation = z.infer<typeof AssignmentOperation>;

/** Apple's ids: no control characters, as for clientUserIds in vpp-registration.ts. */
const AppleId = z
  .string()
  .min(1)
  .max(256)
  // eslint-disable-next-line no-control-regex -- the point: no control characters in an id
  .regex(/^[^\u0000-\u001f\u007f]+$/);

export const AssignmentAsset = z.object({
  adamId: AppleId,
  pricingParam: z.enum(['STDQ', 'PLUS']).default('STDQ'),
});
export type AssignmentAsset = z.infer<typeof AssignmentAsset>;

export const MAX_ASSIGNMENT_TARGETS = 50_000;
export const MAX_ASSIGNMENT_ASSETS = 500;

export const AssignLicensesRequest = z
  .object({
    tokenId: z.string().min(1).max(200),
    operation: AssignmentOperation,
    assets: z.array(AssignmentAsset).min(1).max(MAX_ASSIGNMENT_ASSETS),
    clientUserIds: z.array(AppleId).max(MAX_ASSIGNMENT_TARGETS).optional(),
    serialNumbers: z.array(AppleId).max(MAX_ASSIGNMENT_TARGETS).optional(),
    /** A group's, user's or device's name, shown as the task's target. */
    targetName: z.string().max(300).optional(),
  })
  .refine(
    (request) => (request.clientUserIds?.length ?? 0) + (request.serialNumbers?.length ?? 0) > 0,
    { message: 'Name at least one user or device.' },
  );
export type AssignLicensesRequest = z.infer<typeof AssignLicensesRequest>;

/** The params of the assignment tasks: the batch, never its users or devices. */
export const AssignmentParams = z.object({
  batchId: z.uuid(),
  tokenId: z.string(),
  tokenName: z.string().optional(),
  targetName: z.string().optional(),
  /** Users and devices in the batch, for the task's title. */
  count: z.number().int().min(0).optional(),
});
export type AssignmentParams = z.infer<typeof AssignmentParams>;

/** How many failed ids a task's result names; the batch file keeps all of them. */
export const LISTED_FAILED_IDS = 50;

/**
 * What Apple did. Counts are Apple's tasks: one per asset and user or device, so one app for
 * 30 pupils is 30.
 */
export const AssignmentResult = z.object({
  requested: z.number(),
  succeeded: z.number(),
  failed: z.number(),
  /** Requests the batch took at Apple (⌈targets ÷ maxClientUserIds⌉ × ⌈assets ÷ maxAssets⌉). */
  requests: z.number(),
  /** Of those, requests sent by an earlier run whose events this run only polled. */
  resumed: z.number().optional(),
  /** Why tasks failed, most frequent first: Apple's number and how many, "9709:18 9609:2". */
  reasons: z.string().optional(),
  /** The first 50 failed clientUserIds and serial numbers, joined by ", ". */
  failedIds: z.string().optional(),
});
export type AssignmentResult = z.infer<typeof AssignmentResult>;

/** One failed task, as the batch file keeps it for "Retry just those". */
export const AssignmentFailure = z.object({
  adamId: z.string(),
  pricingParam: z.string(),
  clientUserId: z.string().optional(),
  serialNumber: z.string().optional(),
  errorNumber: z.number().int(),
});
export type AssignmentFailure = z.infer<typeof AssignmentFailure>;

import { z } from 'zod';
import { AppleServiceMode } from './settings';

/**
 * Content tokens as main reports them. The token itself (the `.vpptoken` file's content)
 * lives only in main's vault: nothing here carries it.
 */

/** Apple School Manager (Education) or Apple Business Manager (Business). */
export const TokenType = z.enum(['education', 'business']);
export type TokenType = z.infer<typeof TokenType>;

/** Configuration Manager's form: what the admin says about a token. */
export const TokenFields = z.object({
  name: z.string().trim().min(1).max(200),
  description: z.string().max(2000).default(''),
  categories: z.array(z.string().trim().min(1).max(100)).max(50).default([]),
  /** The Apple ID (Managed Apple Account) of the person who downloaded the token. */
  appleId: z.string().trim().max(320).default(''),
  type: TokenType,
  /**
   * Jamf's "Automatically register only users with Managed Apple IDs and skip invitation":
   * users with a Managed Apple ID are registered with it (Apple associates them at once) and
   * get no invitation; the others are invited.
   */
  registerManagedAppleIds: z.boolean().default(true),
});
export type TokenFields = z.infer<typeof TokenFields>;

/**
 * `ok`; `expiringSoon` (30 days or fewer left); `expired` (by its date, or Apple said 9621);
 * `revoked` (Apple said 9625: a newer token was downloaded, or the location's password changed).
 */
export const TokenHealth = z.enum(['ok', 'expiringSoon', 'expired', 'revoked']);
export type TokenHealth = z.infer<typeof TokenHealth>;

/**
 * Which MDM the location's `mdmInfo` names. `ours`: this console. `none`: unclaimed.
 * `other`: another product (Intune: "Assigned to external MDM"). `takenFromUs`: this console
 * had it, and another product has set its own since.
 */
export const TokenMdmState = z.enum(['ours', 'none', 'other', 'takenFromUs']);
export type TokenMdmState = z.infer<typeof TokenMdmState>;

export const TokenMdm = z.object({
  state: TokenMdmState,
  /** The other product's name, as it wrote it (e.g. "KindMDM Cloud"). */
  name: z.string().optional(),
});
export type TokenMdm = z.infer<typeof TokenMdm>;

export const TokenSyncInfo = z.object({
  lastSyncAt: z.number().optional(),
  lastFullSyncAt: z.number().optional(),
  /** When the scheduler will next sync this token (absent while it cannot: expired, revoked). */
  nextSyncAt: z.number().optional(),
  lastOutcome: z.enum(['succeeded', 'failed']).optional(),
  lastTaskId: z.string().optional(),
  /** A sync of this token is queued or running. */
  active: z.boolean(),
});
export type TokenSyncInfo = z.infer<typeof TokenSyncInfo>;

export const TokenSnapshot = TokenFields.extend({
  id: z.string(),
  /** From the file: the organization the token belongs to. */
  orgName: z.string(),
  /** From Apple's `client/config`. */
  locationName: z.string(),
  /** The location's id at Apple; a renewal must carry the same. */
  uId: z.string(),
  countryCode: z.string().optional(),
  websiteUrl: z.string().optional(),
  /**
   * The Apple service the token was added with (a sandbox token means nothing at Apple);
   * `url` for a custom service only (the built-in sandbox's port changes every start).
   */
  service: z.object({ mode: AppleServiceMode, url: z.string().optional() }),
  /** ISO-8601, from the file, updated from Apple's `tokenExpirationDate`. */
  expiresAt: z.string(),
  addedAt: z.number(),
  renewedAt: z.number().optional(),
  health: TokenHealth,
  /** When Apple last refused the token (9621/9625), and with which number. */
  refusedAt: z.number().optional(),
  refusedWith: z.number().optional(),
  mdm: TokenMdm,
  sync: TokenSyncInfo,
});
export type TokenSnapshot = z.infer<typeof TokenSnapshot>;

/**
 * Where a token file comes from: its content (the browser front door reads the chosen or
 * dropped file and sends it once), or, in the desktop app, its path (main reads it itself).
 */
export const TokenSource = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('content'), fileName: z.string().max(255), content: z.string() }),
  z.object({ kind: z.literal('path'), path: z.string().min(1).max(4096) }),
  /** The built-in sandbox's demo token (only while the sandbox is the Apple service). */
  z.object({ kind: z.literal('demo') }),
]);
export type TokenSource = z.infer<typeof TokenSource>;

/** Apple token files are about 1 KB; anything this big is not one. */
export const TOKEN_FILE_MAX_BYTES = 64 * 1024;

/**
 * What `tokens:inspect` learnt: the file read and Apple asked (`client/config`), nothing
 * saved. The parsed token waits in main under `draftId` for `tokens:add` or `tokens:renew`.
 */
export const TokenDraft = z.object({
  draftId: z.uuid(),
  orgName: z.string(),
  expiresAt: z.string(),
  locationName: z.string(),
  uId: z.string(),
  countryCode: z.string().optional(),
  websiteUrl: z.string().optional(),
  /** From `websiteURL`: school.apple.com → education, business.apple.com → business. */
  suggestedType: TokenType,
  mdm: TokenMdm,
  /** The token already added for this location, if any (a renewal, not a new token). */
  existingTokenId: z.string().optional(),
});
export type TokenDraft = z.infer<typeof TokenDraft>;

export const AddTokenRequest = z.object({ draftId: z.uuid(), fields: TokenFields });
export const RenewTokenRequest = z.object({ draftId: z.uuid(), tokenId: z.string() });
export const UpdateTokenRequest = z.object({ id: z.string(), fields: TokenFields });

/** Days before expiry at which the console warns (banner and desktop notification). */
export const TOKEN_WARNING_DAYS = [30, 14, 7, 1] as const;

/** Apple's numbers for a token it no longer accepts. */
export const TOKEN_EXPIRED_ERROR = 9621;
export const TOKEN_REVOKED_ERROR = 9625;

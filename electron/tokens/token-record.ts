import { z } from 'zod';
import { TokenMdm, TokenSnapshot } from '../../shared/domain/tokens';

/** A notice the HealthWatch gave for a token: days left (`30`, `14`, `7`, `1`) or its end. */
export const WarningKey = z.enum(['30', '14', '7', '1', 'expired', 'revoked']);
export type WarningKey = z.infer<typeof WarningKey>;

/**
 * What tokens.json keeps per token: the snapshot's facts without what is computed when it is
 * shown (health, sync), plus what only main needs. Never the secret: that is in the vault.
 */
export const TokenRecord = TokenSnapshot.omit({ health: true, sync: true }).extend({
  mdm: TokenMdm,
  /** When this console last wrote or saw its own mdmInfo: another MDM's then took it from us. */
  claimedAt: z.number().optional(),
  /** The notices already given, so a restart doesn't give them again. */
  warned: z.array(WarningKey).default([]),
});
export type TokenRecord = z.infer<typeof TokenRecord>;

/** tokens.json, versioned so a later console can read an older file (and an older one refuses). */
export const TOKEN_FILE_VERSION = 1;
export const TokensFile = z.object({
  version: z.literal(TOKEN_FILE_VERSION),
  /** This installation's id in `mdmInfo`; stays the same for as long as the data folder. */
  mdmId: z.uuid(),
  tokens: z.array(TokenRecord),
});
export type TokensFile = z.infer<typeof TokensFile>;

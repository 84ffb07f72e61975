import type { TokenDraft, TokenSnapshot, TokenType } from '../../shared/domain/tokens';
import { parseAppleDate } from '../vpp/dates';
import type { VppTokenFile } from '../vpp/token-file';
import type { ClientConfigResponse } from '../vpp/types';
import { mdmOf } from './mdm-state';
import { tokenErrors } from './token-errors';
import type { TokenRecord } from './token-record';

/** Apple's `websiteURL` says which manager the location is in (reference §4.2). */
export const suggestedTypeOf = (websiteUrl: string | undefined): TokenType =>
  websiteUrl?.includes('business.apple.com') ? 'business' : 'education';

/**
 * What Add Token shows about a file Apple accepted: the location from `client/config`, the
 * expiry Apple gives (the file's own when Apple leaves it out), who manages the location, and
 * the token already added for it.
 */
export const draftOf = (
  file: VppTokenFile,
  config: ClientConfigResponse,
  context: { mdmId: string; existing: (uId: string) => TokenRecord | undefined },
): Omit<TokenDraft, 'draftId'> => {
  const { uId, locationName } = config;
  if (!uId || !locationName) throw tokenErrors.noLocation();
  const expiresAt =
    parseAppleDate(config.tokenExpirationDate)?.toISOString() ?? file.metadata.expiresAt;
  const existing = context.existing(uId);
  return {
    orgName: file.metadata.orgName,
    expiresAt,
    locationName,
    uId,
    ...(config.countryISO2ACode ? { countryCode: config.countryISO2ACode } : {}),
    ...(config.websiteURL ? { websiteUrl: config.websiteURL } : {}),
    suggestedType: suggestedTypeOf(config.websiteURL),
    mdm: mdmOf(config.mdmInfo, context.mdmId),
    ...(existing ? { existingTokenId: existing.id } : {}),
  };
};

/** The service a token is used with: the built-in sandbox's changing port is not kept. */
export const serviceOfSettings = (appleService: {
  mode: TokenSnapshot['service']['mode'];
  customUrl?: string;
}): TokenSnapshot['service'] =>
  appleService.mode === 'custom' && appleService.customUrl
    ? { mode: 'custom', url: appleService.customUrl }
    : { mode: appleService.mode };

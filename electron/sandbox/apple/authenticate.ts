import { AppleError, type AppleErrorNumber } from './error-catalogue';
import { decodeContentToken } from './token-codec';
import type { IssuedToken, TokenRegistry } from './token-registry';

/** `documented`: 401 with 9601/9722/9621/9625. `observed`: HTTP 200 with an error body (§5.5). */
export type AuthErrorStyle = 'documented' | 'observed';

/**
 * Checks `Authorization: Bearer <whole .vpptoken content>`. No header is 9601; a header that
 * isn't a Bearer token file is 9722; a well-formed token the service never issued is 9601;
 * then revoked (9625) and expired (9621).
 */
export const authenticate = (
  header: string | undefined,
  registry: TokenRegistry,
  now: Date,
): IssuedToken => {
  if (header === undefined || header.trim() === '') throw new AppleError(9601);
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header.trim());
  if (!match) throw new AppleError(9722);
  const fields = decodeContentToken(match[1]);
  if (!fields) throw new AppleError(9722);
  const token = registry.findBySecret(fields.token);
  if (!token) throw new AppleError(9601);
  if (token.revoked) throw new AppleError(9625);
  if (token.expiresAt.getTime() <= now.getTime()) throw new AppleError(9621);
  return token;
};

/** In the observed style every token failure is HTTP 200; unrecognised tokens read 9622. */
export const observedAuthError = (errorNumber: AppleErrorNumber): AppleErrorNumber =>
  errorNumber === 9621 || errorNumber === 9625 ? errorNumber : 9622;

import {
  TOKEN_EXPIRED_ERROR,
  TOKEN_REVOKED_ERROR,
  TOKEN_WARNING_DAYS,
  type TokenHealth,
} from '../../shared/domain/tokens';
import type { TokenRecord } from './token-record';

export const DAY_MS = 24 * 60 * 60_000;

/** The first warning comes this many days before expiry; from then on a token "expires soon". */
export const EXPIRING_SOON_DAYS = Math.max(...TOKEN_WARNING_DAYS);

/**
 * Apple's refusal wins over the date: a revoked token with months left is revoked, and a token
 * Apple calls expired is expired whatever our clock says.
 */
export const healthOf = (
  record: Pick<TokenRecord, 'expiresAt' | 'refusedWith'>,
  now: number,
): TokenHealth => {
  if (record.refusedWith === TOKEN_REVOKED_ERROR) return 'revoked';
  if (record.refusedWith === TOKEN_EXPIRED_ERROR) return 'expired';
  const left = Date.parse(record.expiresAt) - now;
  if (left <= 0) return 'expired';
  return left <= EXPIRING_SOON_DAYS * DAY_MS ? 'expiringSoon' : 'ok';
};

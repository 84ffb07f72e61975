import { parseAppleDate } from '../vpp/dates';
import type { ResponseMeta } from '../vpp/types';
import { observeMdm } from './mdm-state';
import type { TokenRecord } from './token-record';

/**
 * A token's record after Apple answered one of its calls: the expiry as Apple now gives it,
 * who manages the location, and no refusal any more (Apple just accepted the token). The
 * same record when nothing changed, so callers can tell.
 */
export const afterAcceptedCall = (
  record: TokenRecord,
  meta: ResponseMeta,
  mdmId: string,
  now: number,
): TokenRecord => {
  let next = observeMdm(record, meta.mdmInfo, mdmId, now);
  const expiresAt = parseAppleDate(meta.tokenExpirationDate)?.toISOString();
  if (expiresAt && expiresAt !== next.expiresAt) next = { ...next, expiresAt };
  if (next.refusedWith !== undefined) {
    const { refusedAt: _at, refusedWith: _with, ...accepted } = next;
    next = accepted;
  }
  return next;
};

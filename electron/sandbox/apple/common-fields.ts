import { formatAppleDate } from './dates';
import type { IssuedToken } from './token-registry';
import type { Location } from '../state/location';

/** On every authenticated response: `tokenExpirationDate`, `uId`, and `mdmInfo` once set. */
export const commonFields = (token: IssuedToken, location: Location) => ({
  ...(location.mdmInfo ? { mdmInfo: { ...location.mdmInfo } } : {}),
  tokenExpirationDate: formatAppleDate(token.expiresAt),
  uId: location.profile.uId,
});

import { TOKEN_EXPIRED_ERROR, TOKEN_REVOKED_ERROR } from '../../shared/domain/tokens';
import { VppApiError } from '../vpp/errors';

/**
 * What every job that calls Apple with a token does when the call fails: an expired (9621) or
 * revoked (9625) token is marked, so its banner shows and its syncs stop.
 */
export const noteTokenRefusal = (
  error: unknown,
  tokenId: string,
  markRefused: (tokenId: string, errorNumber: number) => unknown,
): void => {
  if (
    error instanceof VppApiError &&
    (error.errorNumber === TOKEN_EXPIRED_ERROR || error.errorNumber === TOKEN_REVOKED_ERROR)
  )
    markRefused(tokenId, error.errorNumber);
};

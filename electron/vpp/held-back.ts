import { VppApiError, VppResponseError } from './errors';

/**
 * Apple's answer again, with the wait that is left, for a call we do not send because the
 * token is paused longer than the client accepts (RetryPolicy.maxRetryAfterMs): Apple says
 * calling before Retry-After has passed can extend the block, and a task should not sit
 * silently for hours. Undefined when the pause has no such answer behind it.
 */
export const stillHeldBackError = (cause: unknown, remainingMs: number): Error | undefined => {
  if (cause instanceof VppApiError) {
    return new VppApiError({
      errorNumber: cause.errorNumber,
      errorMessage: cause.errorMessage,
      httpStatus: cause.httpStatus,
      errorInfo: cause.errorInfo,
      retryAfterMs: remainingMs,
    });
  }
  if (cause instanceof VppResponseError) {
    return new VppResponseError(cause.code as 'http.unexpectedStatus', cause.message, {
      httpStatus: cause.httpStatus,
      url: String(cause.params?.url ?? ''),
      retryAfterMs: remainingMs,
    });
  }
  return undefined;
};

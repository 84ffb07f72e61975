import { AppError } from '../host/app-error';
import type { ErrorInfo, StatusResponse } from './types';

/**
 * Every failure of the client is an AppError, so the host turns it into a code the renderer
 * translates (`apple.9621`, `network.timeout`, …) without knowing about this folder.
 * Messages and params never contain the content token.
 */
export class VppError extends AppError {
  /** Event ids Apple had already accepted when a later batch of the same write failed. */
  submittedEventIds: string[] = [];
}

/** Apple answered with an `ErrorResponse` (or the client refused a request Apple would). */
export class VppApiError extends VppError {
  readonly errorNumber: number;
  readonly errorMessage: string;
  /** HTTP status of the answer; Apple sometimes sends its errors with 200. */
  readonly httpStatus: number | undefined;
  readonly errorInfo: ErrorInfo | undefined;
  /** Milliseconds Apple asked us to wait (Retry-After), if it said so. */
  readonly retryAfterMs: number | undefined;
  /** True when the client caught the problem before sending, so Apple never saw it. */
  readonly detectedLocally: boolean;

  constructor(details: {
    errorNumber: number;
    errorMessage: string;
    httpStatus?: number;
    errorInfo?: ErrorInfo;
    retryAfterMs?: number;
    detectedLocally?: boolean;
  }) {
    const { errorNumber, errorMessage, httpStatus } = details;
    super(`apple.${errorNumber}`, `Apple error ${errorNumber}: ${errorMessage}`, {
      number: errorNumber,
      message: errorMessage,
      ...(httpStatus !== undefined ? { status: httpStatus } : {}),
    });
    this.name = 'VppApiError';
    this.errorNumber = errorNumber;
    this.errorMessage = errorMessage;
    this.httpStatus = httpStatus;
    this.errorInfo = details.errorInfo;
    this.retryAfterMs = details.retryAfterMs;
    this.detectedLocally = details.detectedLocally ?? false;
  }
}

/** A synchronous validation failure found by the client, numbered as Apple would number it. */
export const localApiError = (errorNumber: number, errorMessage: string, errorInfo?: ErrorInfo) =>
  new VppApiError({ errorNumber, errorMessage, errorInfo, httpStatus: 400, detectedLocally: true });

export type NetworkErrorCode = 'network.unreachable' | 'network.timeout' | 'network.dropped';

/** The request never got a complete answer. */
export class VppNetworkError extends VppError {
  declare readonly code: NetworkErrorCode;
  /**
   * False only when the request cannot have reached Apple (connection refused, DNS failure).
   * For a write that failed with `true`, Apple may or may not have made the change.
   */
  readonly mayHaveReachedServer: boolean;

  constructor(code: NetworkErrorCode, message: string, url: string, mayHaveReachedServer: boolean) {
    super(code, message, { url });
    this.name = 'VppNetworkError';
    this.mayHaveReachedServer = mayHaveReachedServer;
  }
}

/** An answer that is not Apple's: a bare HTTP error from a proxy, HTML, or a malformed body. */
export class VppResponseError extends VppError {
  readonly httpStatus: number;
  readonly retryAfterMs: number | undefined;

  constructor(
    code: 'http.unexpectedStatus' | 'http.invalidResponse',
    message: string,
    details: { httpStatus: number; url: string; retryAfterMs?: number; detail?: string },
  ) {
    super(code, message, {
      status: details.httpStatus,
      url: details.url,
      ...(details.detail ? { detail: details.detail } : {}),
    });
    this.name = 'VppResponseError';
    this.httpStatus = details.httpStatus;
    this.retryAfterMs = details.retryAfterMs;
  }
}

/** Apple still reports the event PENDING after the time we were willing to wait. */
export class VppEventPendingError extends VppError {
  constructor(
    readonly eventId: string,
    readonly numCompleted: number,
    readonly numRequested: number,
    waitedMs: number,
    /** The events of the same write that did finish, by event id: not to be sent again. */
    readonly finished: ReadonlyMap<string, StatusResponse> = new Map(),
  ) {
    super(
      'vpp.eventPending',
      `Apple's event ${eventId} was still pending after ${Math.round(waitedMs / 1000)} s ` +
        `(${numCompleted} of ${numRequested} done).`,
      { eventId, numCompleted, numRequested },
    );
    this.name = 'VppEventPendingError';
  }
}

/** The data kept changing while we paged through it, so no consistent copy could be read. */
export class VppDataChangingError extends VppError {
  constructor(path: string, attempts: number) {
    super(
      'vpp.dataKeptChanging',
      `${path} changed during each of ${attempts} attempts to read all of its pages.`,
      { path, attempts },
    );
    this.name = 'VppDataChangingError';
  }
}

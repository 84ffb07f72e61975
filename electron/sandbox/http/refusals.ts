import type { ServerResponse } from 'node:http';
import { sendJson } from './responses';
import { errorBody } from '../apple/error-catalogue';

/**
 * Answers for requests the sandbox can't or won't route, in Apple's ErrorResponse shape:
 * `{errorNumber, errorMessage}` where Apple has a number that fits (9602 "Invalid argument"
 * for a malformed request), `{errorMessage}` alone where it has none (404, 421, 403).
 */

/** A malformed request: 400, or 414 / 431 / 413 where HTTP has a more exact status. */
export const sendMalformed = (
  res: ServerResponse,
  status = 400,
  headers: Record<string, string> = {},
): void => sendJson(res, status, errorBody(9602), headers);

export const sendNotFound = (res: ServerResponse, origin: string): void =>
  sendJson(res, 404, {
    errorMessage: `Not Found. What this sandbox serves is listed at ${origin}/mdm/v2/.`,
  });

export const sendMisdirected = (res: ServerResponse, port: number): void =>
  sendJson(res, 421, {
    errorMessage: `Misdirected request: this sandbox answers only to 127.0.0.1:${port} and localhost:${port}.`,
  });

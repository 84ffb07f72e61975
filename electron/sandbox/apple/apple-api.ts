import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { authenticate, observedAuthError } from './authenticate';
import { commonFields } from './common-fields';
import { AppleError, errorBody, httpStatusOf, type AppleErrorNumber } from './error-catalogue';
import { serviceConfig } from './handlers/service-config';
import { QueryParams } from './query-params';
import { APPLE_ROUTES, SERVICE_CONFIG_PATH } from './routes';
import {
  APPLE_BODY_LIMIT,
  BodyAbortedError,
  BodyTooLargeError,
  mediaTypeOf,
  readBody,
} from '../http/read-body';
import { sendNotFound } from '../http/refusals';
import { CLOSE_CONNECTION, sendJson } from '../http/responses';
import { failureReport, refusalLine } from '../http/sandbox-log';
import { locationOf, type SandboxWorld } from '../sandbox-world';
import type { FaultDecision } from '../http/fault-injector';

const sendAppleError = (
  res: ServerResponse,
  errorNumber: AppleErrorNumber,
  headers: Record<string, string> = {},
  status = httpStatusOf(errorNumber),
) => sendJson(res, status, errorBody(errorNumber), headers);

/** Injected failures; true when the request is answered (or dropped) already. */
const applyFault = (req: IncomingMessage, res: ServerResponse, fault: FaultDecision): boolean => {
  const failure = fault.failure;
  if (!failure) return false;
  const retryAfter = { 'retry-after': String(failure.retryAfterSeconds) };
  if (failure.kind === 'drop') req.socket.destroy();
  else if (failure.kind === '503') sendAppleError(res, 9729, retryAfter);
  else if (failure.kind === '500') sendAppleError(res, 9603, retryAfter);
  else sendAppleError(res, 9646);
  return true;
};

/** The JSON body of a POST; Apple requires `application/json` (9727). Empty means `{}`. */
const readJsonBody = async (req: IncomingMessage): Promise<unknown> => {
  if (mediaTypeOf(req) !== 'application/json') throw new AppleError(9727);
  const text = await readBody(req, APPLE_BODY_LIMIT);
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new AppleError(9602);
  }
};

/**
 * Serves `/mdm/v2/*` in Apple's order of checks: faults, route, method (9726), token
 * (9601/9722/9621/9625), rate limit (9646), content type (9727), body, then the endpoint's
 * own validation. `path` is the part after /mdm/v2.
 */
export const handleAppleRequest = async (
  world: SandboxWorld,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  query: URLSearchParams,
): Promise<void> => {
  const method = req.method ?? 'GET';
  const fault = world.faults.decide(method, path);
  if (fault.delayMs > 0) {
    await sleep(fault.delayMs, undefined, { signal: world.closed }).catch(() => undefined);
    if (world.closed.aborted) return void req.socket.destroy();
  }
  if (applyFault(req, res, fault)) return;

  if (path === SERVICE_CONFIG_PATH) {
    if (method !== 'GET') return sendAppleError(res, 9726, { allow: 'GET' });
    return sendJson(res, 200, serviceConfig(world));
  }
  const endpoints = APPLE_ROUTES.get(path);
  if (!endpoints) return sendNotFound(res, world.origin);
  const endpoint = endpoints.find((candidate) => candidate.method === method);
  if (!endpoint)
    return sendAppleError(res, 9726, { allow: endpoints.map((e) => e.method).join(', ') });

  let token;
  try {
    token = authenticate(req.headers.authorization, world.tokens, world.now());
  } catch (error) {
    if (!(error instanceof AppleError)) throw error;
    return world.authErrorStyle === 'observed'
      ? sendAppleError(res, observedAuthError(error.errorNumber), {}, 200)
      : sendAppleError(res, error.errorNumber);
  }
  const location = locationOf(world, token.location);
  if (!world.rateLimiter.tryTake(location.key)) return sendAppleError(res, 9646);

  try {
    const body = method === 'POST' ? await readJsonBody(req) : undefined;
    const result = await endpoint.handle({
      world,
      location,
      token,
      query: new QueryParams(query),
      body,
    });
    sendJson(res, 200, { ...result, ...commonFields(token, location) });
  } catch (error) {
    if (error instanceof AppleError) return sendAppleError(res, error.errorNumber);
    // Apple documents no number for an oversized body; 9602 is the nearest, with HTTP's own 413.
    if (error instanceof BodyTooLargeError) {
      world.log(refusalLine(413, method, `/mdm/v2${path}`, error.message));
      return sendAppleError(res, 9602, CLOSE_CONNECTION, 413);
    }
    if (error instanceof BodyAbortedError) return void res.destroy();
    world.log(failureReport(method, `/mdm/v2${path}`, error));
    sendAppleError(res, 9603);
  }
};

import type { z } from 'zod';
import { SERVICE_CONFIG_PATH, type EndpointName } from './endpoints';
import { VppError, VppResponseError } from './errors';
import type { QueryValue, VppHttp, VppHttpResponse } from './http';
import { responseMetaOf } from './mdm-info';
import type { RateLimiter } from './rate-limiter';
import { stillHeldBackError } from './held-back';
import { retryAfterOf, withRetry, type RetryPolicy } from './retry';
import type { VppLimits } from './service-config';
import type { SkippedRecordsReport } from './skipped-records';
import type { PageFields, ResponseMeta } from './types';

export interface RunnerDeps {
  http: VppHttp;
  /** The whole `.vpptoken` content; undefined when the client was made without a token. */
  bearer: string | undefined;
  limits: (signal?: AbortSignal) => Promise<VppLimits>;
  /** Where an endpoint is now: the service configuration's URL, or the documented path. */
  urlOf: (endpoint: EndpointName, signal?: AbortSignal) => Promise<string>;
  rateLimiter: RateLimiter;
  retryPolicy: RetryPolicy;
  random: () => number;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  onResponseMeta?: (meta: ResponseMeta) => void;
  onSkippedRecords: (report: SkippedRecordsReport) => void;
}

export interface RunOptions {
  signal?: AbortSignal;
  query?: Record<string, QueryValue>;
  body?: unknown;
  /** False only for `service/config`, which needs no token and is not rate-limited per token. */
  authorized?: boolean;
}

/** An endpoint by Apple's name for it, or the service configuration itself. */
export type Endpoint = EndpointName | 'serviceConfig';

/**
 * One logical call: obey the token's rate, send, retry what may be retried, and check that
 * the answer has Apple's shape.
 */
export class RequestRunner {
  /** An ES private field: logging or serialising the client cannot reveal it. */
  readonly #bearer: string | undefined;
  private readonly deps: Omit<RunnerDeps, 'bearer'>;

  constructor({ bearer, ...deps }: RunnerDeps) {
    this.#bearer = bearer;
    this.deps = deps;
  }

  async run<T>(
    schema: z.ZodType<T, unknown>,
    method: 'GET' | 'POST',
    endpoint: Endpoint,
    options: RunOptions = {},
  ): Promise<T> {
    const { http, rateLimiter } = this.deps;
    const bearer = this.#bearer;
    const { signal, query, body } = options;
    const authorized = options.authorized ?? true;
    if (authorized && !bearer) throw noToken();
    if (authorized) rateLimiter.setLimit((await this.deps.limits(signal)).maxRequestPerSecond);
    // The configuration cannot tell where it is itself; everything else asks it (reference §4.1).
    const url =
      endpoint === 'serviceConfig'
        ? http.urlFor(SERVICE_CONFIG_PATH)
        : await this.deps.urlOf(endpoint, signal);
    const retryPolicy = this.deps.retryPolicy;
    let parsed: T;
    try {
      parsed = await withRetry(
        async () => {
          if (authorized) {
            refuseLongPause(rateLimiter, retryPolicy);
            await rateLimiter.acquire(signal);
          }
          const response = await http.send({
            method,
            url,
            query,
            body,
            bearer: authorized ? bearer : undefined,
            signal,
          });
          return parseBody(schema, url, response);
        },
        {
          idempotent: method === 'GET',
          policy: retryPolicy,
          random: this.deps.random,
          sleep: this.deps.sleep,
          signal,
          onRetry: ({ kind, delayMs, error }) => {
            // Apple's Retry-After (on any status) and a 429 speak for the whole token: hold
            // back every request of it, so parallel pages and other callers wait too.
            const tokenWide = kind === 'rateLimited' || retryAfterOf(error) !== undefined;
            if (authorized && tokenWide) rateLimiter.pauseFor(delayMs, error);
          },
        },
      );
    } catch (error) {
      // Retries used up, or a wait longer than we accept: Apple's wait still holds for the
      // token's next calls.
      const retryAfter = retryAfterOf(error);
      if (authorized && retryAfter !== undefined) rateLimiter.pauseFor(retryAfter, error);
      throw error;
    }
    if (authorized) this.deps.onResponseMeta?.(responseMetaOf(parsed as ResponseMeta));
    const { skippedRecords, skippedReasons } = parsed as PageFields;
    if (endpoint !== 'serviceConfig' && skippedRecords) {
      this.deps.onSkippedRecords({
        endpoint,
        skipped: skippedRecords,
        reasons: skippedReasons ?? [],
      });
    }
    return parsed;
  }

  /**
   * A GET to a store service outside v2 that takes the token as Apple's `itvt` cookie instead
   * of the Bearer header (`urls.contentMetadataLookup`). Same timeout and retries; not counted
   * against the v2 rate limit, and its answers carry no v2 response fields.
   */
  async getWithTokenCookie<T>(
    schema: z.ZodType<T, unknown>,
    url: string,
    options: { signal?: AbortSignal } = {},
  ): Promise<T> {
    const bearer = this.#bearer;
    if (!bearer) throw noToken();
    const { signal } = options;
    return withRetry(
      async () => {
        const response = await this.deps.http.send({
          method: 'GET',
          url,
          cookie: `itvt=${bearer}`,
          signal,
        });
        return parseBody(schema, url, response);
      },
      {
        idempotent: true,
        policy: this.deps.retryPolicy,
        random: this.deps.random,
        sleep: this.deps.sleep,
        signal,
      },
    );
  }
}

const noToken = () =>
  new VppError('vpp.noToken', 'This request needs a content token, and none was given.');

const parseBody = <T>(schema: z.ZodType<T, unknown>, url: string, response: VppHttpResponse) => {
  const result = schema.safeParse(response.body);
  if (!result.success) throw invalidShape(url, response.status, result.error);
  return result.data;
};

/** Fails at once, with Apple's answer, when the token is paused longer than we would wait. */
const refuseLongPause = (rateLimiter: RateLimiter, policy: RetryPolicy) => {
  const { remainingMs, cause } = rateLimiter.pause();
  if (remainingMs <= policy.maxRetryAfterMs) return;
  const error = stillHeldBackError(cause, remainingMs);
  if (error) throw error;
};

const invalidShape = (url: string, status: number, error: z.ZodError) => {
  const issue = error.issues[0];
  const where = issue?.path.length ? issue.path.join('.') : '(body)';
  return new VppResponseError(
    'http.invalidResponse',
    `${url} answered with a body that is not what Apple documents (${where}: ${issue?.message}).`,
    { httpStatus: status, url, detail: where },
  );
};

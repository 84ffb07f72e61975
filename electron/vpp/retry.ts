import { VppApiError, VppNetworkError, VppResponseError } from './errors';

/**
 * When to try again (reference/vpp-api.md §6). Apple says: back off exponentially on 9646/429
 * "until successful", and wait for `Retry-After` on 5xx. We bound both so a task ends.
 */
export interface RetryPolicy {
  /** 429 / 9646: equal-jitter exponential backoff, or Retry-After when Apple sends one. */
  rateLimited: BackoffSchedule;
  /** 500/502/503/504, 9603, 9729: Retry-After when present, else full-jitter backoff. */
  serverError: BackoffSchedule;
  /** Refused, dropped or timed-out connections. */
  network: BackoffSchedule;
  /** A longer Retry-After than this ends the call; the error carries Apple's wait. */
  maxRetryAfterMs: number;
}

export interface BackoffSchedule {
  /** Total tries including the first. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  rateLimited: { maxAttempts: 7, baseDelayMs: 1_000, maxDelayMs: 32_000 },
  serverError: { maxAttempts: 4, baseDelayMs: 1_000, maxDelayMs: 30_000 },
  network: { maxAttempts: 4, baseDelayMs: 500, maxDelayMs: 8_000 },
  maxRetryAfterMs: 300_000,
};

export type RetryKind = keyof Omit<RetryPolicy, 'maxRetryAfterMs'>;

const exponentialStep = (retry: number, schedule: BackoffSchedule) =>
  Math.min(schedule.maxDelayMs, schedule.baseDelayMs * 2 ** retry);

/** "Full jitter": uniformly random in [0, min(cap, base·2^retry)). `retry` counts from 0. */
export const fullJitterDelay = (
  retry: number,
  schedule: BackoffSchedule,
  random: () => number,
): number => {
  return Math.floor(random() * exponentialStep(retry, schedule));
};

/**
 * "Equal jitter": at least half of the exponential step, plus up to the other half at random.
 * For 429: unlike full jitter, a retry never goes at once and each wait is longer than the
 * last, as Apple's "incremental/exponential backoff" asks, while workers still spread out.
 */
export const equalJitterDelay = (
  retry: number,
  schedule: BackoffSchedule,
  random: () => number,
): number => {
  const half = exponentialStep(retry, schedule) / 2;
  return Math.floor(half + random() * half);
};

/** `Retry-After` as delta-seconds (`120`) or an HTTP-date; milliseconds from now, or undefined. */
export const parseRetryAfter = (header: string | null | undefined, nowMs: number) => {
  const value = header?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  if (!/[a-z]/i.test(value)) return undefined; // "1.5" or "-3": not a valid header
  const at = Date.parse(value);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - nowMs);
};

const RATE_LIMITED_NUMBERS = new Set([9646]);
const SERVER_ERROR_NUMBERS = new Set([9603, 9729]);
/** Proxies and load balancers answer these before the request is processed. */
const REFUSED_STATUSES = new Set([429, 503]);

/**
 * Which schedule applies to an error, or undefined when retrying is wrong or pointless.
 *
 * Writes (POST) are retried only when Apple cannot have acted on them: Apple's own error body
 * means "synchronous failure, no asynchronous processing"; 429/503 mean refused; a refused
 * connection means nothing was sent. A dropped connection or a timeout after sending is NOT
 * retried for writes, since Apple may already have queued the event.
 */
export const retryKindOf = (error: unknown, idempotent: boolean): RetryKind | undefined => {
  if (error instanceof VppApiError) {
    if (error.detectedLocally) return undefined;
    if (RATE_LIMITED_NUMBERS.has(error.errorNumber) || error.httpStatus === 429) {
      return 'rateLimited';
    }
    const status = error.httpStatus ?? 0;
    if (SERVER_ERROR_NUMBERS.has(error.errorNumber) || status >= 500) return 'serverError';
    return undefined;
  }
  if (error instanceof VppResponseError && error.code === 'http.unexpectedStatus') {
    if (error.httpStatus === 429) return 'rateLimited';
    if (REFUSED_STATUSES.has(error.httpStatus)) return 'serverError';
    if (error.httpStatus >= 500 && idempotent) return 'serverError';
    return undefined;
  }
  if (error instanceof VppNetworkError) {
    return idempotent || !error.mayHaveReachedServer ? 'network' : undefined;
  }
  return undefined;
};

export const retryAfterOf = (error: unknown): number | undefined =>
  error instanceof VppApiError || error instanceof VppResponseError
    ? error.retryAfterMs
    : undefined;

/**
 * How long to wait before try number `attempt + 1` (attempt counts tries made so far, ≥ 1),
 * or undefined to give up.
 */
export const retryDelay = (
  error: unknown,
  attempt: number,
  options: { idempotent: boolean; policy: RetryPolicy; random: () => number },
): number | undefined => {
  const kind = retryKindOf(error, options.idempotent);
  if (!kind) return undefined;
  const schedule = options.policy[kind];
  if (attempt >= schedule.maxAttempts) return undefined;
  const retryAfter = kind === 'network' ? undefined : retryAfterOf(error);
  if (retryAfter !== undefined) {
    return retryAfter <= options.policy.maxRetryAfterMs ? retryAfter : undefined;
  }
  const jitter = kind === 'rateLimited' ? equalJitterDelay : fullJitterDelay;
  return jitter(attempt - 1, schedule, options.random);
};

export interface RetryOptions {
  idempotent: boolean;
  policy: RetryPolicy;
  random: () => number;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  signal?: AbortSignal;
  /** Told before each wait, e.g. to pause every request of the token on a 429. */
  onRetry?: (info: { error: unknown; attempt: number; delayMs: number; kind: RetryKind }) => void;
}

export const withRetry = async <T>(
  operation: (attempt: number) => Promise<T>,
  options: RetryOptions,
): Promise<T> => {
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation(attempt);
    } catch (error) {
      if (options.signal?.aborted) throw error;
      const delayMs = retryDelay(error, attempt, options);
      if (delayMs === undefined) throw error;
      const kind = retryKindOf(error, options.idempotent) as RetryKind;
      options.onRetry?.({ error, attempt, delayMs, kind });
      await options.sleep(delayMs, options.signal);
    }
  }
};

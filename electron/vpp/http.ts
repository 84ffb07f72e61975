import { VppApiError, VppNetworkError, VppResponseError } from './errors';
import { parseRetryAfter } from './retry';
import { ErrorInfo } from './types';

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface VppHttpOptions {
  /** e.g. `https://vpp.itunes.apple.com/mdm/v2` or a sandbox's `http://127.0.0.1:N/mdm/v2`. */
  baseUrl: string;
  fetch?: FetchLike;
  now?: () => number;
  /** Per request, until the whole body has arrived. */
  timeoutMs?: number;
}

export type QueryValue = string | number | boolean | undefined;

export interface VppHttpRequest {
  /** Normally GET or POST; anything else only to see how Apple answers (9726). */
  method: string;
  /** Path below the base URL, e.g. `/service/config`; used when there is no `url`. */
  path?: string;
  /**
   * An absolute URL, replacing base + path: an endpoint's address from the service
   * configuration, or the store's metadata lookup.
   */
  url?: string;
  query?: Record<string, QueryValue>;
  /** Serialised as JSON unless it is already a string. */
  body?: unknown;
  /** Defaults to `application/json` when there is a body. */
  contentType?: string;
  /** The whole `.vpptoken` content; omitted for `service/config`. */
  bearer?: string;
  /** The `Cookie` header; secret like the bearer, since it carries the token for the lookup. */
  cookie?: string;
  signal?: AbortSignal;
}

export interface VppHttpResponse {
  status: number;
  body: Record<string, unknown>;
}

export const DEFAULT_TIMEOUT_MS = 20_000;

/**
 * One HTTP exchange with Apple, classified: a body with `errorNumber` is an Apple error whatever
 * the status (Apple sends some with 200); a failed connection is a network error; anything that
 * is not a JSON object is an unexpected response. Retrying is the caller's business.
 */
export class VppHttp {
  readonly baseUrl: string;
  private readonly fetch: FetchLike;
  private readonly now: () => number;
  private readonly timeoutMs: number;

  constructor(options: VppHttpOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.now = options.now ?? Date.now;
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  }

  urlFor(path: string, query?: Record<string, QueryValue>): string {
    return withQuery(new URL(`${this.baseUrl}/${path.replace(/^\/+/, '')}`), query);
  }

  async send(request: VppHttpRequest): Promise<VppHttpResponse> {
    const url = request.url
      ? withQuery(new URL(request.url), request.query)
      : this.urlFor(request.path ?? '', request.query);
    const timeout = AbortSignal.timeout(this.timeoutMs);
    const signal = request.signal ? AbortSignal.any([request.signal, timeout]) : timeout;
    const headers: Record<string, string> = { accept: 'application/json' };
    if (request.bearer !== undefined) headers.authorization = `Bearer ${request.bearer}`;
    if (request.cookie !== undefined) headers.cookie = request.cookie;
    let body: string | undefined;
    if (request.body !== undefined) {
      body = typeof request.body === 'string' ? request.body : JSON.stringify(request.body);
      headers['content-type'] = request.contentType ?? 'application/json';
    } else if (request.contentType) {
      headers['content-type'] = request.contentType;
    }

    let response: Response;
    let text: string;
    let gotHeaders = false;
    try {
      response = await this.fetch(url, { method: request.method, headers, body, signal });
      gotHeaders = true;
      text = await response.text();
    } catch (error) {
      if (request.signal?.aborted) throw request.signal.reason ?? error;
      throw networkError(error, url, timeout.aborted, this.timeoutMs, gotHeaders);
    }
    return this.classify(url, response, text);
  }

  private classify(url: string, response: Response, text: string): VppHttpResponse {
    const status = response.status;
    const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), this.now());
    const body = parseJsonObject(text);
    if (body && body.errorNumber !== undefined && body.errorNumber !== null) {
      const errorNumber = Number(body.errorNumber);
      if (Number.isInteger(errorNumber)) {
        const info = ErrorInfo.safeParse(body.errorInfo);
        throw new VppApiError({
          errorNumber,
          errorMessage: typeof body.errorMessage === 'string' ? body.errorMessage : '',
          httpStatus: status,
          errorInfo: info.success ? info.data : undefined,
          retryAfterMs,
        });
      }
    }
    if (status < 200 || status > 299) {
      throw new VppResponseError(
        'http.unexpectedStatus',
        `${url} answered HTTP ${status} without an Apple error.`,
        { httpStatus: status, url, retryAfterMs },
      );
    }
    if (!body) {
      throw new VppResponseError(
        'http.invalidResponse',
        `${url} answered HTTP ${status} with something that is not a JSON object.`,
        { httpStatus: status, url },
      );
    }
    return { status, body };
  }
}

const withQuery = (url: URL, query: Record<string, QueryValue> | undefined): string => {
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined) url.searchParams.set(key, String(value));
  }
  return url.toString();
};

const parseJsonObject = (text: string): Record<string, unknown> | undefined => {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
};

/** Codes for failures before anything was sent: the request cannot have reached the server. */
const NOT_SENT = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN',
  'UND_ERR_CONNECT_TIMEOUT',
  'CERT_HAS_EXPIRED',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
]);

const causeCode = (error: unknown): string | undefined => {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
};

const networkError = (
  error: unknown,
  url: string,
  timedOut: boolean,
  timeoutMs: number,
  gotHeaders: boolean,
): VppNetworkError => {
  const host = new URL(url).host;
  if (timedOut) {
    return new VppNetworkError(
      'network.timeout',
      `${host} did not answer within ${Math.round(timeoutMs / 1000)} s.`,
      url,
      true,
    );
  }
  const code = causeCode(error);
  if (!gotHeaders && code && NOT_SENT.has(code)) {
    return new VppNetworkError(
      'network.unreachable',
      `Could not reach ${host} (${code}).`,
      url,
      false,
    );
  }
  return new VppNetworkError(
    'network.dropped',
    `The connection to ${host} was closed before the answer was complete${code ? ` (${code})` : ''}.`,
    url,
    true,
  );
};

import { APPLE_EXAMPLE_LIMITS } from '../../shared/domain/apple-limits';
import { SharedRequest } from './shared-request';
import type { ServiceConfigResponse } from './types';

/** Apple's example values (reference §4.1), used for any limit the service leaves out. */
const {
  maxSubscriptions: _s,
  maxSubscriptionClientUserIds: _c,
  ...clientLimits
} = APPLE_EXAMPLE_LIMITS;
export const DEFAULT_LIMITS = clientLimits;

export type VppLimits = { -readonly [K in keyof typeof DEFAULT_LIMITS]: number };

/** Apple: "re-read the service configuration every 5 minutes"; urls and limits may change. */
export const SERVICE_CONFIG_MAX_AGE_MS = 5 * 60_000;
/** After a failed refresh, keep using what we have for a while instead of asking on every call. */
const FAILED_REFRESH_PAUSE_MS = 30_000;

export const limitsOf = (config: ServiceConfigResponse | undefined): VppLimits => {
  const limits: VppLimits = { ...DEFAULT_LIMITS };
  for (const key of Object.keys(DEFAULT_LIMITS) as (keyof VppLimits)[]) {
    const value = Number(config?.limits[key]);
    if (Number.isInteger(value) && value > 0) limits[key] = value;
  }
  return limits;
};

/**
 * Caches `GET /service/config`. Concurrent callers share one request; each stops waiting when
 * its own signal aborts, and the request is aborted when all of them have. A stale copy is
 * used while the service cannot be reached, since stale limits are better than none.
 */
export class ServiceConfigCache {
  private cached: { config: ServiceConfigResponse; fetchedAt: number } | undefined;
  private inFlight: SharedRequest<ServiceConfigResponse> | undefined;
  private lastFailureAt = -Infinity;

  constructor(
    /** Reads the configuration; stops when `signal` aborts. */
    private readonly load: (signal: AbortSignal) => Promise<ServiceConfigResponse>,
    private readonly now: () => number = Date.now,
    private readonly maxAgeMs: number = SERVICE_CONFIG_MAX_AGE_MS,
  ) {}

  /** The configuration, re-read when older than five minutes (or when `refresh` is set). */
  async get(
    options: { refresh?: boolean; signal?: AbortSignal } = {},
  ): Promise<ServiceConfigResponse> {
    const cached = this.cached;
    const fresh = cached && this.now() - cached.fetchedAt < this.maxAgeMs;
    if (cached && !options.refresh) {
      if (fresh || this.now() - this.lastFailureAt < FAILED_REFRESH_PAUSE_MS) return cached.config;
    }
    try {
      return await this.refresh(options.signal);
    } catch (error) {
      if (cached && !options.refresh && !options.signal?.aborted) return cached.config;
      throw error;
    }
  }

  /** Limits to obey; never fails: Apple's documented defaults stand in when nothing is known. */
  async limits(signal?: AbortSignal): Promise<VppLimits> {
    return limitsOf(await this.current(signal));
  }

  /**
   * The configuration if one can be had, else undefined (callers then use Apple's documented
   * defaults). Fails only when the caller aborts.
   */
  async current(signal?: AbortSignal): Promise<ServiceConfigResponse | undefined> {
    if (!this.cached && this.now() - this.lastFailureAt < FAILED_REFRESH_PAUSE_MS) {
      return undefined;
    }
    try {
      return await this.get({ signal });
    } catch (error) {
      if (signal?.aborted) throw error;
      return this.cached?.config;
    }
  }

  /** Joins the request in flight, or starts one; a caller that already gave up starts none. */
  private refresh(signal?: AbortSignal): Promise<ServiceConfigResponse> {
    signal?.throwIfAborted();
    if (!this.inFlight || this.inFlight.abandoned) {
      const request = new SharedRequest((shared) => this.load(shared));
      this.inFlight = request;
      request.promise
        .then(
          (config) => {
            this.cached = { config, fetchedAt: this.now() };
          },
          () => {
            // Everyone giving up is not the service failing: the next caller may ask at once.
            if (!request.abandoned) this.lastFailureAt = this.now();
          },
        )
        .finally(() => {
          if (this.inFlight === request) this.inFlight = undefined;
        });
    }
    return this.inFlight.wait(signal);
  }
}

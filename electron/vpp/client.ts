import type { z } from 'zod';
import { APPLE_SERVICE_URL } from '../../shared/domain/settings';
import { planManageAssets, planRevokeAssets, planUsers } from './batch';
import { checkClientConfigRequest } from './client-config-rules';
import { endpointUrl, type WriteEndpoint } from './endpoints';
import { VppError, VppEventPendingError } from './errors';
import { DEFAULT_EVENT_POLLING, waitForEvents, type EventPollOptions } from './events';
import { VppHttp, type FetchLike } from './http';
import { responseMetaOf } from './mdm-info';
import { fetchAllPages, type AllPages } from './paginate';
import { RateLimiter } from './rate-limiter';
import { RequestRunner } from './request-runner';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from './retry';
import { ServiceConfigCache, type VppLimits } from './service-config';
import { logSkippedRecords, type SkippedRecordsReport } from './skipped-records';
import { defaultSleep } from './sleep';
import { VppTokenFile } from './token-file';
import {
  ClientConfigResponse,
  EventResponse,
  GetAssetsResponse,
  GetAssignmentsResponse,
  GetUsersResponse,
  ServiceConfigResponse,
  StatusResponse,
  type AssetFilters,
  type AssignmentFilters,
  type ClientConfigRequest,
  type ManageAssetsRequest,
  type PageFields,
  type RequestUser,
  type ResponseMeta,
  type RevokeAssetsRequest,
  type UserFilters,
} from './types';

export interface VppClientOptions {
  /** The `.vpptoken` file content (or the parsed file). Only `service/config` works without. */
  token?: string | VppTokenFile;
  /** Apple's v2 service by default; a sandbox's `http://127.0.0.1:N/mdm/v2` in tests. */
  baseUrl?: string;
  fetch?: FetchLike;
  now?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** For backoff jitter, in [0, 1). */
  random?: () => number;
  timeoutMs?: number;
  retry?: Partial<RetryPolicy>;
  eventPolling?: Omit<EventPollOptions, 'onProgress' | 'signal'>;
  maxParallelPages?: number;
  /** Share one cache between the clients of one service (it needs no token). */
  serviceConfig?: ServiceConfigCache;
  /** Share one limiter between everything that uses the same token. */
  rateLimiter?: RateLimiter;
  /** Sees mdmInfo / tokenExpirationDate / uId of every response (token expiry, other MDM). */
  onResponseMeta?: (meta: ResponseMeta) => void;
  /** Told when a list page left out records Apple sent without their id; logs by default. */
  onSkippedRecords?: (report: SkippedRecordsReport) => void;
}

export interface CallOptions {
  signal?: AbortSignal;
}

export interface ListOptions extends CallOptions {
  onProgress?: (pagesRead: number, totalPages: number) => void;
}

/** One write, split into as many requests as Apple's limits need. */
export interface SubmittedEvents {
  eventIds: string[];
  meta: ResponseMeta;
  endpoint: WriteEndpoint;
  /** The request behind each event id (same order), so one batch can be sent again alone. */
  bodies: object[];
}

type Paged<T> = T & PageFields & ResponseMeta;

/**
 * Apple's Apps and Books for Organizations API v2, for one content token
 * (reference/vpp-api.md §4). Obeys the service's limits, retries what may be retried
 * (see retry.ts), reads lists page by page and polls asynchronous events.
 */
export class VppClient {
  readonly http: VppHttp;
  readonly serviceConfig: ServiceConfigCache;
  readonly rateLimiter: RateLimiter;
  private readonly runner: RequestRunner;
  private readonly now: () => number;
  private readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;

  /** Everything but the token, which lives only in the runner's private field. */
  private readonly options: Omit<VppClientOptions, 'token'>;

  constructor({ token, ...options }: VppClientOptions = {}) {
    this.options = options;
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? defaultSleep;
    this.http = new VppHttp({
      baseUrl: options.baseUrl ?? APPLE_SERVICE_URL,
      fetch: options.fetch,
      now: this.now,
      timeoutMs: options.timeoutMs,
    });
    this.serviceConfig =
      options.serviceConfig ??
      new ServiceConfigCache(
        (signal) =>
          this.runner.run(ServiceConfigResponse, 'GET', 'serviceConfig', {
            authorized: false,
            signal,
          }),
        this.now,
      );
    this.rateLimiter =
      options.rateLimiter ?? new RateLimiter(15, { now: this.now, sleep: this.sleep });
    this.runner = new RequestRunner({
      http: this.http,
      bearer:
        token instanceof VppTokenFile
          ? token.revealBearer()
          : token?.replace(/\s+/g, '') || undefined,
      limits: (signal) => this.serviceConfig.limits(signal),
      urlOf: async (endpoint, signal) =>
        endpointUrl(endpoint, await this.serviceConfig.current(signal), this.http.baseUrl),
      rateLimiter: this.rateLimiter,
      retryPolicy: { ...DEFAULT_RETRY_POLICY, ...options.retry },
      random: options.random ?? Math.random,
      sleep: this.sleep,
      onResponseMeta: options.onResponseMeta,
      onSkippedRecords: options.onSkippedRecords ?? logSkippedRecords,
    });
  }

  // ---- configuration ----

  /** Cached for five minutes, as Apple asks. Needs no token. */
  getServiceConfig(options: CallOptions & { refresh?: boolean } = {}) {
    return this.serviceConfig.get(options);
  }

  /** The limits in force: the service's, or Apple's documented examples where it is silent. */
  limits(options: CallOptions = {}): Promise<VppLimits> {
    return this.serviceConfig.limits(options.signal);
  }

  getClientConfig(options: CallOptions = {}) {
    return this.runner.run(ClientConfigResponse, 'GET', 'clientConfig', options);
  }

  async setClientConfig(request: ClientConfigRequest, options: CallOptions = {}) {
    checkClientConfigRequest(request, await this.limits(options));
    return this.runner.run(ClientConfigResponse, 'POST', 'clientConfig', {
      ...options,
      body: request,
    });
  }

  /** Apple's invitation link for a user's `inviteCode` (template from the service config). */
  async invitationUrl(inviteCode: string, options: CallOptions = {}): Promise<string> {
    const config = await this.getServiceConfig(options);
    const template = config.urls.invitationEmail ?? DEFAULT_INVITATION_TEMPLATE;
    return template.replace(/%25inviteCode%25|%inviteCode%/g, encodeURIComponent(inviteCode));
  }

  /**
   * A GET to Apple's store lookup (`urls.contentMetadataLookup`), which wants the token as the
   * `itvt` cookie; `url` carries the whole query. AppleMetadataSource builds on this.
   */
  getWithTokenCookie<T>(schema: z.ZodType<T, unknown>, url: string, options: CallOptions = {}) {
    return this.runner.getWithTokenCookie(schema, url, options);
  }

  // ---- lists ----

  getAssets(filters: AssetFilters & { pageIndex?: number } = {}, options: CallOptions = {}) {
    return this.runner.run(GetAssetsResponse, 'GET', 'getAssets', {
      ...options,
      query: { ...filters },
    });
  }

  async getAllAssets(filters: AssetFilters = {}, options: ListOptions = {}) {
    const all = await this.allPages(
      (pageIndex) => this.getAssets({ ...filters, pageIndex }, options),
      '/assets',
      options,
    );
    return {
      assets: all.pages.flatMap((page) => page.assets),
      unlimitedAssets: all.pages.flatMap((page) => page.unlimitedAssets),
      ...summary(all),
    };
  }

  /** With `sinceVersionId`, only what changed since that version (may be nothing). */
  getAssignments(
    filters: AssignmentFilters & { pageIndex?: number } = {},
    options: CallOptions = {},
  ) {
    return this.runner.run(GetAssignmentsResponse, 'GET', 'getAssignments', {
      ...options,
      query: { ...filters },
    });
  }

  async getAllAssignments(filters: AssignmentFilters = {}, options: ListOptions = {}) {
    const all = await this.allPages(
      (pageIndex) => this.getAssignments({ ...filters, pageIndex }, options),
      '/assignments',
      options,
    );
    return { assignments: all.pages.flatMap((page) => page.assignments), ...summary(all) };
  }

  getUsers(filters: UserFilters & { pageIndex?: number } = {}, options: CallOptions = {}) {
    return this.runner.run(GetUsersResponse, 'GET', 'getUsers', {
      ...options,
      query: { ...filters },
    });
  }

  async getAllUsers(filters: UserFilters = {}, options: ListOptions = {}) {
    const all = await this.allPages(
      (pageIndex) => this.getUsers({ ...filters, pageIndex }, options),
      '/users',
      options,
    );
    return { users: all.pages.flatMap((page) => page.users), ...summary(all) };
  }

  // ---- writes (asynchronous at Apple: each request returns an eventId) ----

  async associateAssets(request: ManageAssetsRequest, options: CallOptions = {}) {
    const batches = planManageAssets(request, await this.limits(options));
    return this.submitAll('associateAssets', batches, options);
  }

  async disassociateAssets(request: ManageAssetsRequest, options: CallOptions = {}) {
    const batches = planManageAssets(request, await this.limits(options));
    return this.submitAll('disassociateAssets', batches, options);
  }

  /** Takes back every revocable asset from these users and devices. */
  async revokeAssets(request: RevokeAssetsRequest, options: CallOptions = {}) {
    const batches = planRevokeAssets(request, await this.limits(options));
    return this.submitAll('revokeAssets', batches, options);
  }

  createUsers(users: RequestUser[], options: CallOptions = {}) {
    return this.submitUsers('createUsers', users, options);
  }

  updateUsers(users: RequestUser[], options: CallOptions = {}) {
    return this.submitUsers('updateUsers', users, options);
  }

  retireUsers(clientUserIds: string[], options: CallOptions = {}) {
    const users = clientUserIds.map((clientUserId) => ({ clientUserId }));
    return this.submitUsers('retireUsers', users, options);
  }

  // ---- events ----

  getEventStatus(eventId: string, options: CallOptions = {}) {
    return this.runner.run(StatusResponse, 'GET', 'eventStatus', {
      ...options,
      query: { eventId },
    });
  }

  /** Polls until the event is no longer PENDING (a FAILED status is returned, not thrown). */
  async waitForEvent(eventId: string, options: EventPollOptions = {}) {
    return (await this.waitForEvents([eventId], options))[0]!;
  }

  /** For a batched write: progress is summed over all its events. */
  waitForEvents(eventIds: string[], options: EventPollOptions = {}) {
    return waitForEvents(
      eventIds,
      {
        getStatus: (eventId, signal) => this.getEventStatus(eventId, { signal }),
        sleep: this.sleep,
        now: this.now,
      },
      { ...DEFAULT_EVENT_POLLING, ...this.options.eventPolling, ...withoutUndefined(options) },
    );
  }

  /**
   * Submits a write and waits for it. Apple: if an event is still PENDING after 10 minutes,
   * submit the request again; we do so `resubmits` times (default 1), and only for the batches
   * whose events are still PENDING: a finished batch is done, and sending it again would only
   * earn errors (a repeated create reports 9716). The result has one event id and status per
   * batch, in order: the first round's finished ones, the re-sent ones' for the rest.
   */
  async submitAndWait(
    submit: () => Promise<SubmittedEvents>,
    options: EventPollOptions & { resubmits?: number } = {},
  ) {
    const { resubmits = 1, ...pollOptions } = options;
    const submitted = await submit();
    const eventIds = [...submitted.eventIds];
    let finished: ReadonlyMap<string, StatusResponse> = new Map();
    for (let round = 0; ; round++) {
      try {
        const statuses = await this.waitForEvents(eventIds, { ...pollOptions, finished });
        return { eventIds, statuses };
      } catch (error) {
        if (!(error instanceof VppEventPendingError) || round >= resubmits) throw error;
        finished = error.finished;
        const stuck = eventIds.flatMap((id, batch) => (finished.has(id) ? [] : [batch]));
        const bodies = stuck.map((batch) => submitted.bodies[batch]!);
        const resent = await this.submitAll(submitted.endpoint, bodies, pollOptions);
        stuck.forEach((batch, k) => (eventIds[batch] = resent.eventIds[k]!));
      }
    }
  }

  // ---- plumbing ----

  private async submitUsers(endpoint: WriteEndpoint, users: RequestUser[], options: CallOptions) {
    const { maxUsers } = await this.limits(options);
    const batches = planUsers(users, maxUsers).map((batch) => ({ users: batch }));
    return this.submitAll(endpoint, batches, options);
  }

  /** Sends the batches one after another; a failure carries the event ids already accepted. */
  private async submitAll(endpoint: WriteEndpoint, bodies: object[], options: CallOptions) {
    const result: SubmittedEvents = { eventIds: [], meta: {}, endpoint, bodies };
    for (const body of bodies) {
      try {
        const response = await this.runner.run(EventResponse, 'POST', endpoint, {
          ...options,
          body,
        });
        result.eventIds.push(response.eventId);
        result.meta = responseMetaOf(response);
      } catch (error) {
        if (error instanceof VppError) error.submittedEventIds = [...result.eventIds];
        throw error;
      }
    }
    return result;
  }

  private allPages<T extends PageFields>(
    fetchPage: (pageIndex: number) => Promise<T>,
    path: string,
    options: ListOptions,
  ): Promise<AllPages<T>> {
    return fetchAllPages({
      fetchPage,
      path,
      maxParallel: this.options.maxParallelPages,
      onProgress: options.onProgress,
    });
  }
}

const DEFAULT_INVITATION_TEMPLATE =
  'https://buy.itunes.apple.com/WebObjects/MZFinance.woa/wa/associateVPPUserWithITSAccount?inviteCode=%25inviteCode%25&mt=8';

const summary = <P extends Paged<object>>(all: AllPages<P>) => ({
  versionId: all.versionId,
  meta: responseMetaOf(all.pages[0]!),
  passes: all.passes,
  /** Records left out over all pages for lacking their id (each page was also reported). */
  skippedRecords: all.pages.reduce((sum, page) => sum + (page.skippedRecords ?? 0), 0),
});

const withoutUndefined = <T extends object>(value: T): Partial<T> =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;

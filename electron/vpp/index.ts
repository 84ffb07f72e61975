export {
  VppClient,
  type VppClientOptions,
  type CallOptions,
  type ListOptions,
  type SubmittedEvents,
} from './client';
export { parseAppleDate, formatAppleDate } from './dates';
export { ENDPOINT_PATHS, endpointUrl, type EndpointName, type WriteEndpoint } from './endpoints';
export {
  VppError,
  VppApiError,
  VppNetworkError,
  VppResponseError,
  VppEventPendingError,
  VppDataChangingError,
  type NetworkErrorCode,
} from './errors';
export {
  waitForEvent,
  waitForEvents,
  failedTaskCount,
  isFinished,
  isPending,
  succeeded,
  DEFAULT_EVENT_POLLING,
  type EventPollOptions,
  type EventProgress,
} from './events';
export {
  VppHttp,
  DEFAULT_TIMEOUT_MS,
  type FetchLike,
  type VppHttpRequest,
  type VppHttpResponse,
} from './http';
export { detectOtherMdm, responseMetaOf } from './mdm-info';
export { logSkippedRecords, type SkippedRecordsReport } from './skipped-records';
export {
  fetchAllPages,
  streamAllPages,
  MAX_PARALLEL_PAGES,
  type PageSink,
  type StreamedPages,
} from './paginate';
export { RateLimiter } from './rate-limiter';
export {
  DEFAULT_RETRY_POLICY,
  parseRetryAfter,
  fullJitterDelay,
  equalJitterDelay,
  type RetryPolicy,
} from './retry';
export {
  ServiceConfigCache,
  DEFAULT_LIMITS,
  SERVICE_CONFIG_MAX_AGE_MS,
  limitsOf,
  type VppLimits,
} from './service-config';
export {
  VppTokenFile,
  VppTokenFileError,
  type VppTokenMetadata,
  type VppTokenFileErrorCode,
} from './token-file';
export { planManageAssets, planRevokeAssets, planUsers, chunk } from './batch';
export * from './types';
export { AppleMetadataSource, type AppleMetadataSourceOptions } from './apple-metadata-source';
export { fillArtworkTemplate } from './artwork-url';
export { lookupUrlFor, type ContentLanguage, type LookupTarget } from './content-lookup';

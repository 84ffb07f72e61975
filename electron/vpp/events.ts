import { VppApiError, VppEventPendingError } from './errors';
import type { StatusResponse } from './types';

/**
 * Apple's advice (reference §4.9): while an event is PENDING wait at least 30 s between polls;
 * if it is still PENDING after 10 minutes, submit the request again. Tests and the sandbox
 * shorten these through the options.
 */
export interface EventPollOptions {
  /** Before the first poll: small jobs are often done within seconds. */
  firstPollDelayMs?: number;
  pollIntervalMs?: number;
  /** Give up waiting (VppEventPendingError) after this long. */
  pendingTimeoutMs?: number;
  /**
   * Right after submitting, Apple may not know the event yet; 9708 "eventId not found" is
   * tolerated for this long before it counts as an error.
   */
  unknownEventGraceMs?: number;
  onProgress?: (progress: EventProgress) => void;
  signal?: AbortSignal;
  /**
   * Final statuses already known for some of the events (a re-sent write's finished batches):
   * not polled again, but counted in progress and returned.
   */
  finished?: ReadonlyMap<string, StatusResponse>;
}

export interface EventProgress {
  eventId: string;
  eventStatus: string;
  eventType: string;
  numCompleted: number;
  numRequested: number;
  /** Failed tasks so far (Apple does not count them in numCompleted). */
  numFailed: number;
}

export const DEFAULT_EVENT_POLLING = {
  firstPollDelayMs: 5_000,
  pollIntervalMs: 30_000,
  pendingTimeoutMs: 10 * 60_000,
  unknownEventGraceMs: 60_000,
} as const;

export interface EventPollDeps {
  getStatus: (eventId: string, signal?: AbortSignal) => Promise<StatusResponse>;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  now: () => number;
}

/**
 * Only PENDING means "still running". Anything else is final, including a status Apple adds
 * later: waiting on it would poll until the deadline and then re-send a finished request.
 */
export const isPending = (status: Pick<StatusResponse, 'eventStatus'>): boolean =>
  status.eventStatus.trim().toUpperCase() === 'PENDING';

export const isFinished = (status: StatusResponse): boolean => !isPending(status);

/** Only COMPLETE is success; FAILED and any status we do not know are not. */
export const succeeded = (status: StatusResponse): boolean =>
  status.eventStatus.trim().toUpperCase() === 'COMPLETE';

/**
 * How many tasks failed. Once finished, Apple's numbers say it (failed tasks are not counted as
 * completed); while pending, estimate from the users/serials × assets each failure names.
 */
export const failedTaskCount = (status: StatusResponse): number => {
  if (isFinished(status)) return Math.max(0, status.numRequested - status.numCompleted);
  return status.failures.reduce((sum, failure) => {
    const info = failure.errorInfo;
    const targets = (info?.clientUserIds?.length ?? 0) + (info?.serialNumbers?.length ?? 0);
    const assets = info?.assets?.length ?? 1;
    return sum + Math.max(1, targets) * Math.max(1, assets);
  }, 0);
};

/** Polls `GET /status` until the event is no longer PENDING, and returns that status. */
export const waitForEvent = async (
  eventId: string,
  deps: EventPollDeps,
  options: EventPollOptions = {},
): Promise<StatusResponse> => (await waitForEvents([eventId], deps, options))[0]!;

/**
 * The same for the events of one batched write: each round polls every unfinished event, and
 * progress is reported summed over all of them (eventId is the first one's).
 */
export const waitForEvents = async (
  eventIds: string[],
  deps: EventPollDeps,
  options: EventPollOptions = {},
): Promise<StatusResponse[]> => {
  const settings = { ...DEFAULT_EVENT_POLLING, ...definedOnly(options) };
  const started = deps.now();
  const latest = new Map<string, StatusResponse>(options.finished);
  const unfinished = () => eventIds.filter((id) => !isFinished(latest.get(id) ?? PENDING));
  if (eventIds.length === 0) return [];
  await deps.sleep(settings.firstPollDelayMs, options.signal);
  for (;;) {
    for (const eventId of unfinished()) {
      const status = await pollOnce(eventId, deps, options.signal, started, settings);
      if (status) latest.set(eventId, status);
    }
    if (latest.size > 0) options.onProgress?.(combinedProgress(eventIds, latest));
    if (unfinished().length === 0) return eventIds.map((id) => latest.get(id)!);
    const waited = deps.now() - started;
    if (waited >= settings.pendingTimeoutMs) {
      const progress = combinedProgress(eventIds, latest);
      throw new VppEventPendingError(
        unfinished()[0]!,
        progress.numCompleted,
        progress.numRequested,
        waited,
        new Map([...latest].filter(([, status]) => isFinished(status))),
      );
    }
    const remaining = settings.pendingTimeoutMs - waited;
    await deps.sleep(Math.min(settings.pollIntervalMs, remaining), options.signal);
  }
};

const PENDING = { eventStatus: 'PENDING' } as StatusResponse;

const combinedProgress = (
  eventIds: string[],
  latest: Map<string, StatusResponse>,
): EventProgress => {
  const parts = eventIds.flatMap((id) => {
    const status = latest.get(id);
    return status ? [progressOf(id, status)] : [];
  });
  const sum = (key: 'numCompleted' | 'numRequested' | 'numFailed') =>
    parts.reduce((total, part) => total + part[key], 0);
  return {
    eventId: eventIds[0]!,
    eventStatus: parts.length < eventIds.length ? 'PENDING' : combinedStatus(parts),
    eventType: parts[0]?.eventType ?? '',
    numCompleted: sum('numCompleted'),
    numRequested: sum('numRequested'),
    numFailed: sum('numFailed'),
  };
};

/** PENDING while any is; COMPLETE only when all are; else FAILED, or an unknown one as-is. */
const combinedStatus = (parts: EventProgress[]): string => {
  const pending = parts.find((part) => isPending(part));
  if (pending) return pending.eventStatus;
  const unsuccessful = parts.filter((part) => part.eventStatus.trim().toUpperCase() !== 'COMPLETE');
  if (unsuccessful.length === 0) return 'COMPLETE';
  return unsuccessful.some((part) => part.eventStatus === 'FAILED')
    ? 'FAILED'
    : unsuccessful[0]!.eventStatus;
};

const pollOnce = async (
  eventId: string,
  deps: EventPollDeps,
  signal: AbortSignal | undefined,
  started: number,
  settings: { unknownEventGraceMs: number },
): Promise<StatusResponse | undefined> => {
  try {
    return await deps.getStatus(eventId, signal);
  } catch (error) {
    const unknownYet =
      error instanceof VppApiError &&
      error.errorNumber === 9708 &&
      deps.now() - started < settings.unknownEventGraceMs;
    if (unknownYet) return undefined;
    throw error;
  }
};

export const progressOf = (eventId: string, status: StatusResponse): EventProgress => ({
  eventId,
  eventStatus: status.eventStatus,
  eventType: status.eventType,
  numCompleted: status.numCompleted,
  numRequested: status.numRequested,
  numFailed: failedTaskCount(status),
});

const definedOnly = <T extends object>(value: T): Partial<T> =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;

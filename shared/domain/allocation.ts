import { z } from 'zod';

/**
 * First-come allocation of one title's licences (issue 10, seed 000: Profile Manager hands
 * scarce licences out "in the order users accepted their VPP invitation"). Pure and
 * deterministic: the shortage preview, the queue view and the task that serves the queue all
 * call the same rule, so what the admin was shown is what happens, and running it again
 * after its grants were applied grants nothing new.
 *
 * The order, first to last:
 * 1. users who accepted (Apple's `Associated`), oldest `acceptedAt` first; an accepted entry
 *    without a time (a device's serial number: devices accept nothing) after those with one;
 * 2. users who have not accepted yet (`Registered`, or not registered at all), behind
 *    everyone who has; they get a licence only when some are left after step 1;
 * ties broken by `requestedAt` (the order the admin asked; absent last), then by `id`.
 * Retired users never get a licence, nor does anyone who already holds the title.
 */

/** Where a user stands with Apple: only this (and the times) decides the order. */
export const RequestState = z.enum(['accepted', 'notAccepted', 'retired']);
export type RequestState = z.infer<typeof RequestState>;

/**
 * One user (clientUserId) or device (serial number) that should hold the title. The same
 * shape is the queue's entry, so a waiting request can be stored and served later.
 */
export const LicenseRequest = z.object({
  id: z.string().min(1),
  state: RequestState,
  /** When the user accepted: the renderer's `VppUserRow.associatedAt` (ms since 1970). */
  acceptedAt: z.number().optional(),
  /** When the admin asked (ms since 1970); breaks ties among equals. */
  requestedAt: z.number().optional(),
});
export type LicenseRequest = z.infer<typeof LicenseRequest>;

export interface AllocationInput {
  /** Free licences of the title now (Apple's `availableCount`); `Infinity` for no limit. */
  available: number;
  /** Ids (clientUserIds or serial numbers) that hold the title already. */
  alreadyHolding: Iterable<string>;
  requests: readonly LicenseRequest[];
}

/** `accepted`: served by acceptance time; `licensesLeft`: not accepted yet, but enough were free. */
export type GrantReason = 'accepted' | 'licensesLeft';
/** `noLicense`: accepted, but the licences ran out first; `notAccepted`: waits behind all who accepted. */
export type WaitReason = 'noLicense' | 'notAccepted';
/** Not in the queue at all: holds the title already, or is retired (never gets one). */
export type SkipReason = 'alreadyHolds' | 'retired';

export interface Grant {
  id: string;
  reason: GrantReason;
}

export interface Waiting {
  id: string;
  /** 1-based place in the queue: who is served next when a licence comes back. */
  position: number;
  reason: WaitReason;
}

export interface Skipped {
  id: string;
  reason: SkipReason;
}

export interface AllocationSummary {
  /** Distinct ids asked for (the "32 pupils"). */
  asked: number;
  /** Of those, how many need a licence (neither holding nor retired). */
  needed: number;
  /** Free licences before this allocation (the "25 licenses free"). */
  available: number;
  granted: number;
  /** The "7 will wait". */
  waiting: number;
  /** Free licences after the grants. */
  leftOver: number;
}

/** Who gets a licence, in serving order; who waits, in queue order; who is left out, by id. */
export interface Allocation {
  granted: Grant[];
  waiting: Waiting[];
  skipped: Skipped[];
  summary: AllocationSummary;
}

/** Maps Apple's user status to the rule's state; an unknown status is not taken as accepted. */
export function requestStateFor(status: string | undefined): RequestState {
  if (status === 'Associated') return 'accepted';
  if (status === 'Retired' || status === 'Deleted') return 'retired';
  return 'notAccepted';
}

/** Negative when `a` is served before `b`; zero only for requests with equal fields. */
export function compareForAllocation(a: LicenseRequest, b: LicenseRequest): number {
  return (
    stateRank(a.state) - stateRank(b.state) ||
    compareOptionalTimes(a.acceptedAt, b.acceptedAt, a.state === 'accepted') ||
    compareOptionalTimes(a.requestedAt, b.requestedAt, true) ||
    compareCodeUnits(a.id, b.id)
  );
}

/**
 * The rule itself. Each id counts once: when it is asked for twice (a pupil in two groups), a
 * `retired` entry wins (never grant to a retired user), otherwise the entry served earliest.
 */
export function allocateLicenses(input: AllocationInput): Allocation {
  const holding = new Set(input.alreadyHolding);
  const available = freeCount(input.available);
  const skipped: Skipped[] = [];
  const eligible: LicenseRequest[] = [];
  for (const request of distinctById(input.requests)) {
    if (request.state === 'retired') skipped.push({ id: request.id, reason: 'retired' });
    else if (holding.has(request.id)) skipped.push({ id: request.id, reason: 'alreadyHolds' });
    else eligible.push(request);
  }
  eligible.sort(compareForAllocation);
  skipped.sort((a, b) => compareCodeUnits(a.id, b.id));

  const grantCount = Math.min(available, eligible.length);
  const granted = eligible.slice(0, grantCount).map((request): Grant => ({
    id: request.id,
    reason: request.state === 'accepted' ? 'accepted' : 'licensesLeft',
  }));
  const waiting = eligible.slice(grantCount).map((request, index): Waiting => ({
    id: request.id,
    position: index + 1,
    reason: request.state === 'accepted' ? 'noLicense' : 'notAccepted',
  }));
  return {
    granted,
    waiting,
    skipped,
    summary: {
      asked: eligible.length + skipped.length,
      needed: eligible.length,
      available,
      granted: granted.length,
      waiting: waiting.length,
      leftOver: available - granted.length,
    },
  };
}

/** What serving the queue decides: whom to serve now, what stays queued, what leaves it. */
export interface QueueService {
  /** Send these associations, in this order. */
  serve: Grant[];
  /** The queue to keep, in order (the entries still waiting, as given). */
  queue: LicenseRequest[];
  /** Entries that leave the queue without a licence: they got one elsewhere, or were retired. */
  drop: Skipped[];
}

/**
 * Serves a title's queue when licences come back (a purchase, a reclaim, a retired user), by
 * the same rule, with states as they are now (a user who accepted since moves up). It takes the
 * free count now, not "N were freed": a count read after the grants were applied has already
 * gone down, so serving again (after a crash, or a second sync) serves nobody twice, whereas
 * replaying a delta would hand the same licences out again. Associations sent but not yet
 * confirmed by Apple belong in `alreadyHolding` and should be taken off `available`.
 */
export function serveQueue(
  queue: readonly LicenseRequest[],
  now: { available: number; alreadyHolding: Iterable<string> },
): QueueService {
  const allocation = allocateLicenses({ ...now, requests: queue });
  const byId = new Map(distinctById(queue).map((request) => [request.id, request]));
  return {
    serve: allocation.granted,
    queue: allocation.waiting.map(({ id }) => byId.get(id) as LicenseRequest),
    drop: allocation.skipped,
  };
}

function stateRank(state: RequestState): number {
  return state === 'accepted' ? 0 : state === 'notAccepted' ? 1 : 2;
}

/** Earlier first; an absent (or NaN) time after every present one: unknown is not early. */
function compareOptionalTimes(
  first: number | undefined,
  second: number | undefined,
  use: boolean,
): number {
  const a = Number.isNaN(first) ? undefined : first;
  const b = Number.isNaN(second) ? undefined : second;
  if (!use || a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Locale-free, so every machine sorts ids the same way. */
function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** NaN and negatives count as none; fractions round down; Infinity stays (no limit). */
function freeCount(available: number): number {
  if (Number.isNaN(available) || available <= 0) return 0;
  return available === Infinity ? Infinity : Math.floor(available);
}

function distinctById(requests: readonly LicenseRequest[]): LicenseRequest[] {
  const chosen = new Map<string, LicenseRequest>();
  for (const request of requests) {
    const kept = chosen.get(request.id);
    if (!kept || winsDuplicate(request, kept)) chosen.set(request.id, request);
  }
  return [...chosen.values()];
}

function winsDuplicate(candidate: LicenseRequest, kept: LicenseRequest): boolean {
  if ((kept.state === 'retired') !== (candidate.state === 'retired')) {
    return candidate.state === 'retired';
  }
  return compareForAllocation(candidate, kept) < 0;
}

import type { RequestUser, StatusResponse } from '../vpp/types';
import type { RegistrationOperation } from './registration-batch-store';

/** "A registered user already exists with the specified clientUserId": a repeat, so linked. */
export const ALREADY_REGISTERED_ERROR = 9716;
/** "Unable to find the registered user": retiring one already retired, so done. */
export const NO_ACTIVE_USER_ERROR = 9609;
const INTERNAL_ERROR = 9603;

/** The failures that mean the user is already as asked (a retry after a crash, Run Again). */
const ALREADY_DONE: Record<RegistrationOperation, number> = {
  register: ALREADY_REGISTERED_ERROR,
  retire: NO_ACTIVE_USER_ERROR,
};

/** What Apple did with a batch's users, over all its events. */
export class RegistrationTally {
  succeeded = 0;
  /** Of the succeeded: users Apple already had as asked (9716 on create, 9609 on retire). */
  alreadyDone = 0;
  failed = 0;
  /** Refused users, clientUserId → Apple's number, in the order found. */
  readonly refused = new Map<string, number>();
  /** Failures Apple gave without naming users: number → how many users. */
  readonly unnamed = new Map<number, number>();

  constructor(private readonly operation: RegistrationOperation) {}

  /** Users refused before or while sending, one number each. */
  refuse(refusals: ReadonlyMap<string, number>): void {
    for (const [clientUserId, errorNumber] of refusals) {
      if (this.refused.has(clientUserId)) continue;
      this.refused.set(clientUserId, errorNumber);
      this.failed++;
    }
  }

  /**
   * One finished event: the users its failures name are refused (or already done), and any
   * shortfall Apple reports without naming anyone counts as failed for its first reason.
   */
  event(users: readonly RequestUser[], status: StatusResponse): void {
    const inEvent = new Set(users.map((user) => user.clientUserId));
    const done = new Set<string>();
    const refused = new Map<string, number>();
    let unnamedReason: number | undefined;
    for (const failure of status.failures) {
      const named = (failure.errorInfo?.clientUserIds ?? []).filter((id) => inEvent.has(id));
      if (named.length === 0) unnamedReason ??= failure.errorNumber;
      for (const clientUserId of named) {
        if (failure.errorNumber === ALREADY_DONE[this.operation]) done.add(clientUserId);
        else if (!done.has(clientUserId)) refused.set(clientUserId, failure.errorNumber);
      }
    }
    for (const clientUserId of done) refused.delete(clientUserId);
    // Apple doesn't count failed tasks as completed; whether it counts a 9716 is unsaid.
    const requested = Math.max(status.numRequested, users.length);
    const short = requested - status.numCompleted - refused.size - done.size;
    const unnamed = Math.min(Math.max(0, short), users.length - refused.size - done.size);
    if (unnamed > 0) {
      const reason = unnamedReason ?? INTERNAL_ERROR;
      this.unnamed.set(reason, (this.unnamed.get(reason) ?? 0) + unnamed);
    }
    this.refuse(refused);
    this.failed += unnamed;
    this.alreadyDone += done.size;
    this.succeeded += users.length - refused.size - unnamed;
  }

  /** Per reason: how many users, and which (those Apple named), most frequent first. */
  byReason(): RefusalReason[] {
    const reasons = new Map<number, RefusalReason>();
    const reasonOf = (errorNumber: number) => {
      let reason = reasons.get(errorNumber);
      if (!reason)
        reasons.set(errorNumber, (reason = { errorNumber, count: 0, clientUserIds: [] }));
      return reason;
    };
    for (const [errorNumber, count] of this.unnamed) reasonOf(errorNumber).count += count;
    for (const [clientUserId, errorNumber] of this.refused) {
      const reason = reasonOf(errorNumber);
      reason.count++;
      reason.clientUserIds.push(clientUserId);
    }
    return [...reasons.values()].sort((a, b) => b.count - a.count || a.errorNumber - b.errorNumber);
  }

  /** The same in a few characters, for a task's result: "9717:2 9641:1". */
  reasons(): string {
    return this.byReason()
      .map((reason) => `${reason.errorNumber}:${reason.count}`)
      .join(' ');
  }
}

export interface RefusalReason {
  errorNumber: number;
  count: number;
  clientUserIds: string[];
}

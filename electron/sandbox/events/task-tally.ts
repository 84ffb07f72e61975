import { APPLE_ERRORS, type AppleErrorNumber } from '../apple/error-catalogue';
import type { AssignmentRef, ErrorInfo, EventFailure } from './sandbox-event';
import type { ResponseUser } from '../apple/response-user';

/**
 * Counts an event's tasks as they are processed and groups failures the way Apple reports
 * them: one `ErrorResponse` per error number and asset set, listing every user and device that
 * failed with it. Failed tasks are not counted as completed. It also lists what the succeeded
 * tasks changed, for the ASSET_MANAGEMENT and USER_MANAGEMENT notifications.
 */
export class TaskTally {
  private completedTasks = 0;
  private failedTasks = 0;
  private readonly groups = new Map<string, EventFailure>();
  private readonly changedAssignments: AssignmentRef[] = [];
  private readonly changedUsers: ResponseUser[] = [];

  get completed(): number {
    return this.completedTasks;
  }

  get failed(): number {
    return this.failedTasks;
  }

  complete(count = 1): void {
    this.completedTasks += count;
  }

  /** Records the failed tasks `info.assets` × (`info.clientUserIds` + `info.serialNumbers`). */
  fail(errorNumber: AppleErrorNumber, info: ErrorInfo): void {
    const targets = (info.clientUserIds?.length ?? 0) + (info.serialNumbers?.length ?? 0);
    this.failedTasks += Math.max(1, info.assets?.length ?? 1) * targets;
    const assetsKey = (info.assets ?? []).map((a) => `${a.adamId}/${a.pricingParam}`).join(',');
    const key = `${errorNumber}|${assetsKey}`;
    let group = this.groups.get(key);
    if (!group) {
      group = {
        errorNumber,
        errorMessage: APPLE_ERRORS[errorNumber].message,
        errorInfo: info.assets ? { assets: [...info.assets] } : {},
      };
      this.groups.set(key, group);
    }
    if (info.clientUserIds?.length)
      (group.errorInfo.clientUserIds ??= []).push(...info.clientUserIds);
    if (info.serialNumbers?.length)
      (group.errorInfo.serialNumbers ??= []).push(...info.serialNumbers);
  }

  /** An assignment a succeeded task made, kept or took back. */
  listAssignment(assignment: AssignmentRef): void {
    this.changedAssignments.push(assignment);
  }

  /** A user as a succeeded task left it. */
  listUser(user: ResponseUser): void {
    this.changedUsers.push(user);
  }

  get assignments(): readonly AssignmentRef[] {
    return this.changedAssignments;
  }

  get users(): readonly ResponseUser[] {
    return this.changedUsers;
  }

  failures(): EventFailure[] {
    return [...this.groups.values()];
  }
}

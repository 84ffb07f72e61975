import { APPLE_ERRORS, type AppleErrorNumber } from '../apple/error-catalogue';
import type { ErrorInfo, EventFailure } from './sandbox-event';

/**
 * Counts an event's tasks as they are processed and groups failures the way Apple reports
 * them: one `ErrorResponse` per error number and asset set, listing every user and device that
 * failed with it. Failed tasks are not counted as completed.
 */
export class TaskTally {
  private completedTasks = 0;
  private failedTasks = 0;
  private readonly groups = new Map<string, EventFailure>();

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

  failures(): EventFailure[] {
    return [...this.groups.values()];
  }
}

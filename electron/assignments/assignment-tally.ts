import type { AssignmentFailure } from '../../shared/domain/assignments';
import type { StatusResponse } from '../vpp/types';
import type { AssignmentBatch, PlannedRequest } from './assignment-batch-store';
import { assetsOf, targetsOf, tasksOf } from './assignment-plan';

/** Apple's "internal error": the reason of failed tasks Apple counted but did not explain. */
const INTERNAL_ERROR = 9603;

const assetKey = (asset: { adamId: string; pricingParam?: string }) =>
  `${asset.adamId}|${asset.pricingParam ?? 'STDQ'}`;

export interface FailureReason {
  errorNumber: number;
  count: number;
}

/**
 * What Apple did with a batch's tasks (asset × user or device), over all its requests. A
 * failure names its users or devices and, usually, its assets; one that names no asset
 * counts for every asset of its request. Tasks Apple counts as not completed without naming
 * anyone count as failed for the event's first reason.
 */
export class AssignmentTally {
  requested = 0;
  succeeded = 0;
  /** Named failed tasks, in the order found; the first reason per task wins. */
  private readonly named = new Map<string, AssignmentFailure>();
  private readonly unnamed = new Map<number, number>();

  get failed(): number {
    return this.named.size + [...this.unnamed.values()].reduce((sum, count) => sum + count, 0);
  }

  /** Apple refused the whole request at once: each of its tasks failed with that number. */
  refuse(batch: AssignmentBatch, request: PlannedRequest, errorNumber: number): void {
    this.requested += tasksOf(request);
    for (const asset of assetsOf(batch, request))
      for (const id of targetsOf(batch, request)) this.fail(request, asset, id, errorNumber);
  }

  /** The finished events of one request. */
  event(batch: AssignmentBatch, request: PlannedRequest, statuses: readonly StatusResponse[]) {
    const tasks = tasksOf(request);
    this.requested += tasks;
    const assets = assetsOf(batch, request);
    const byKey = new Map(assets.map((asset) => [assetKey(asset), asset]));
    const targets = new Set(targetsOf(batch, request));
    const before = this.named.size;
    let unnamedReason: number | undefined;
    let notCompleted = 0;
    for (const status of statuses) {
      notCompleted += Math.max(0, status.numRequested - status.numCompleted);
      for (const failure of status.failures) {
        const info = failure.errorInfo;
        const ids = (info?.[request.targets] ?? []).filter((id) => targets.has(id));
        if (ids.length === 0) unnamedReason ??= failure.errorNumber;
        const named = info?.assets?.length
          ? info.assets.flatMap((asset) => byKey.get(assetKey(asset)) ?? [])
          : assets;
        for (const asset of named)
          for (const id of ids) this.fail(request, asset, id, failure.errorNumber);
      }
    }
    const namedHere = this.named.size - before;
    // A FAILED event may count nothing as requested; then every task not named is unknown.
    const failedEvent = statuses.some((status) => status.eventStatus.toUpperCase() === 'FAILED');
    const shortfall = failedEvent && notCompleted === 0 ? tasks : notCompleted;
    const unexplained = Math.min(Math.max(0, shortfall - namedHere), tasks - namedHere);
    if (unexplained > 0) {
      const reason = unnamedReason ?? INTERNAL_ERROR;
      this.unnamed.set(reason, (this.unnamed.get(reason) ?? 0) + unexplained);
    }
    this.succeeded += tasks - namedHere - unexplained;
  }

  failures(): AssignmentFailure[] {
    return [...this.named.values()];
  }

  unnamedReasons(): FailureReason[] {
    return [...this.unnamed].map(([errorNumber, count]) => ({ errorNumber, count }));
  }

  /** Per Apple number, how many tasks failed, most frequent first. */
  byReason(): FailureReason[] {
    const counts = new Map(this.unnamed);
    for (const failure of this.named.values())
      counts.set(failure.errorNumber, (counts.get(failure.errorNumber) ?? 0) + 1);
    return [...counts]
      .map(([errorNumber, count]) => ({ errorNumber, count }))
      .sort((a, b) => b.count - a.count || a.errorNumber - b.errorNumber);
  }

  /** "9709:18 9609:2", for a task's result. */
  reasons(): string {
    return this.byReason()
      .map((reason) => `${reason.errorNumber}:${reason.count}`)
      .join(' ');
  }

  /** The distinct users and devices with a failed task, in the order found. */
  failedIds(): string[] {
    return [
      ...new Set(
        [...this.named.values()].map((failure) => failure.clientUserId ?? failure.serialNumber!),
      ),
    ];
  }

  private fail(
    request: PlannedRequest,
    asset: { adamId: string; pricingParam?: string },
    id: string,
    errorNumber: number,
  ): void {
    const key = `${assetKey(asset)}|${request.targets}|${id}`;
    if (this.named.has(key)) return;
    this.named.set(key, {
      adamId: asset.adamId,
      pricingParam: asset.pricingParam ?? 'STDQ',
      ...(request.targets === 'clientUserIds' ? { clientUserId: id } : { serialNumber: id }),
      errorNumber,
    });
  }
}

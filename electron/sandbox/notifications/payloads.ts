import type { ResponseUser } from '../apple/response-user';
import type { AssetRecord } from '../state/asset-store';
import type { AssetRef, AssignmentRef, EventFailure, SandboxEvent } from '../events/sandbox-event';
import {
  MAX_NOTIFICATION_ELEMENTS,
  type AssetCountNotification,
  type AssetManagementNotification,
  type NotificationError,
  type UserAssociatedNotification,
  type UserManagementNotification,
} from './notification-types';

const chunks = <T>(items: readonly T[]): T[][] => {
  const parts: T[][] = [];
  for (let start = 0; start < items.length; start += MAX_NOTIFICATION_ELEMENTS)
    parts.push(items.slice(start, start + MAX_NOTIFICATION_ELEMENTS));
  return parts;
};

/** One failed task: an asset (none for revoke and user events) for a user or a device. */
interface FailedTask {
  asset?: AssetRef;
  clientUserId?: string;
  serialNumber?: string;
}

/** A failure group's tasks: its assets × (its users, then its devices). */
const failedTasks = ({ errorInfo }: EventFailure): FailedTask[] => {
  const holders: FailedTask[] = [
    ...(errorInfo.clientUserIds ?? []).map((clientUserId) => ({ clientUserId })),
    ...(errorInfo.serialNumbers ?? []).map((serialNumber) => ({ serialNumber })),
  ];
  const assets = errorInfo.assets ?? [];
  return assets.length === 0
    ? holders
    : assets.flatMap((asset) => holders.map((h) => ({ asset, ...h })));
};

const distinct = (values: (string | undefined)[]): string[] => [
  ...new Set(values.filter((value): value is string => value !== undefined)),
];

const distinctAssets = (tasks: FailedTask[]): AssetRef[] => {
  const byKey = new Map<string, AssetRef>();
  for (const { asset } of tasks)
    if (asset) byKey.set(`${asset.adamId}/${asset.pricingParam}`, asset);
  return [...byKey.values()];
};

/** The notification's one `error`, its errorInfo narrowed to the tasks this notification lists. */
const errorFor = (failure: EventFailure, tasks: FailedTask[]): NotificationError => {
  const assets = distinctAssets(tasks);
  const clientUserIds = distinct(tasks.map((t) => t.clientUserId));
  const serialNumbers = distinct(tasks.map((t) => t.serialNumber));
  const errorInfo = {
    ...(assets.length ? { assets } : {}),
    ...(clientUserIds.length ? { clientUserIds } : {}),
    ...(serialNumbers.length ? { serialNumbers } : {}),
  };
  return {
    errorNumber: failure.errorNumber,
    errorMessage: failure.errorMessage,
    ...(Object.keys(errorInfo).length ? { errorInfo } : {}),
  };
};

/** Each failure group's tasks in parts of ≤ 100; a group without tasks still gets one part. */
const failureParts = (event: SandboxEvent) =>
  event.failures.flatMap((failure) => {
    const parts = chunks(failedTasks(failure));
    return (parts.length ? parts : [[]]).map((tasks) => ({ failure, tasks }));
  });

const assignmentOf = (task: FailedTask): AssignmentRef[] =>
  !task.asset
    ? []
    : [
        task.clientUserId !== undefined
          ? { ...task.asset, clientUserId: task.clientUserId }
          : { ...task.asset, serialNumber: task.serialNumber! },
      ];

/**
 * ASSET_MANAGEMENT for a finished associate/disassociate/revoke: successes and failures in
 * separate notifications, ≤ 100 assignments each, one `error` per failure notification. An
 * event that changed nothing and failed nothing still gets one (empty) SUCCESS notification.
 */
export const assetManagementPayloads = (
  event: SandboxEvent,
  succeeded: readonly AssignmentRef[],
): AssetManagementNotification[] => {
  const base = { type: event.type, eventId: event.eventId };
  const successes = chunks(succeeded).map((assignments) => ({
    ...base,
    result: 'SUCCESS' as const,
    assignments,
  }));
  const failures = failureParts(event).map(({ failure, tasks }) => ({
    ...base,
    result: 'FAILURE' as const,
    assignments: tasks.flatMap(assignmentOf),
    error: errorFor(failure, tasks),
  }));
  if (successes.length + failures.length === 0)
    return [{ ...base, result: 'SUCCESS', assignments: [] }];
  return [...successes, ...failures];
};

/**
 * USER_MANAGEMENT for a finished create/update/retire, split like ASSET_MANAGEMENT. Apple shows
 * no failure payload; failed users are listed by clientUserId alone, with the `error`.
 */
export const userManagementPayloads = (
  event: SandboxEvent,
  succeeded: readonly ResponseUser[],
): UserManagementNotification[] => {
  const base = { type: event.type, eventId: event.eventId };
  const successes = chunks(succeeded).map((users) => ({
    ...base,
    result: 'SUCCESS' as const,
    users,
  }));
  const failures = failureParts(event).map(({ failure, tasks }) => ({
    ...base,
    result: 'FAILURE' as const,
    users: tasks.flatMap((t) =>
      t.clientUserId !== undefined ? [{ clientUserId: t.clientUserId }] : [],
    ),
    error: errorFor(failure, tasks),
  }));
  if (successes.length + failures.length === 0) return [{ ...base, result: 'SUCCESS', users: [] }];
  return [...successes, ...failures];
};

/** USER_ASSOCIATED: a user accepted the invitation. */
export const userAssociatedPayload = (user: ResponseUser): UserAssociatedNotification => ({
  associatedUsers: [user],
});

/** ASSET_COUNT: licences bought (positive) or taken away (negative). */
export const assetCountPayload = (
  asset: AssetRecord,
  countDelta: number,
): AssetCountNotification => ({
  adamId: asset.adamId,
  pricingParam: asset.pricingParam,
  countDelta,
});

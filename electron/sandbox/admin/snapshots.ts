import { formatAppleDate } from '../apple/dates';
import { availableCount, type AssetRecord } from '../state/asset-store';
import type { AssignmentRecord } from '../state/assignment-store';
import type { Location, MdmInfo } from '../state/location';
import type { UserRecord, UserStatus } from '../state/user-store';
import type { EventFailure, SandboxEvent } from '../events/sandbox-event';
import type { ContentCatalogue } from '../metadata/content-catalogue';

/** Plain JSON views of the sandbox's state for tests and demos (the admin side sees all). */
export interface AssetSnapshot {
  adamId: string;
  pricingParam: string;
  productType: string;
  name?: string;
  deviceAssignable: boolean;
  revocable: boolean;
  supportedPlatforms: string[];
  totalCount: number;
  assignedCount: number;
  availableCount: number;
  retiredCount: number;
}

export interface UserSnapshot {
  clientUserId: string;
  email?: string;
  status: UserStatus;
  inviteCode?: string;
  idHash?: string;
  appleAccount?: string;
  managedAppleId?: string;
  createdAt: string;
  associatedAt?: string;
  retiredAt?: string;
}

export interface AssignmentSnapshot {
  adamId: string;
  pricingParam: string;
  clientUserId?: string;
  serialNumber?: string;
  heldByRetiredUser: boolean;
}

export interface EventSnapshot {
  eventId: string;
  type: string;
  status: string;
  numRequested: number;
  numCompleted: number;
  failures: EventFailure[];
  createdAt: string;
  finishedAt?: string;
}

export interface LocationSnapshot {
  key: string;
  uId: string;
  name: string;
  mdmInfo?: MdmInfo;
  notificationUrl?: string;
  subscribedNotificationTypes: string[];
  counts: {
    assets: number;
    assignments: number;
    users: Record<UserStatus, number>;
    pendingEvents: number;
  };
  versionIds: { assets: string; assignments: string; users: string };
}

const optionalDate = (name: string, date: Date | undefined) =>
  date ? { [name]: formatAppleDate(date) } : {};

export const assetSnapshot = (asset: AssetRecord, catalogue: ContentCatalogue): AssetSnapshot => {
  const name = catalogue.get(asset.adamId)?.name;
  return {
    adamId: asset.adamId,
    pricingParam: asset.pricingParam,
    productType: asset.productType,
    ...(name ? { name } : {}),
    deviceAssignable: asset.deviceAssignable,
    revocable: asset.revocable,
    supportedPlatforms: [...asset.supportedPlatforms],
    totalCount: asset.totalCount,
    assignedCount: asset.assignedCount,
    availableCount: availableCount(asset),
    retiredCount: asset.retiredCount,
  };
};

export const userSnapshot = (user: UserRecord): UserSnapshot => ({
  clientUserId: user.clientUserId,
  ...(user.email !== undefined ? { email: user.email } : {}),
  status: user.status,
  ...(user.status === 'Registered' ? { inviteCode: user.inviteCode } : {}),
  ...(user.idHash ? { idHash: user.idHash } : {}),
  ...(user.appleAccount ? { appleAccount: user.appleAccount } : {}),
  ...(user.managedAppleId ? { managedAppleId: user.managedAppleId } : {}),
  createdAt: formatAppleDate(user.createdAt),
  ...optionalDate('associatedAt', user.associatedAt),
  ...optionalDate('retiredAt', user.retiredAt),
});

export const assignmentSnapshot = (record: AssignmentRecord): AssignmentSnapshot => ({
  adamId: record.adamId,
  pricingParam: record.pricingParam,
  ...(record.clientUserId !== undefined
    ? { clientUserId: record.clientUserId }
    : { serialNumber: record.serialNumber }),
  heldByRetiredUser: record.heldByRetiredUser,
});

export const eventSnapshot = (event: SandboxEvent): EventSnapshot => ({
  eventId: event.eventId,
  type: event.type,
  status: event.status,
  numRequested: event.numRequested,
  numCompleted: event.numCompleted,
  failures: event.failures,
  createdAt: formatAppleDate(event.createdAt),
  ...optionalDate('finishedAt', event.finishedAt),
});

export const locationSnapshot = (location: Location): LocationSnapshot => {
  const users: Record<UserStatus, number> = { Registered: 0, Associated: 0, Retired: 0 };
  for (const user of location.users.all()) users[user.status]++;
  let pendingEvents = 0;
  for (const event of location.events.values()) if (event.status === 'PENDING') pendingEvents++;
  return {
    key: location.key,
    uId: location.profile.uId,
    name: location.profile.name,
    ...(location.mdmInfo ? { mdmInfo: { ...location.mdmInfo } } : {}),
    ...(location.notifications.url ? { notificationUrl: location.notifications.url } : {}),
    subscribedNotificationTypes: [...location.notifications.types],
    counts: {
      assets: location.assets.all().length,
      assignments: location.assignments.size,
      users,
      pendingEvents,
    },
    versionIds: {
      assets: location.assets.dataset.versionId,
      assignments: location.assignments.dataset.versionId,
      users: location.users.dataset.versionId,
    },
  };
};

import type { AppleErrorNumber } from '../apple/error-catalogue';
import type { ResponseUser } from '../apple/response-user';
import type { AssignmentRef, ErrorInfo, EventType } from '../events/sandbox-event';

/** The notification types the sandbox sends (Apple's subscription types are out of scope). */
export type NotificationType =
  'TEST_NOTIFICATION' | 'ASSET_MANAGEMENT' | 'USER_MANAGEMENT' | 'USER_ASSOCIATED' | 'ASSET_COUNT';

/** Apple: at most 100 elements (assignments, users) per notification; bigger jobs are split. */
export const MAX_NOTIFICATION_ELEMENTS = 100;

/** Apple's `ErrorResponse` inside a notification: at most one per notification. */
export interface NotificationError {
  errorNumber: AppleErrorNumber;
  errorMessage: string;
  errorInfo?: ErrorInfo;
}

export interface AssetManagementNotification {
  type: EventType;
  result: 'SUCCESS' | 'FAILURE';
  eventId: string;
  assignments: AssignmentRef[];
  error?: NotificationError;
}

export interface UserManagementNotification {
  type: EventType;
  result: 'SUCCESS' | 'FAILURE';
  eventId: string;
  /** Failed users are listed by clientUserId alone (Apple shows no failure payload). */
  users: (ResponseUser | Pick<ResponseUser, 'clientUserId'>)[];
  error?: NotificationError;
}

export interface UserAssociatedNotification {
  associatedUsers: ResponseUser[];
}

export interface AssetCountNotification {
  adamId: string;
  pricingParam: string;
  countDelta: number;
}

export type NotificationBody =
  | Record<string, never>
  | AssetManagementNotification
  | UserManagementNotification
  | UserAssociatedNotification
  | AssetCountNotification;

/** What is POSTed to the MDM's notificationUrl. */
export interface NotificationEnvelope {
  notification: NotificationBody;
  notificationId: string;
  notificationType: NotificationType;
  uId: string;
}

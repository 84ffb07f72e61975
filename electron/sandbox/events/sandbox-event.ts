import type { AppleErrorNumber } from '../apple/error-catalogue';
import type { PricingParam } from '../state/asset-store';
import type { AssignmentTarget } from '../state/assignment-store';
import type { LocationKey } from '../state/location';

export type EventType = 'ASSOCIATE' | 'DISASSOCIATE' | 'REVOKE' | 'CREATE' | 'UPDATE' | 'RETIRE';
export type EventStatus = 'PENDING' | 'COMPLETE' | 'FAILED';

export interface AssetRef {
  adamId: string;
  pricingParam: PricingParam;
}

/** Apple's `Assignment` without user state: one licence of an asset held by a user or device. */
export type AssignmentRef = AssetRef & AssignmentTarget;

/** Apple's `ResponseErrorInfo`: the failed tasks are assets × (clientUserIds + serialNumbers). */
export interface ErrorInfo {
  assets?: AssetRef[];
  clientUserIds?: string[];
  serialNumbers?: string[];
}

export interface EventFailure {
  errorNumber: AppleErrorNumber;
  errorMessage: string;
  errorInfo: ErrorInfo;
}

/** One asynchronous request (`eventId`), as `GET /status` reports it. */
export interface SandboxEvent {
  readonly eventId: string;
  readonly type: EventType;
  readonly location: LocationKey;
  readonly numRequested: number;
  status: EventStatus;
  numCompleted: number;
  failures: EventFailure[];
  readonly createdAt: Date;
  finishedAt?: Date;
}

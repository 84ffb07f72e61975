import type { LocationKey } from '../state/location';
import type { NotificationEnvelope, NotificationType } from './notification-types';

export interface DeliveryAttempt {
  /** ISO time the attempt ended. */
  at: string;
  /** The receiver's HTTP status, when it answered. */
  status?: number;
  /** Why there was no answer. */
  error?: string;
}

/** One notification on its way to one URL; the auth token is never recorded. */
export interface NotificationDelivery {
  notificationId: string;
  notificationType: NotificationType;
  location: LocationKey;
  url: string;
  /** 1, or 2 for the second copy sent by the duplicate-delivery option. */
  copy: number;
  outcome: 'pending' | 'delivered' | 'failed';
  attempts: DeliveryAttempt[];
  envelope: NotificationEnvelope;
}

/** The most recent deliveries, oldest first, for the admin side. Old ones fall off. */
export class DeliveryLog {
  private readonly records: NotificationDelivery[] = [];

  constructor(private readonly capacity = 1000) {}

  add(record: NotificationDelivery): NotificationDelivery {
    this.records.push(record);
    if (this.records.length > this.capacity)
      this.records.splice(0, this.records.length - this.capacity);
    return record;
  }

  /** Copies, so callers can't change the log. */
  list(location?: LocationKey): NotificationDelivery[] {
    return this.records
      .filter((record) => location === undefined || record.location === location)
      .map((record) => structuredClone(record));
  }
}

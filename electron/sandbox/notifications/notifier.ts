import { randomUUID } from 'node:crypto';
import type { Agent } from 'node:https';
import { deliverWithRetries, type RetryPolicy } from './deliver-with-retries';
import { DeliveryLog, type NotificationDelivery } from './delivery-log';
import { postNotification, type NotificationTarget } from './post-notification';
import type { Location, LocationKey } from '../state/location';
import type {
  NotificationBody,
  NotificationEnvelope,
  NotificationType,
} from './notification-types';

export interface NotifierSettings {
  /** Trusts the system CAs plus the sandbox's `notificationCa` (see tls-trust.ts). */
  agent: Agent;
  timeoutMs: number;
  retryDelayMs: number;
  /** Send every notification twice (same notificationId), so clients can test de-duplication. */
  duplicate: boolean;
  /** Aborted when the sandbox closes. */
  closed: AbortSignal;
  now: () => Date;
}

const MAX_ATTEMPTS = 3;

/**
 * Apple's webhooks: sends a location's subscribed notifications to its notificationUrl, one at
 * a time per location (so they arrive in the order they happened), each with up to three
 * attempts, and records every attempt for the admin side.
 */
export class Notifier {
  readonly log = new DeliveryLog();
  duplicate: boolean;
  private readonly queues = new Map<LocationKey, Promise<void>>();
  private readonly running = new Set<Promise<void>>();

  constructor(private readonly settings: NotifierSettings) {
    this.duplicate = settings.duplicate;
  }

  /**
   * The TEST_NOTIFICATION that POST /client/config sends before saving a notificationUrl: one
   * attempt, whatever the subscriptions. False (Apple's 9728) unless the receiver answers 2xx.
   */
  sendTest(location: Location, target: NotificationTarget): Promise<boolean> {
    const envelope = this.envelope(location, 'TEST_NOTIFICATION', {});
    const record = this.log.add(pendingDelivery(location.key, target.url, envelope, 1));
    return this.deliver(target, envelope, record, { maxAttempts: 1, delayMs: 0 });
  }

  /**
   * Queues `type` notifications when the location has a notificationUrl and subscribes to the
   * type; `build` (the payloads, at most 100 elements each) only runs then.
   */
  publish(location: Location, type: NotificationType, build: () => NotificationBody[]): void {
    const { url, authToken, types } = location.notifications;
    if (!url || authToken === undefined || !types.includes(type)) return;
    const target = { url, authToken };
    const policy = { maxAttempts: MAX_ATTEMPTS, delayMs: this.settings.retryDelayMs };
    for (const body of build()) {
      const envelope = this.envelope(location, type, body);
      for (let copy = 1; copy <= (this.duplicate ? 2 : 1); copy++) {
        const record = this.log.add(pendingDelivery(location.key, url, envelope, copy));
        this.enqueue(location.key, () => this.deliver(target, envelope, record, policy));
      }
    }
  }

  /** Resolves once every queued notification is delivered or given up. */
  async settled(): Promise<void> {
    while (this.running.size > 0) await Promise.all([...this.running]);
  }

  close(): void {
    this.settings.agent.destroy();
  }

  private envelope(
    location: Location,
    notificationType: NotificationType,
    notification: NotificationBody,
  ): NotificationEnvelope {
    return {
      notification,
      notificationId: randomUUID(),
      notificationType,
      uId: location.profile.uId,
    };
  }

  private deliver(
    target: NotificationTarget,
    envelope: NotificationEnvelope,
    record: NotificationDelivery,
    policy: RetryPolicy,
  ): Promise<boolean> {
    const { agent, timeoutMs, closed, now } = this.settings;
    const body = JSON.stringify(envelope);
    return deliverWithRetries(
      () => postNotification(target, body, { agent, timeoutMs, signal: closed }),
      record,
      policy,
      closed,
      now,
    );
  }

  private enqueue(key: LocationKey, task: () => Promise<unknown>): void {
    const next = (this.queues.get(key) ?? Promise.resolve()).then(task).then(
      () => undefined,
      (error: unknown) => console.error('VPP sandbox: a notification failed:', error),
    );
    this.queues.set(key, next);
    this.running.add(next);
    void next.then(() => {
      this.running.delete(next);
      if (this.queues.get(key) === next) this.queues.delete(key);
    });
  }
}

const pendingDelivery = (
  location: LocationKey,
  url: string,
  envelope: NotificationEnvelope,
  copy: number,
): NotificationDelivery => ({
  notificationId: envelope.notificationId,
  notificationType: envelope.notificationType,
  location,
  url,
  copy,
  outcome: 'pending',
  attempts: [],
  envelope,
});

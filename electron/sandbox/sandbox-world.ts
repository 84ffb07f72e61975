import type { AuthErrorStyle } from './apple/authenticate';
import type { ServiceLimits } from './apple/service-limits';
import type { TokenRegistry } from './apple/token-registry';
import type { EventEngine } from './events/event-engine';
import type { FaultInjector } from './http/fault-injector';
import type { RateLimiter } from './http/rate-limiter';
import type { SandboxLog } from './http/sandbox-log';
import type { ContentCatalogue } from './metadata/content-catalogue';
import type { Notifier } from './notifications/notifier';
import type { Location, LocationKey } from './state/location';

export type SeedName = 'demo' | 'large' | 'empty';

/** Everything one running sandbox knows; handlers, admin and pages all read from it. */
export interface SandboxWorld {
  readonly seed: SeedName;
  readonly locations: ReadonlyMap<LocationKey, Location>;
  readonly tokens: TokenRegistry;
  readonly events: EventEngine;
  /** Apple's webhooks to each location's notificationUrl. */
  readonly notifier: Notifier;
  readonly faults: FaultInjector;
  readonly rateLimiter: RateLimiter;
  readonly catalogue: ContentCatalogue;
  readonly limits: ServiceLimits;
  readonly pageSize: number;
  readonly authErrorStyle: AuthErrorStyle;
  readonly now: () => Date;
  /** One line per refused request or failure. */
  readonly log: SandboxLog;
  /** Aborted when the sandbox closes: slowed-down requests stop waiting. */
  readonly closed: AbortSignal;
  /** `http://127.0.0.1:PORT`, known once the server listens. */
  origin: string;
}

export const locationOf = (world: SandboxWorld, key: LocationKey): Location => {
  const location = world.locations.get(key);
  if (!location) throw new Error(`No location "${key}".`);
  return location;
};

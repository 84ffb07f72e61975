import { acceptInvitation as accept, InvitationError } from '../invitation/accept-invitation';
import { FaultSpecError } from '../http/fault-spec';
import { ApiStats, type ApiStatsSnapshot } from '../http/api-stats';
import { assetCountPayload } from '../notifications/payloads';
import { purchaseLicences } from '../state/licence-operations';
import { churnAssignments, type ChurnOutcome } from '../state/assignment-churn';
import { Prng } from '../seeds/prng';
import { LOCATION_KEYS, type LocationKey, type MdmInfo } from '../state/location';
import { PRICING_PARAMS, type PricingParam } from '../state/asset-store';
import { TOKEN_NAMES, type TokenName } from '../apple/token-registry';
import { locationOf, type SandboxWorld } from '../sandbox-world';
import {
  assetSnapshot,
  assignmentSnapshot,
  eventSnapshot,
  locationSnapshot,
  userSnapshot,
  type AssetSnapshot,
  type AssignmentSnapshot,
  type EventSnapshot,
  type LocationSnapshot,
  type UserSnapshot,
} from './snapshots';
import type { UserStatus } from '../state/user-store';
import type { NotificationDelivery } from '../notifications/delivery-log';

/** A refused admin action, with the HTTP status the admin routes answer. */
export class AdminError extends Error {
  constructor(
    readonly httpStatus: number,
    message: string,
  ) {
    super(message);
    this.name = 'AdminError';
  }
}

export interface UserFilter {
  clientUserId?: string;
  status?: UserStatus;
}

export interface AssignmentFilter {
  adamId?: string;
  clientUserId?: string;
  serialNumber?: string;
}

const MAX_PURCHASE = 1_000_000;

/** What `churn` did, and the assignments data set's new versionId (the delta starts before it). */
export interface ChurnResult extends ChurnOutcome {
  /** Assignments changed: disassociated from their holder. */
  changed: number;
  /** Assignments in the location afterwards. */
  assignments: number;
  versionId: string;
}

/**
 * The sandbox's back office for tests and demos: what happens at Apple outside the API
 * (a purchase, a user accepting an invitation, a token revoked in Apple School Manager, an
 * outage) and read access to the whole state. Every method defaults to the demo location.
 */
export class SandboxAdmin {
  /** One sequence per sandbox: the same churns pick the same assignments on every run. */
  private readonly churnRandom: Prng;

  constructor(
    private readonly world: SandboxWorld,
    private readonly apiStats: ApiStats = new ApiStats(world.now),
  ) {
    this.churnRandom = new Prng(`churn:${world.seed}`);
  }

  location(key: LocationKey = 'demo'): LocationSnapshot {
    return locationSnapshot(this.locationOf(key));
  }

  assets(key: LocationKey = 'demo'): AssetSnapshot[] {
    return this.locationOf(key)
      .assets.all()
      .map((asset) => assetSnapshot(asset, this.world.catalogue));
  }

  users(key: LocationKey = 'demo', filter: UserFilter = {}): UserSnapshot[] {
    const users = this.locationOf(key).users;
    const rows =
      filter.clientUserId !== undefined ? users.history(filter.clientUserId) : users.all();
    return rows
      .filter((user) => filter.status === undefined || user.status === filter.status)
      .map(userSnapshot);
  }

  assignments(key: LocationKey = 'demo', filter: AssignmentFilter = {}): AssignmentSnapshot[] {
    return this.locationOf(key)
      .assignments.all()
      .filter(
        (record) =>
          (filter.adamId === undefined || record.adamId === filter.adamId) &&
          (filter.clientUserId === undefined || record.clientUserId === filter.clientUserId) &&
          (filter.serialNumber === undefined || record.serialNumber === filter.serialNumber),
      )
      .map(assignmentSnapshot);
  }

  events(key: LocationKey = 'demo'): EventSnapshot[] {
    return [...this.locationOf(key).events.values()].map(eventSnapshot);
  }

  /**
   * A purchase: `count` more licences of an asset, all available, announced as ASSET_COUNT. A
   * product the location doesn't own yet is added if the sandbox's store (the metadata
   * catalogue) sells it.
   */
  addLicenses(
    adamId: string,
    count: number,
    pricingParam: PricingParam = 'STDQ',
    key: LocationKey = 'demo',
  ): AssetSnapshot {
    if (!Number.isInteger(count) || count < 1 || count > MAX_PURCHASE)
      throw new AdminError(
        400,
        `count must be a whole number from 1 to ${MAX_PURCHASE}, not ${count}.`,
      );
    if (!PRICING_PARAMS.includes(pricingParam))
      throw new AdminError(400, `pricingParam must be STDQ or PLUS, not "${pricingParam}".`);
    const location = this.locationOf(key);
    let asset = location.assets.get(adamId, pricingParam);
    const product = this.world.catalogue.get(adamId);
    if (!asset && !product)
      throw new AdminError(404, `The sandbox's store has no product with adamId "${adamId}".`);
    location.mutate(() => {
      if (!asset && product) {
        const book = product.kind === 'book';
        asset = location.assets.add({
          adamId,
          pricingParam,
          productType: book ? 'Book' : 'App',
          deviceAssignable: !book && !product.userOnly,
          revocable: !book,
          supportedPlatforms: product.platforms,
        });
      }
      purchaseLicences(location, asset!, count);
    });
    this.world.notifier.publish(location, 'ASSET_COUNT', () => [assetCountPayload(asset!, count)]);
    return assetSnapshot(asset!, this.world.catalogue);
  }

  /** As if the user opened the invitation link and accepted with `appleId`. */
  acceptInvitation(inviteCode: string, appleId: string): UserSnapshot {
    try {
      return userSnapshot(accept(this.world, inviteCode, appleId).user);
    } catch (error) {
      if (error instanceof InvitationError) throw new AdminError(error.httpStatus, error.message);
      throw error;
    }
  }

  /** Replaces the fault rules (see http/fault-spec.ts); '' removes them. */
  setFaults(spec: string): void {
    try {
      this.world.faults.set(spec);
    } catch (error) {
      if (error instanceof FaultSpecError) throw new AdminError(400, error.message);
      throw error;
    }
  }

  faults(): string {
    return this.world.faults.current;
  }

  /** As if another MDM had called POST /client/config (or, with null, nobody had). */
  setMdmInfo(mdmInfo: MdmInfo | null, key: LocationKey = 'demo'): void {
    const location = this.locationOf(key);
    if (mdmInfo === null) {
      location.mdmInfo = undefined;
      return;
    }
    const { id, name, metadata } = (mdmInfo ?? {}) as Partial<MdmInfo>;
    if (typeof id !== 'string' || typeof name !== 'string' || typeof metadata !== 'string')
      throw new AdminError(400, 'mdmInfo needs id, name and metadata (strings), or null.');
    location.mdmInfo = { id, name, metadata };
  }

  /** As if the school downloaded a newer token in Apple School Manager: this one gets 9625. */
  revokeToken(name: TokenName): void {
    if (!TOKEN_NAMES.includes(name))
      throw new AdminError(400, `Token name must be one of ${TOKEN_NAMES.join(', ')}.`);
    this.world.tokens.revoke(name);
  }

  /** The notification deliveries of a location (last 1000 of the sandbox), oldest first. */
  notifications(key: LocationKey = 'demo'): NotificationDelivery[] {
    return this.world.notifier.log.list(this.locationOf(key).key);
  }

  /** Resolves once every queued notification is delivered or given up. */
  notificationsSettled(): Promise<void> {
    return this.world.notifier.settled();
  }

  /** Duplicate-delivery chaos: every later notification is sent twice (same notificationId). */
  setDuplicateNotifications(enabled: boolean): void {
    if (typeof enabled !== 'boolean') throw new AdminError(400, '"enabled" must be true or false.');
    this.world.notifier.duplicate = enabled;
  }

  duplicateNotifications(): boolean {
    return this.world.notifier.duplicate;
  }

  /**
   * Ordinary use on `fraction` (0 to 1) of the location's assignments, as if teachers had
   * worked in Apple School Manager: each picked licence leaves its holder and goes to another
   * user (see state/assignment-churn.ts). One new versionId; a delta lists about
   * `fraction × assignments` records.
   */
  churn(fraction: number, key: LocationKey = 'demo'): ChurnResult {
    if (typeof fraction !== 'number' || !(fraction >= 0 && fraction <= 1))
      throw new AdminError(400, `fraction must be a number from 0 to 1, not ${String(fraction)}.`);
    const location = this.locationOf(key);
    const outcome = location.mutate(() => churnAssignments(location, fraction, this.churnRandom));
    return {
      changed: outcome.disassociated,
      ...outcome,
      assignments: location.assignments.size,
      versionId: location.assignments.dataset.versionId,
    };
  }

  /** Requests answered on Apple's API (and 429s among them) since the start or `resetStats`. */
  stats(): ApiStatsSnapshot {
    return this.apiStats.snapshot();
  }

  resetStats(): void {
    this.apiStats.reset();
  }

  /** Processes every pending event now instead of after the event delay. */
  flushEvents(): void {
    this.world.events.flush();
  }

  private locationOf(key: LocationKey) {
    if (!LOCATION_KEYS.includes(key))
      throw new AdminError(400, `Location must be one of ${LOCATION_KEYS.join(', ')}.`);
    return locationOf(this.world, key);
  }
}

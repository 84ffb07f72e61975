import { DAY_MS } from '../apple/dates';
import { assignLicence } from '../state/licence-operations';
import { linkAppleAccount, registerUser, retireUser } from '../state/user-operations';
import type { AssetRecord, PricingParam } from '../state/asset-store';
import type { AssignmentTarget } from '../state/assignment-store';
import type { Location } from '../state/location';
import type { UserRecord } from '../state/user-store';
import type { CatalogueEntry, ContentCatalogue } from '../metadata/content-catalogue';
import type { Prng } from './prng';

/**
 * Builds a location's starting state through the same operations the API uses, so seeded
 * counts obey the same rules (total = assigned + available + retired).
 */
export class LocationSeeder {
  constructor(
    readonly location: Location,
    private readonly catalogue: ContentCatalogue,
    private readonly random: Prng,
    private readonly now: Date,
  ) {}

  /** An owned asset with `totalCount` licences. Books are never device-assignable nor revocable. */
  asset(
    product: CatalogueEntry,
    totalCount: number,
    pricingParam: PricingParam = 'STDQ',
  ): AssetRecord {
    this.catalogue.add(product);
    const book = product.kind === 'book';
    const asset = this.location.assets.add({
      adamId: product.adamId,
      pricingParam,
      productType: book ? 'Book' : 'App',
      deviceAssignable: !book && !product.userOnly,
      revocable: !book,
      supportedPlatforms: product.platforms,
    });
    this.location.assets.adjust(asset, { total: totalCount });
    return asset;
  }

  /** A user as Registered; with `appleAccount`, Associated (accepted the invitation). */
  user(clientUserId: string, options: { email?: string; appleAccount?: string } = {}): UserRecord {
    const createdAt = this.pastDate(400, 30);
    const user = registerUser(
      this.location,
      { clientUserId, ...(options.email ? { email: options.email } : {}) },
      createdAt,
      this.random.hex(32),
    );
    if (options.appleAccount) {
      const at = new Date(createdAt.getTime() + this.random.int(1, 20) * DAY_MS);
      linkAppleAccount(this.location, user, options.appleAccount, { managed: false, at });
    }
    return user;
  }

  retire(user: UserRecord): void {
    retireUser(this.location, user, this.pastDate(25, 1));
  }

  /** Assigns a licence; with `buyIfShort`, buys one more first when none is free. */
  assign(asset: AssetRecord, target: AssignmentTarget, buyIfShort = false): void {
    let outcome = assignLicence(this.location, asset, target);
    if (outcome === 'noLicence' && buyIfShort) {
      this.location.assets.adjust(asset, { total: 1 });
      outcome = assignLicence(this.location, asset, target);
    }
    if (outcome === 'noLicence')
      throw new Error(
        `Seed bug: no licence of ${asset.adamId} left for ${JSON.stringify(target)}.`,
      );
  }

  uuid(): string {
    return this.random.uuid();
  }

  /** An iPad-like serial number: 12 upper-case letters and digits. */
  serialNumber(): string {
    const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789';
    let serial = '';
    for (let i = 0; i < 12; i++) serial += alphabet[this.random.int(0, alphabet.length - 1)];
    return serial;
  }

  private pastDate(maxDaysAgo: number, minDaysAgo: number): Date {
    return new Date(this.now.getTime() - this.random.int(minDaysAgo, maxDaysAgo) * DAY_MS);
  }
}

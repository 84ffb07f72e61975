import { AssetStore } from './asset-store';
import { AssignmentStore } from './assignment-store';
import { UserStore } from './user-store';
import { VersionedDataset } from './versioned-dataset';
import type { SandboxEvent } from '../events/sandbox-event';

/** The sandbox's three libraries; the five tokens point at these (see token-registry). */
export type LocationKey = 'demo' | 'expiringSoon' | 'otherMdm';
export const LOCATION_KEYS: readonly LocationKey[] = ['demo', 'expiringSoon', 'otherMdm'];

export interface MdmInfo {
  id: string;
  name: string;
  metadata: string;
}

export interface LocationProfile {
  key: LocationKey;
  /** Apple's "unique library identifier", a numeric string. */
  uId: string;
  name: string;
  countryISO2ACode: string;
  defaultPlatform: 'volumestore' | 'enterprisestore';
  websiteURL: string;
}

export interface NotificationSettings {
  url?: string;
  authToken?: string;
  types: string[];
}

/** One library (Apple's "location"): its licences, users, assignments and events. */
export class Location {
  readonly assets = new AssetStore(new VersionedDataset());
  readonly users = new UserStore(new VersionedDataset());
  readonly assignments = new AssignmentStore(new VersionedDataset());
  readonly events = new Map<string, SandboxEvent>();
  mdmInfo: MdmInfo | undefined;
  notifications: NotificationSettings = { types: [] };

  constructor(readonly profile: LocationProfile) {}

  get key(): LocationKey {
    return this.profile.key;
  }

  /** Runs a batch of changes; each data set that changed gets one new versionId at the end. */
  mutate<T>(change: () => T): T {
    try {
      return change();
    } finally {
      this.assets.dataset.commit();
      this.users.dataset.commit();
      this.assignments.dataset.commit();
    }
  }
}

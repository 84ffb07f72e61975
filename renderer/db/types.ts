import type { SyncVersions } from '../../shared/domain/sync';
import type { TaskSnapshot } from '../../shared/domain/tasks';
import type { TokenSnapshot } from '../../shared/domain/tokens';
import type { InvitationSnapshot } from '../../shared/domain/invitations';

/**
 * Rows of the console's database (design.md: the renderer owns the data). Every named entity
 * carries `sortKey` (a normalized name for sorted lists) and `searchWords` (normalized word
 * prefixes for the search field); the database fills both on every write, see `search-text.ts`.
 */
export interface Indexed {
  sortKey: string;
  searchWords: string[];
}

/** A person in the school: a student or staff member, from an import or a directory. */
export interface UserRow extends Indexed {
  id: string;
  fullName: string;
  /** The account name (Profile Manager's short name): unique, compared without case. */
  shortName: string;
  email?: string;
  /** A school-owned Managed Apple Account: registered with it, enrolled without an invitation. */
  managedAppleId?: string;
  notes?: string;
  /** The language of the user's invitation mail; the console's language when absent. */
  language?: 'en' | 'nl';
  groupIds: string[];
  createdAt: number;
  updatedAt: number;
}

export interface GroupRow extends Indexed {
  id: string;
  name: string;
  /** Tokens under which Enable VPP Managed Distribution Services is saved for the group. */
  vppTokenIds?: string[];
  createdAt: number;
  updatedAt: number;
}

export interface DeviceRow extends Indexed {
  id: string;
  name: string;
  serialNumber?: string;
  model?: string;
  platform?: DevicePlatform;
  osVersion?: string;
  /** The person the device is assigned to, if any. */
  userId?: string;
  deviceGroupIds: string[];
  /** A device added by hand that has not enrolled yet (Profile Manager's placeholder). */
  placeholder: boolean;
  createdAt: number;
  updatedAt: number;
}

export type DevicePlatform = 'iOS' | 'iPadOS' | 'macOS';

export interface DeviceGroupRow extends Indexed {
  id: string;
  name: string;
  createdAt: number;
  updatedAt: number;
}

/**
 * A content token as main reports it (`tokens:list`, `tokens:changed`): metadata, health and
 * sync state. The token itself stays in main's vault and never comes here.
 */
export type TokenRow = TokenSnapshot;

/** What this database holds of a token's data: the deltas start from these versionIds. */
export interface SyncStateRow {
  tokenId: string;
  versions: SyncVersions;
  /** When the last sync's data was written here. */
  syncedAt?: number;
  /** Titles whose local assignment count differs from Apple's `assignedCount` (drift check). */
  driftedAssets: number;
  /** Per title (`adamId|pricingParam`), how many holders the license sets hold. */
  titleCounts?: Record<string, number>;
  /** Per title that differs from Apple's count: the count this database holds. */
  drift?: Record<string, number>;
  /** When the drift check last ran. */
  checkedAt?: number;
}

export type ProductType = 'App' | 'Book';
export type PricingParam = 'STDQ' | 'PLUS';

/** A title the school owns licences for, per token (Apple identifies it by adamId+pricingParam). */
export interface AssetRow extends Indexed {
  tokenId: string;
  adamId: string;
  pricingParam: PricingParam;
  productType: ProductType;
  assignedCount: number;
  availableCount: number;
  retiredCount: number;
  totalCount: number;
  deviceAssignable: boolean;
  revocable: boolean;
  /** Apple's platform names, e.g. `iOS`, `macOS`, `volumestore`. */
  supportedPlatforms: string[];
  /** From Apple's content metadata; absent until looked up. */
  name?: string;
  iconUrl?: string;
  bundleId?: string;
  developer?: string;
  /**
   * The drift check: how many assignments of this title the database holds, when that differs
   * from Apple's count after a sync. Absent when they agree. Not stored on the row (rewriting
   * a title's row rewrites its search index): the repositories add it from `SyncStateRow.drift`.
   */
  localAssignedCount?: number;
}

/**
 * Who holds licenses of one title under one token: a share of its holders, `'u:' + clientUserId`
 * for users and `'d:' + serialNumber` for devices. A title's holders are spread over
 * `LICENSE_SET_BUCKETS` rows by a hash of the holder (see license-sets.ts): a sync writes a few
 * thousand rows instead of one per assignment (200,000 at a large school district), and a
 * delta rewrites only the shares it touches.
 */
export interface LicenseSetRow {
  /** `${tokenId}|${adamId}|${pricingParam}|${bucket}` */
  key: string;
  tokenId: string;
  adamId: string;
  pricingParam: PricingParam;
  holders: string[];
}

export type VppUserStatus = 'Registered' | 'Associated' | 'Retired' | 'Deleted';

/** A user as Apple's service knows them, per token. */
export interface VppUserRow {
  tokenId: string;
  clientUserId: string;
  /** The console's user this entry belongs to. */
  userId?: string;
  email?: string;
  /** As Apple said; undefined when it did not say (never guessed). */
  status?: VppUserStatus;
  inviteCode?: string;
  idHash?: string;
  /**
   * When this console first saw the user Associated (Apple's user record carries no time):
   * the time a sync found them enrolled, kept across later syncs. Licence allocation goes in
   * this order (first come, first served by acceptance time).
   */
  associatedAt?: number;
}

/**
 * VPP managed distribution of one console user under one token: the `clientUserId` the console
 * chose for them there (a random GUID, never the email, as Apple asks), kept before Apple is
 * asked, so a retry repeats it. Register again retires it and picks a new one; the old ids stay
 * in `previousClientUserIds` (their retired entries in `vppUsers` still belong to this user).
 */
export interface VppLinkRow {
  userId: string;
  tokenId: string;
  clientUserId: string;
  /** Enable VPP Managed Distribution Services was saved on (for the user, or via a group). */
  enabledAt: number;
  /** Removed from the program by the admin (the user is retired at Apple). */
  removedAt?: number;
  previousClientUserIds: string[];
  /**
   * Register Again asked for a new invitation: it goes out (pending-invitations.ts) as soon as
   * Apple's sync brings the new id's invitation code. When it was asked.
   */
  pendingInviteSince?: number;
}

/** An invitation as main keeps it (`invitations:list`, `invitations:changed`). */
export type InvitationRow = InvitationSnapshot;

/** A task as main reported it, plus what only the renderer knows about it. */
export interface TaskRow extends TaskSnapshot {
  /** What the task acts on, as data an admin recognises (a user's full name, a URL). */
  target?: string;
  /** Or, when the target is best said in words, the i18n key of those words. */
  targetKey?: string;
  /** False until main has acknowledged the task; such rows yield to any snapshot from main. */
  confirmed: boolean;
}

export interface AuditEntry {
  seq?: number;
  at: number;
  /** e.g. `settings.appleService`, `tasks.start`. */
  action: string;
  summary: string;
}

import type { VersionedDataset } from './versioned-dataset';

/** `Deleted` is a legacy (v1-era) state; the sandbox never produces it. */
export type UserStatus = 'Registered' | 'Associated' | 'Retired';

export interface UserRecord {
  /** Internal row number: one clientUserId can have several rows (retired ones + one active). */
  readonly rowId: number;
  readonly clientUserId: string;
  email?: string;
  status: UserStatus;
  /** Present while Registered. */
  inviteCode?: string;
  /** Present once an Apple Account is associated; kept after retirement. */
  idHash?: string;
  /** The associated Apple Account (personal via the invitation, or managed). Admin view only. */
  appleAccount?: string;
  managedAppleId?: string;
  readonly createdAt: Date;
  associatedAt?: Date;
  retiredAt?: Date;
  changedSeq: number;
}

export interface NewUser {
  clientUserId: string;
  email?: string;
  inviteCode: string;
  createdAt: Date;
}

/**
 * A location's users. For one clientUserId there are any number of Retired rows and at most
 * one active (Registered or Associated) row, as Apple documents.
 */
export class UserStore {
  private readonly rows = new Map<number, UserRecord>();
  private readonly activeByClientUserId = new Map<string, UserRecord>();
  private readonly rowsByClientUserId = new Map<string, UserRecord[]>();
  private readonly byInviteCode = new Map<string, UserRecord>();
  private readonly activeByAppleAccount = new Map<string, UserRecord>();
  private nextRowId = 1;
  private ordered: UserRecord[] | undefined;

  constructor(readonly dataset: VersionedDataset) {}

  create(user: NewUser): UserRecord {
    if (this.activeByClientUserId.has(user.clientUserId))
      throw new Error(`User ${user.clientUserId} is active already.`);
    const record: UserRecord = {
      rowId: this.nextRowId++,
      clientUserId: user.clientUserId,
      ...(user.email !== undefined ? { email: user.email } : {}),
      status: 'Registered',
      inviteCode: user.inviteCode,
      createdAt: user.createdAt,
      changedSeq: this.dataset.stamp(),
    };
    this.rows.set(record.rowId, record);
    this.activeByClientUserId.set(record.clientUserId, record);
    const history = this.rowsByClientUserId.get(record.clientUserId) ?? [];
    history.push(record);
    this.rowsByClientUserId.set(record.clientUserId, history);
    this.byInviteCode.set(user.inviteCode, record);
    this.ordered = undefined;
    return record;
  }

  setEmail(user: UserRecord, email: string): void {
    user.email = email;
    user.changedSeq = this.dataset.stamp();
  }

  associate(
    user: UserRecord,
    link: { account: string; idHash: string; managed: boolean; at: Date },
  ) {
    if (user.appleAccount) this.activeByAppleAccount.delete(accountKey(user.appleAccount));
    user.status = 'Associated';
    user.appleAccount = link.account;
    user.idHash = link.idHash;
    user.associatedAt = link.at;
    if (link.managed) user.managedAppleId = link.account;
    this.activeByAppleAccount.set(accountKey(link.account), user);
    user.changedSeq = this.dataset.stamp();
  }

  retire(user: UserRecord, at: Date): void {
    user.status = 'Retired';
    user.retiredAt = at;
    this.activeByClientUserId.delete(user.clientUserId);
    if (user.appleAccount) this.activeByAppleAccount.delete(accountKey(user.appleAccount));
    user.changedSeq = this.dataset.stamp();
  }

  active(clientUserId: string): UserRecord | undefined {
    return this.activeByClientUserId.get(clientUserId);
  }

  /** Every row of a clientUserId, oldest first. */
  history(clientUserId: string): readonly UserRecord[] {
    return this.rowsByClientUserId.get(clientUserId) ?? [];
  }

  /** The row an invitation link points at (any status: the page explains used links). */
  byInvite(inviteCode: string): UserRecord | undefined {
    return this.byInviteCode.get(inviteCode);
  }

  /** The active user an Apple Account is linked to, if any. */
  activeWithAccount(account: string): UserRecord | undefined {
    return this.activeByAppleAccount.get(accountKey(account));
  }

  all(): readonly UserRecord[] {
    this.ordered ??= [...this.rows.values()];
    return this.ordered;
  }
}

const accountKey = (account: string): string => account.trim().toLowerCase();

import { randomUUID } from 'node:crypto';
import type { Settings } from '../../shared/domain/settings';
import {
  TOKEN_EXPIRED_ERROR,
  TOKEN_REVOKED_ERROR,
  type TokenDraft,
  type TokenFields,
  type TokenHealth,
  type TokenSnapshot,
  type TokenSource,
  type TokenSyncInfo,
} from '../../shared/domain/tokens';
import type { AppleServiceLocator } from '../host/apple-service';
import type { CallContext } from '../host/dispatch';
import type { VppClient } from '../vpp/client';
import { VppApiError } from '../vpp/errors';
import { VppTokenFile } from '../vpp/token-file';
import type { MdmInfo, ResponseMeta } from '../vpp/types';
import { afterAcceptedCall } from './accepted-call';
import { draftOf, serviceOfSettings } from './inspect-token';
import { mdmOf, observeMdm, ourMdmInfo } from './mdm-state';
import { readTokenSource } from './read-token-source';
import { tokenErrors } from './token-errors';
import { TokenClients, type TokenClientOptions } from './token-clients';
import { TokenDrafts, type PendingDraft } from './token-drafts';
import { healthOf } from './token-health';
import type { TokenRecord } from './token-record';
import type { TokenStore } from './token-store';
import { secretNameOf, type VaultPort } from './vault-port';

/** The scheduler's view of a token's syncs; given the health, which decides whether it syncs. */
export type SyncInfoOf = (tokenId: string, health: TokenHealth) => TokenSyncInfo;

export interface TokenServiceDeps {
  store: TokenStore;
  vault: VaultPort;
  settings: () => Settings;
  appleService: Pick<AppleServiceLocator, 'resolveService' | 'sandboxDemoToken'>;
  /** Goes into the mdmInfo this console writes. */
  appVersion: string;
  now?: () => number;
  clientOptions?: TokenClientOptions;
  syncInfoOf?: SyncInfoOf;
  log?: (message: string) => void;
}

const NOT_SYNCING: TokenSyncInfo = { active: false };

/**
 * The content tokens: Add Token's check with Apple, adding, renewing, editing and deleting
 * them, and one Apple client per token for everything else (the sync engine's `clientFor`).
 * Secrets go to the vault under `token:<id>`; snapshots and events carry metadata only.
 */
export class TokenService {
  private readonly drafts: TokenDrafts;
  private readonly clients: TokenClients;
  private readonly now: () => number;
  private readonly log: (message: string) => void;
  private syncInfoOf: SyncInfoOf;
  private readonly changed = new Set<(snapshot: TokenSnapshot) => void>();
  private readonly removed = new Set<(id: string) => void>();
  /** Add, renew, delete and take-over run one at a time: two adds can't both pass the check. */
  private serial: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: TokenServiceDeps) {
    this.now = deps.now ?? Date.now;
    this.log = deps.log ?? (() => {});
    this.syncInfoOf = deps.syncInfoOf ?? (() => NOT_SYNCING);
    this.drafts = new TokenDrafts(this.now);
    this.clients = new TokenClients(deps.clientOptions ?? {}, (id, meta) => this.observe(id, meta));
  }

  // ---- reading ----

  list(): TokenSnapshot[] {
    return this.deps.store.list().map((record) => this.snapshotOf(record));
  }

  get(id: string): TokenSnapshot | undefined {
    const record = this.deps.store.get(id);
    return record && this.snapshotOf(record);
  }

  /** The sync engine says how its syncs are doing; composed into every snapshot. */
  setSyncInfoSource(syncInfoOf: SyncInfoOf): void {
    this.syncInfoOf = syncInfoOf;
  }

  /** Sends a token's snapshot again (its sync info changed). */
  announce(tokenId: string): void {
    const record = this.deps.store.get(tokenId);
    if (record) this.emitChanged(record);
  }

  onChange(listener: (snapshot: TokenSnapshot) => void): () => void {
    this.changed.add(listener);
    return () => this.changed.delete(listener);
  }

  onRemoved(listener: (id: string) => void): () => void {
    this.removed.add(listener);
    return () => this.removed.delete(listener);
  }

  // ---- Add Token ----

  /** Reads the file and asks Apple about it; nothing is saved until `add` or `renew`. */
  async inspect(source: TokenSource, frontDoor: CallContext['frontDoor']): Promise<TokenDraft> {
    const content = await readTokenSource(source, frontDoor, () => this.demoToken());
    const file = VppTokenFile.parse(content, { now: this.now() });
    const service = serviceOfSettings(this.deps.settings().appleService);
    const baseUrl = await this.baseUrlOf(service);
    const config = await this.clients.forInspection(baseUrl, file.revealBearer()).getClientConfig();
    const draft = draftOf(file, config, {
      mdmId: this.deps.store.mdmId,
      existing: (uId) => this.deps.store.findByUId(uId),
    });
    return this.drafts.put({ draft, file, service, baseUrl, mdmInfo: config.mdmInfo });
  }

  add(request: { draftId: string; fields: TokenFields }): Promise<TokenSnapshot> {
    return this.exclusive(async () => {
      const pending = this.drafts.get(request.draftId);
      const { draft } = pending;
      const existing = this.deps.store.findByUId(draft.uId);
      if (existing) throw tokenErrors.duplicate(existing);
      this.requireOpenVault();
      const id = randomUUID();
      const mdm = mdmOf(await this.claimIfUnclaimed(pending), this.deps.store.mdmId);
      const record: TokenRecord = {
        ...request.fields,
        id,
        orgName: draft.orgName,
        locationName: draft.locationName,
        uId: draft.uId,
        ...(draft.countryCode ? { countryCode: draft.countryCode } : {}),
        ...(draft.websiteUrl ? { websiteUrl: draft.websiteUrl } : {}),
        service: pending.service,
        expiresAt: draft.expiresAt,
        addedAt: this.now(),
        mdm,
        ...(mdm.state === 'ours' ? { claimedAt: this.now() } : {}),
        warned: [],
      };
      const secret = secretNameOf(id);
      await this.deps.vault.set(secret, pending.file.revealBearer());
      try {
        await this.deps.store.put(record);
      } catch (error) {
        await this.deps.vault.delete(secret).catch(() => undefined);
        throw error;
      }
      this.drafts.delete(request.draftId);
      return this.emitChanged(record);
    });
  }

  /**
   * A new file for the same location: the secret is replaced and the expiry and Apple's
   * answers updated at once; Apple's earlier refusal and the warnings given are forgotten.
   * The admin's fields, the id and the date added stay. An unclaimed location is claimed.
   */
  renew(request: { draftId: string; tokenId: string }): Promise<TokenSnapshot> {
    return this.exclusive(async () => {
      const pending = this.drafts.get(request.draftId);
      const record = this.require(request.tokenId);
      const { draft } = pending;
      if (draft.uId !== record.uId)
        throw tokenErrors.renewOtherLocation(draft.locationName, record.locationName);
      this.requireOpenVault();
      const mdmInfo = await this.claimIfUnclaimed(pending);
      await this.deps.vault.set(secretNameOf(record.id), pending.file.revealBearer());
      this.clients.drop(record.id);
      const {
        refusedAt: _at,
        refusedWith: _with,
        countryCode: _c,
        websiteUrl: _w,
        ...kept
      } = record;
      const renewed: TokenRecord = observeMdm(
        {
          ...kept,
          orgName: draft.orgName,
          locationName: draft.locationName,
          ...(draft.countryCode ? { countryCode: draft.countryCode } : {}),
          ...(draft.websiteUrl ? { websiteUrl: draft.websiteUrl } : {}),
          service: pending.service,
          expiresAt: draft.expiresAt,
          renewedAt: this.now(),
          warned: [],
        },
        mdmInfo,
        this.deps.store.mdmId,
        this.now(),
      );
      await this.deps.store.put(renewed);
      this.drafts.delete(request.draftId);
      return this.emitChanged(renewed);
    });
  }

  async update(request: { id: string; fields: TokenFields }): Promise<TokenSnapshot> {
    this.require(request.id);
    const next = await this.deps.store.update(request.id, (record) => ({
      ...record,
      ...request.fields,
    }));
    return this.emitChanged(next ?? this.require(request.id));
  }

  delete(id: string): Promise<{ deleted: boolean }> {
    return this.exclusive(async () => {
      if (!this.deps.store.get(id)) return { deleted: false };
      this.requireOpenVault();
      await this.deps.vault.delete(secretNameOf(id));
      this.clients.drop(id);
      await this.deps.store.remove(id);
      for (const listener of this.removed) listener(id);
      return { deleted: true };
    });
  }

  /** Writes this console's mdmInfo to the location, whoever had it. */
  takeOver(id: string): Promise<TokenSnapshot> {
    return this.exclusive(async () => {
      const client = await this.clientFor(id);
      const answer = await this.refusalsNoted(id, () =>
        client.setClientConfig({ mdmInfo: this.ourMdmInfo() }),
      );
      const now = this.now();
      const next = await this.deps.store.update(id, (record) => ({
        ...observeMdm(record, answer.mdmInfo, this.deps.store.mdmId, now),
        claimedAt: now,
      }));
      return this.emitChanged(next ?? this.require(id));
    });
  }

  // ---- for the sync engine ----

  /**
   * The token's Apple client (one per token, with its own rate limiter). Throws AppError
   * `vault.locked` while the vault is locked, `tokens.notFound` for an unknown id.
   */
  async clientFor(tokenId: string): Promise<VppClient> {
    const record = this.require(tokenId);
    this.requireOpenVault();
    const secret = this.deps.vault.get(secretNameOf(tokenId));
    if (!secret) throw tokenErrors.noSecret();
    return this.clients.clientFor(tokenId, await this.baseUrlOf(record.service), secret);
  }

  /** Apple refused the token: 9621 (expired) or 9625 (revoked); other numbers are ignored. */
  async markRefused(tokenId: string, errorNumber: number): Promise<TokenSnapshot | undefined> {
    if (errorNumber !== TOKEN_EXPIRED_ERROR && errorNumber !== TOKEN_REVOKED_ERROR)
      return this.get(tokenId);
    const before = this.deps.store.get(tokenId);
    if (!before) return undefined;
    if (before.refusedWith === errorNumber) return this.snapshotOf(before);
    const next = await this.deps.store.update(tokenId, (record) => ({
      ...record,
      refusedAt: this.now(),
      refusedWith: errorNumber,
    }));
    return next && this.emitChanged(next);
  }

  // ---- inside ----

  private snapshotOf(record: TokenRecord): TokenSnapshot {
    const { claimedAt: _claimed, warned: _warned, ...shown } = record;
    const health = healthOf(record, this.now());
    return {
      ...shown,
      health,
      sync: this.syncInfoOf(record.id, health),
    };
  }

  private emitChanged(record: TokenRecord): TokenSnapshot {
    const snapshot = this.snapshotOf(record);
    for (const listener of this.changed) listener(snapshot);
    return snapshot;
  }

  /** Every answer Apple gives a token's client: its expiry, and who manages its location. */
  private observe(tokenId: string, meta: ResponseMeta): void {
    const before = this.deps.store.get(tokenId);
    if (!before) return;
    const now = this.now();
    void this.deps.store
      .update(tokenId, (record) => afterAcceptedCall(record, meta, this.deps.store.mdmId, now))
      .then((next) => {
        if (next && next !== before) this.emitChanged(next);
      })
      .catch((error: unknown) => this.log(`tokens.json: could not save Apple’s answer: ${error}`));
  }

  /** Writes our mdmInfo to a location nobody manages; returns the location's mdmInfo then. */
  private async claimIfUnclaimed(pending: PendingDraft): Promise<MdmInfo | undefined> {
    if (pending.draft.mdm.state !== 'none') return pending.mdmInfo;
    const answer = await this.clients
      .forInspection(pending.baseUrl, pending.file.revealBearer())
      .setClientConfig({ mdmInfo: this.ourMdmInfo() });
    return answer.mdmInfo;
  }

  private async refusalsNoted<T>(tokenId: string, call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      if (error instanceof VppApiError) await this.markRefused(tokenId, error.errorNumber);
      throw error;
    }
  }

  private ourMdmInfo() {
    return ourMdmInfo(this.deps.store.mdmId, this.deps.appVersion);
  }

  private async demoToken(): Promise<string> {
    if (this.deps.settings().appleService.mode !== 'sandbox') throw tokenErrors.demoNeedsSandbox();
    const token = await this.deps.appleService.sandboxDemoToken();
    if (!token) throw new Error('The built-in sandbox has no demo token.');
    return token;
  }

  private baseUrlOf(service: TokenSnapshot['service']): Promise<string> {
    return this.deps.appleService.resolveService(service.mode, service.url);
  }

  private requireOpenVault(): void {
    if (!this.deps.vault.isOpen()) throw tokenErrors.vaultLocked();
  }

  private require(id: string): TokenRecord {
    const record = this.deps.store.get(id);
    if (!record) throw tokenErrors.notFound();
    return record;
  }

  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.serial.then(work);
    this.serial = run.catch(() => undefined);
    return run;
  }
}

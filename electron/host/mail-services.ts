import { MAIL_PASSWORD_SECRET, type MailSettings } from '../../shared/domain/mail';
import type { MailDiagnosisResult, MailStatus, OutboxPage } from '../../shared/domain/outbox';
import type { OutboxMessage } from '../mail';
import {
  createMailer,
  diagnoseSmtp,
  endpointFor,
  OutboxStore,
  startMailCatcher,
  type CreateMailerDeps,
  type MailCatcher,
  type Mailer,
} from '../mail';
import type { VaultPort } from '../tokens/vault-port';
import { AppError, errorInfoOf } from './app-error';
import type { EventHub } from './event-hub';

/** What tests and the bench tune: timeouts, retries, trust for a server's own certificate. */
export type MailServiceOptions = Pick<CreateMailerDeps, 'transport' | 'tls' | 'mailer'> & {
  /** Test Connection's per-step timeout. */
  diagnoseTimeoutMs?: number;
};

export interface MailServicesDeps {
  dataDir: string;
  vault: Pick<VaultPort, 'isOpen' | 'get' | 'set' | 'delete'>;
  events: Pick<EventHub, 'emit'>;
  options?: MailServiceOptions;
  log?: (message: string) => void;
}

/** A window needs to hear about a busy Outbox a few times a second, not per message. */
const OUTBOX_EVENT_INTERVAL_MS = 250;

const vaultLocked = () =>
  new AppError(
    'vault.locked',
    'The vault is locked: open it first, so the console can use the mail password kept there.',
  );

/**
 * Mail in main: the embedded catcher (started the first time something is sent to it) and its
 * Outbox, the SMTP password in the vault, Test Connection, and a mailer for a batch. The
 * password is read from the vault when needed and never leaves main.
 */
export class MailServices {
  private readonly outbox: OutboxStore;
  private catcher: Promise<MailCatcher> | undefined;
  private outboxTimer: NodeJS.Timeout | undefined;
  private readonly options: MailServiceOptions;
  private readonly log: (message: string) => void;

  constructor(private readonly deps: MailServicesDeps) {
    this.outbox = new OutboxStore(deps.dataDir);
    this.options = deps.options ?? {};
    this.log = deps.log ?? (() => {});
  }

  async open(): Promise<void> {
    await this.outbox.open();
    this.outbox.onMessage(() => this.outboxChanged());
  }

  // ---- the password ----

  status(): MailStatus {
    return {
      hasPassword:
        this.deps.vault.isOpen() && this.deps.vault.get(MAIL_PASSWORD_SECRET) !== undefined,
    };
  }

  async setPassword(password: string): Promise<MailStatus> {
    if (!this.deps.vault.isOpen()) throw vaultLocked();
    await this.deps.vault.set(MAIL_PASSWORD_SECRET, password);
    return this.status();
  }

  async clearPassword(): Promise<MailStatus> {
    if (!this.deps.vault.isOpen()) throw vaultLocked();
    await this.deps.vault.delete(MAIL_PASSWORD_SECRET);
    return this.status();
  }

  // ---- sending ----

  /** Test Connection against the settings on screen: the draft password, else the saved one. */
  async testConnection(mail: MailSettings, password?: string): Promise<MailDiagnosisResult> {
    try {
      const endpoint = endpointFor(mail, await this.mailerDeps(mail, password));
      const diagnosis = await diagnoseSmtp(endpoint, {
        sender: mail.sender.address,
        ...(this.options.diagnoseTimeoutMs ? { timeoutMs: this.options.diagnoseTimeoutMs } : {}),
      });
      return {
        ok: true,
        code: mail.mode === 'catcher' ? 'mail.catcherReady' : 'mail.connected',
        message:
          mail.mode === 'catcher'
            ? 'The built-in mail catcher is ready: invitations will appear in the Outbox.'
            : `${diagnosis.host} accepts mail from ${mail.sender.address}.`,
        params: { host: diagnosis.host, port: diagnosis.port },
      };
    } catch (error) {
      const info = errorInfoOf(error);
      return { ok: false, ...info };
    }
  }

  /** A mailer for one batch; the caller closes it. */
  async openMailer(mail: MailSettings): Promise<Mailer> {
    return createMailer(mail, await this.mailerDeps(mail));
  }

  private async mailerDeps(mail: MailSettings, draftPassword?: string): Promise<CreateMailerDeps> {
    const { transport, tls, mailer } = this.options;
    const common = {
      ...(transport ? { transport } : {}),
      ...(tls ? { tls } : {}),
      ...(mailer ? { mailer } : {}),
    };
    if (mail.mode === 'catcher') return { ...common, catcher: (await this.startCatcher()).address };
    if (!mail.smtp.user) return common;
    if (draftPassword !== undefined) return { ...common, password: draftPassword };
    if (!this.deps.vault.isOpen()) throw vaultLocked();
    const password = this.deps.vault.get(MAIL_PASSWORD_SECRET);
    return { ...common, ...(password ? { password } : {}) };
  }

  private startCatcher(): Promise<MailCatcher> {
    if (!this.catcher) {
      const starting = startMailCatcher({
        dataDir: this.deps.dataDir,
        outbox: this.outbox,
        log: this.log,
      });
      // A failed start may be retried by the next send.
      starting.catch(() => (this.catcher = undefined));
      this.catcher = starting;
    }
    return this.catcher;
  }

  // ---- the Outbox ----

  async listOutbox(page: { offset: number; limit: number }): Promise<OutboxPage> {
    const { total, messages } = await this.outbox.list(page);
    return { total, items: messages };
  }

  getOutboxMessage(id: string): Promise<OutboxMessage | undefined> {
    return this.outbox.get(id);
  }

  async clearOutbox(): Promise<{ cleared: number }> {
    const cleared = await this.outbox.clear();
    this.outboxChanged();
    return { cleared };
  }

  private outboxChanged(): void {
    this.outboxTimer ??= setTimeout(() => {
      this.outboxTimer = undefined;
      this.deps.events.emit('outbox:changed', { total: this.outbox.size });
    }, OUTBOX_EVENT_INTERVAL_MS);
  }

  async close(): Promise<void> {
    const catcher = await this.catcher?.catch(() => undefined);
    await catcher?.close();
    await this.outbox.close();
    if (this.outboxTimer) {
      clearTimeout(this.outboxTimer);
      this.outboxTimer = undefined;
      this.deps.events.emit('outbox:changed', { total: this.outbox.size });
    }
  }
}

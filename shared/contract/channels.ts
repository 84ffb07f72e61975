import { z } from 'zod';
import { channel } from './define';
import { MenuCommand } from '../domain/menu-command';
import { AppInfo } from '../domain/app-info';
import { Settings, SettingsPatch } from '../domain/settings';
import { StartTaskRequest, TaskSnapshot } from '../domain/tasks';
import { SyncNowRequest, SyncPullRequest, SyncPullResponse } from '../domain/sync';
import {
  AddTokenRequest,
  RenewTokenRequest,
  TokenDraft,
  TokenSnapshot,
  TokenSource,
  UpdateTokenRequest,
} from '../domain/tokens';
import { VaultPassphrase, VaultStatus } from '../domain/vault';
import {
  InvitationBatchResponse,
  InvitationPage,
  InvitationSnapshot,
  PageRequest,
  ResendInvitationsRequest,
  SendInvitationsRequest,
} from '../domain/invitations';
import {
  RegisterUsersRequest,
  RegistrationTaskResponse,
  RetireUsersRequest,
} from '../domain/vpp-registration';
import { MailDiagnosisResult, MailStatus, OutboxMessage, OutboxPage } from '../domain/outbox';
import { MailSettings } from '../domain/mail';

/**
 * Every main⇄renderer call, named `area:verb`. Main validates each request with its schema;
 * responses are parsed too, which strips any field a handler returned by mistake (a secret
 * can't slip through as an extra property).
 */
export const channels = {
  'app:info': channel(z.undefined(), AppInfo),
  'settings:get': channel(z.undefined(), Settings),
  'settings:update': channel(SettingsPatch, Settings),
  'tasks:start': channel(StartTaskRequest, TaskSnapshot),
  'tasks:list': channel(z.undefined(), z.array(TaskSnapshot)),
  'tasks:cancel': channel(z.object({ id: z.uuid() }), TaskSnapshot.nullable()),
  /** Forgets the finished tasks main keeps (Completed Tasks → Clear); running ones stay. */
  'tasks:clearFinished': channel(z.undefined(), z.object({ cleared: z.number().int().min(0) })),
  'shell:openExternal': channel(z.object({ url: z.string() }), z.object({ opened: z.boolean() })),

  'vault:status': channel(z.undefined(), VaultStatus),
  /** Sets the passphrase of a new passphrase vault (once), and opens it. */
  'vault:create': channel(VaultPassphrase, VaultStatus),
  /** Opens a locked passphrase vault for this run; a wrong passphrase changes nothing. */
  'vault:unlock': channel(VaultPassphrase, VaultStatus),

  'tokens:list': channel(z.undefined(), z.array(TokenSnapshot)),
  /** Reads a token file and asks Apple about it; saves nothing (the draft waits in main). */
  'tokens:inspect': channel(z.object({ source: TokenSource }), TokenDraft),
  'tokens:add': channel(AddTokenRequest, TokenSnapshot),
  /** A new file for the same location replaces the token's secret and keeps its data. */
  'tokens:renew': channel(RenewTokenRequest, TokenSnapshot),
  'tokens:update': channel(UpdateTokenRequest, TokenSnapshot),
  'tokens:delete': channel(z.object({ id: z.string() }), z.object({ deleted: z.boolean() })),
  /** Writes this console's mdmInfo to the location (POST client/config). */
  'tokens:takeOver': channel(z.object({ id: z.string() }), TokenSnapshot),

  /** Sync Now: a full sync of these tokens (all when none are named); returns their tasks. */
  'sync:now': channel(SyncNowRequest, z.object({ tasks: z.array(TaskSnapshot) })),
  /** A window acknowledges applied work and waits (up to ~20 s) for more. */
  'sync:pull': channel(SyncPullRequest, SyncPullResponse),

  /** Registers users with Apple for one token (`users/create` per `maxUsers`), as a task. */
  'vppUsers:register': channel(RegisterUsersRequest, RegistrationTaskResponse),
  /** Remove from Program: `users/retire`, as a task. */
  'vppUsers:retire': channel(RetireUsersRequest, RegistrationTaskResponse),

  /** Records the invitations (queued) and starts the mail batch that sends them. */
  'invitations:send': channel(SendInvitationsRequest, InvitationBatchResponse),
  /** Resend: a new invitation per named one, in one new batch. */
  'invitations:resend': channel(ResendInvitationsRequest, InvitationBatchResponse),
  /** The invitations main keeps, oldest first, a page at a time (the renderer mirrors them). */
  'invitations:list': channel(PageRequest, InvitationPage),

  /** Test Connection: the settings on screen (saved or not) with the saved password. */
  'mail:testConnection': channel(
    z.object({ mail: MailSettings, password: z.string().max(1024).optional() }),
    MailDiagnosisResult,
  ),
  'mail:status': channel(z.undefined(), MailStatus),
  /** The SMTP password goes to the vault; it never comes back. */
  'mail:setPassword': channel(z.object({ password: z.string().min(1).max(1024) }), MailStatus),
  'mail:clearPassword': channel(z.undefined(), MailStatus),
  /** The embedded catcher's Outbox, newest first. */
  'outbox:list': channel(PageRequest, OutboxPage),
  'outbox:get': channel(z.object({ id: z.string().max(64) }), OutboxMessage.nullable()),
  'outbox:clear': channel(z.undefined(), z.object({ cleared: z.number().int().min(0) })),
} as const;

/** Main → renderer notifications. A subscription returns its unsubscribe function. */
export const events = {
  'tasks:changed': TaskSnapshot,
  'settings:changed': Settings,
  /** The desktop app's menu asks for one of the console's shortcuts (⌘N, ⌘F, ⌘R). */
  'menu:command': z.object({ command: MenuCommand }),
  'vault:changed': VaultStatus,
  'tokens:changed': TokenSnapshot,
  'tokens:removed': z.object({ id: z.string() }),
  /**
   * Something the admin should hear about even when looking elsewhere (a token about to
   * expire). The desktop app shows it as a notification itself; a browser window may.
   */
  'notice:show': z.object({ id: z.string(), title: z.string(), body: z.string() }),
  /** Invitations recorded or changed since the last event (batched). */
  'invitations:changed': z.object({ invitations: z.array(InvitationSnapshot) }),
  /** The Outbox received a message (or was cleared). */
  'outbox:changed': z.object({ total: z.number().int().min(0) }),
} as const;

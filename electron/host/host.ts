import type { EventName } from '../../shared/contract';
import { SettingsStore } from '../settings/settings-store';
import { FinishedTaskJournal } from '../tasks/finished-task-journal';
import { TaskRunner } from '../tasks/task-runner';
import { checkAppleService, type ServiceProbe } from '../tasks/jobs/check-apple-service';
import { AppleServiceLocator, type StartEmbeddedSandbox } from './apple-service';
import { createDispatch, type Dispatch } from './dispatch';
import { EventHub } from './event-hub';
import { appHandlers } from './handlers/app-handlers';
import { settingsHandlers } from './handlers/settings-handlers';
import { shellHandlers } from './handlers/shell-handlers';
import { taskHandlers } from './handlers/task-handlers';
import { startEmbeddedSandbox } from './embedded-sandbox';
import { probeServiceConfig } from './probe-service-config';
import { tokenHandlers } from './handlers/token-handlers';
import { vaultHandlers } from './handlers/vault-handlers';
import { createTokenServices } from '../tokens/create-token-services';
import type { SafeStorageLike } from '../vault';
import { createSyncParts, startSyncScheduler } from '../sync/create-sync-services';
import { syncHandlers } from './handlers/sync-handlers';
import { metadataLookup } from './metadata-lookup';
import { createRegistrationServices } from '../registration/create-registration-services';
import type { RegistrationJobDeps } from '../registration/registration-job';
import { registrationHandlers } from './handlers/registration-handlers';
import { MailServices, type MailServiceOptions } from './mail-services';
import { createInvitationServices } from '../invitations/create-invitation-services';
import { invitationHandlers } from './handlers/invitation-handlers';
import { mailHandlers } from './handlers/mail-handlers';
import { outboxHandlers } from './handlers/outbox-handlers';

export interface HostOptions {
  dataDir: string;
  frontDoor: 'electron' | 'browser';
  appVersion: string;
  systemLocale: string;
  openExternal?: (url: string) => Promise<void>;
  /** Replaces the built-in sandbox (tests point the console at their own). */
  startSandbox?: StartEmbeddedSandbox;
  probe?: (baseUrl: string, signal: AbortSignal) => Promise<ServiceProbe>;
  /** Electron's safeStorage: the vault's key in the system keychain (else a passphrase). */
  safeStorage?: SafeStorageLike;
  /** Shows a notice (a token about to expire) as a desktop notification. */
  notify?: (notice: { title: string; body: string }) => void;
  /** Mail timeouts, retries and trust (tests and the bench tune them). */
  mail?: MailServiceOptions;
  /** Apple's event polling for registrations (tests shorten its 30 s between polls). */
  registrationEventPolling?: RegistrationJobDeps['eventPolling'];
  log?: (message: string) => void;
}

export interface Host {
  dispatch: Dispatch;
  subscribe(listener: (event: EventName, payload: unknown) => void): () => void;
  close(): Promise<void>;
}

/**
 * The main-process services, composed without Electron. Both front doors (Electron IPC and the
 * browser's WebSocket bridge) serve exactly this.
 */
export const createHost = async (options: HostOptions): Promise<Host> => {
  const log = options.log ?? ((message: string) => console.warn(`[host] ${message}`));
  const settings = new SettingsStore(options.dataDir, log);
  await settings.load();
  const appleService = new AppleServiceLocator(
    () => settings.get(),
    options.startSandbox ?? startEmbeddedSandbox,
  );
  const events = new EventHub();
  const { vault, tokens, ...tokenServices } = await createTokenServices({
    dataDir: options.dataDir,
    settings: () => settings.get(),
    appleService,
    events,
    appVersion: options.appVersion,
    systemLocale: options.systemLocale,
    safeStorage: options.safeStorage,
    notify: options.notify,
    log,
  });
  const lookupMetadata = metadataLookup(
    (tokenId) => tokens.clientFor(tokenId),
    () => settings.get().language,
    options.systemLocale,
  );
  const syncAccess = {
    list: () => tokens.list(),
    announce: (tokenId: string) => tokens.announce(tokenId),
    canSync: () => vault.isOpen(),
    clientFor: (tokenId: string) => tokens.clientFor(tokenId),
    lookupMetadata,
    markRefused: (tokenId: string, errorNumber: number) => tokens.markRefused(tokenId, errorNumber),
  };
  const syncParts = await createSyncParts({
    dataDir: options.dataDir,
    tokens: () => syncAccess,
    log,
  });
  const mail = new MailServices({
    dataDir: options.dataDir,
    vault,
    events,
    options: options.mail,
    log,
  });
  await mail.open();
  const invitationServices = await createInvitationServices({
    dataDir: options.dataDir,
    tokens,
    mailSettings: () => settings.get().mail,
    openMailer: (mailSettings) => mail.openMailer(mailSettings),
    events,
    log,
  });
  const registration = createRegistrationServices({
    dataDir: options.dataDir,
    tokens: syncAccess,
    tasks: () => tasks.list(),
    syncSoon: (tokenId) => void sync.scheduler.syncSoon(tokenId),
    eventPolling: options.registrationEventPolling,
    log,
  });
  const tasks = new TaskRunner(
    {
      'apple:checkService': checkAppleService({
        resolveService: (service, url, signal) => appleService.resolveService(service, url, signal),
        probe: options.probe ?? probeServiceConfig,
      }),
      'vpp:sync': syncParts.job,
      ...registration.jobs,
      'mail:sendInvitations': invitationServices.job,
    },
    { journal: new FinishedTaskJournal(options.dataDir, log) },
  );
  await tasks.load();

  tasks.onChange((task) => events.emit('tasks:changed', task));
  settings.onChange((next) => events.emit('settings:changed', next));

  invitationServices.attach(tasks);
  // A batch a stop cut short goes on as soon as its token can be used (the vault is open).
  const resumeInvitations = () =>
    void invitationServices
      .resumeUnfinished()
      .catch((error: unknown) => log(`could not resume the invitation batches: ${String(error)}`));
  if (vault.isOpen()) resumeInvitations();
  else {
    const offVault = vault.onChange(() => {
      if (!vault.isOpen()) return;
      offVault();
      resumeInvitations();
    });
  }

  const sync = startSyncScheduler(syncParts, {
    runner: tasks,
    tokens: syncAccess,
    settings: () => settings.get(),
  });
  tokens.setSyncInfoSource((tokenId, health) => sync.scheduler.infoOf(tokenId, health));
  // A token just added (or renewed) and a vault just opened may make a sync due at once.
  let tickQueued = false;
  const tickSoon = () => {
    if (tickQueued) return;
    tickQueued = true;
    setImmediate(() => {
      tickQueued = false;
      sync.scheduler.tick();
    });
  };
  tokens.onChange(tickSoon);
  vault.onChange(tickSoon);
  tokens.onRemoved((tokenId) => void sync.scheduler.forget(tokenId));
  // A new interval moves every token's next sync: say so on each.
  let interval = settings.get().sync.intervalMinutes;
  settings.onChange((next) => {
    if (next.sync.intervalMinutes === interval) return;
    interval = next.sync.intervalMinutes;
    for (const token of tokens.list()) tokens.announce(token.id);
  });

  const dispatch = createDispatch({
    ...appHandlers({
      appName: 'VPP Console',
      appVersion: options.appVersion,
      frontDoor: options.frontDoor,
      systemLocale: options.systemLocale,
      appleService,
    }),
    ...settingsHandlers(settings),
    ...taskHandlers(tasks, (id, params) => sync.scheduler.startRequested(id, params)),
    ...shellHandlers(options.openExternal),
    ...vaultHandlers(vault),
    ...tokenHandlers(tokens),
    ...syncHandlers(sync),
    ...registrationHandlers({ tokens, batches: registration.batches, runner: tasks }),
    ...invitationHandlers(invitationServices.invitations),
    ...mailHandlers(mail),
    ...outboxHandlers(mail),
  });

  return {
    dispatch,
    subscribe: (listener) => events.subscribe(listener),
    close: async () => {
      sync.close();
      invitationServices.closing();
      await tasks.close();
      await invitationServices.close();
      await mail.close();
      await tokenServices.close();
      await appleService.close();
    },
  };
};

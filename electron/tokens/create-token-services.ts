import type { Settings } from '../../shared/domain/settings';
import type { AppleServiceLocator } from '../host/apple-service';
import type { EventHub } from '../host/event-hub';
import { Vault, type SafeStorageLike } from '../vault';
import { HealthWatch } from './health-watch';
import { noticeLanguage } from './notice-text';
import type { TokenClientOptions } from './token-clients';
import { TokenService, type SyncInfoOf } from './token-service';
import { TokenStore } from './token-store';
import type { VaultPort } from './vault-port';

export interface TokenServicesOptions {
  dataDir: string;
  settings: () => Settings;
  appleService: Pick<AppleServiceLocator, 'resolveService' | 'sandboxDemoToken'>;
  events: Pick<EventHub, 'emit'>;
  appVersion: string;
  systemLocale: string;
  /** Electron's safeStorage (the desktop app); without it the vault asks for a passphrase. */
  safeStorage?: SafeStorageLike;
  /** A vault opened elsewhere (tests); by default `<dataDir>/vault.json` is opened. */
  vault?: VaultPort;
  /** Shows a notice outside the console's window (the desktop app's Notification). */
  notify?: (notice: { title: string; body: string }) => void;
  now?: () => number;
  clientOptions?: TokenClientOptions;
  /** The sync engine's view of a token (or later: `tokens.setSyncInfoSource`). */
  syncInfoOf?: SyncInfoOf;
  log?: (message: string) => void;
}

export interface TokenServices {
  vault: VaultPort;
  tokens: TokenService;
  healthWatch: HealthWatch;
  close(): Promise<void>;
}

/**
 * The vault, the token list and its health watch, wired to the host's events: what host.ts
 * composes in one call (the sync engine is given `tokens`).
 */
export const createTokenServices = async (
  options: TokenServicesOptions,
): Promise<TokenServices> => {
  const log = options.log ?? (() => {});
  const now = options.now ?? Date.now;
  const vault =
    options.vault ??
    (await Vault.open({ dataDir: options.dataDir, safeStorage: options.safeStorage, log }));
  const store = new TokenStore(options.dataDir, log);
  await store.load();
  const tokens = new TokenService({
    store,
    vault,
    settings: options.settings,
    appleService: options.appleService,
    appVersion: options.appVersion,
    now,
    clientOptions: options.clientOptions,
    syncInfoOf: options.syncInfoOf,
    log,
  });
  const healthWatch = new HealthWatch({
    store,
    now,
    language: () => noticeLanguage(options.settings().language, options.systemLocale),
    notify: (notice) => {
      options.events.emit('notice:show', notice);
      try {
        options.notify?.({ title: notice.title, body: notice.body });
      } catch (error) {
        log(`could not show a notification: ${String(error)}`);
      }
    },
    log,
  });

  const unsubscribe = [
    vault.onChange(() => options.events.emit('vault:changed', vault.status())),
    tokens.onChange((snapshot) => {
      options.events.emit('tokens:changed', snapshot);
      // A refusal or a renewal may change what is due: look at once, not at the next hour.
      void healthWatch.check(snapshot.id);
    }),
    tokens.onRemoved((id) => options.events.emit('tokens:removed', { id })),
  ];
  healthWatch.start();

  return {
    vault,
    tokens,
    healthWatch,
    close: async () => {
      for (const off of unsubscribe) off();
      await healthWatch.stop();
      await store.flushed();
    },
  };
};

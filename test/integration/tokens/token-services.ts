import { AppleServiceLocator } from '../../../electron/host/apple-service';
import { EventHub } from '../../../electron/host/event-hub';
import type { RunningSandbox } from '../../../electron/sandbox/index';
import {
  createTokenServices,
  type TokenServices,
  type TokenServicesOptions,
} from '../../../electron/tokens';
import { Settings, type SettingsPatch } from '../../../shared/domain/settings';
import { FAST_RETRIES } from '../vpp/sandbox-fixture';
import { keychainOptions, newDataDir } from './token-console';

export interface ServicesUnderTest extends TokenServices {
  dataDir: string;
  events: { event: string; payload: unknown }[];
  notifications: { title: string; body: string }[];
  settings: { current: Settings; set(patch: SettingsPatch): void };
  closeAll(): Promise<void>;
}

/**
 * The token services without a host, for what no channel reaches: the sync engine's side
 * (`clientFor`, `markRefused`) and a clock the test moves.
 */
export const startTokenServices = async (
  sandbox: RunningSandbox,
  options: Partial<TokenServicesOptions> & { dataDir?: string } = {},
): Promise<ServicesUnderTest> => {
  const dataDir = options.dataDir ?? (await newDataDir());
  const events: ServicesUnderTest['events'] = [];
  const notifications: ServicesUnderTest['notifications'] = [];
  const hub = new EventHub();
  hub.subscribe((event, payload) => events.push({ event, payload }));
  const settings = {
    current: Settings.parse({}),
    set(patch: SettingsPatch) {
      this.current = Settings.parse({ ...this.current, ...patch });
    },
  };
  const appleService = new AppleServiceLocator(
    () => settings.current,
    async () => ({
      baseUrl: sandbox.baseUrl,
      demoToken: sandbox.tokens.demo,
      close: async () => {},
    }),
  );
  const services = await createTokenServices({
    settings: () => settings.current,
    appleService,
    events: hub,
    appVersion: '0.9.0-test',
    systemLocale: 'en-US',
    notify: (notice) => notifications.push(notice),
    clientOptions: { retry: FAST_RETRIES, timeoutMs: 5000 },
    ...keychainOptions(),
    ...options,
    dataDir,
  });
  return {
    ...services,
    dataDir,
    events,
    notifications,
    settings,
    closeAll: async () => {
      await services.close();
      await appleService.close();
    },
  };
};

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

export interface HostOptions {
  dataDir: string;
  frontDoor: 'electron' | 'browser';
  appVersion: string;
  systemLocale: string;
  openExternal?: (url: string) => Promise<void>;
  /** Replaces the built-in sandbox (tests point the console at their own). */
  startSandbox?: StartEmbeddedSandbox;
  probe?: (baseUrl: string, signal: AbortSignal) => Promise<ServiceProbe>;
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
  const tasks = new TaskRunner(
    {
      'apple:checkService': checkAppleService({
        resolveService: (service, url, signal) => appleService.resolveService(service, url, signal),
        probe: options.probe ?? probeServiceConfig,
      }),
    },
    { journal: new FinishedTaskJournal(options.dataDir, log) },
  );
  await tasks.load();

  const events = new EventHub();
  tasks.onChange((task) => events.emit('tasks:changed', task));
  settings.onChange((next) => events.emit('settings:changed', next));

  const dispatch = createDispatch({
    ...appHandlers({
      appName: 'VPP Console',
      appVersion: options.appVersion,
      frontDoor: options.frontDoor,
      systemLocale: options.systemLocale,
      appleService,
    }),
    ...settingsHandlers(settings),
    ...taskHandlers(tasks),
    ...shellHandlers(options.openExternal),
  });

  return {
    dispatch,
    subscribe: (listener) => events.subscribe(listener),
    close: async () => {
      await tasks.close();
      await appleService.close();
    },
  };
};

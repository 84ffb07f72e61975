import type { Handlers } from '../dispatch';
import type { AppleServiceLocator } from '../apple-service';

export interface AppHandlerDeps {
  appName: string;
  appVersion: string;
  frontDoor: 'electron' | 'browser';
  systemLocale: string;
  appleService: AppleServiceLocator;
}

export const appHandlers = (deps: AppHandlerDeps): Pick<Handlers, 'app:info'> => ({
  'app:info': () => ({
    name: deps.appName,
    version: deps.appVersion,
    frontDoor: deps.frontDoor,
    platform: process.platform,
    systemLocale: deps.systemLocale,
    appleServiceUrl: deps.appleService.describe(),
  }),
});

import type { Handlers } from '../dispatch';
import type { SettingsStore } from '../../settings/settings-store';

export const settingsHandlers = (
  store: SettingsStore,
): Pick<Handlers, 'settings:get' | 'settings:update'> => ({
  'settings:get': () => store.get(),
  'settings:update': (patch) => store.update(patch),
});

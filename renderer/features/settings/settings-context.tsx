import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings, SettingsPatch } from '../../../shared/domain/settings';
import { switchLanguage } from '../../i18n/i18n';
import { resolveLanguage, systemLanguage } from '../../i18n/resolve-language';
import { useServices } from '../../services/console-services';

interface SettingsValue {
  settings: Settings;
  /** Saves in main; resolves with what main stored, rejects with main's ApiError. */
  update(patch: SettingsPatch): Promise<Settings>;
}

const SettingsContext = createContext<SettingsValue | null>(null);

/**
 * Settings live in main (they choose which Apple service main talks to). The console shows
 * main's copy and follows `settings:changed`, so a change from another window shows up too.
 */
export const SettingsProvider = ({
  initial,
  children,
}: {
  initial: Settings;
  children: ReactNode;
}) => {
  const { api } = useServices();
  const { i18n } = useTranslation();
  const [settings, setSettings] = useState(initial);

  useEffect(() => api.on('settings:changed', setSettings), [api]);

  useEffect(() => {
    void switchLanguage(i18n, resolveLanguage(settings.language, systemLanguage()));
  }, [i18n, settings.language]);

  const value = useMemo<SettingsValue>(
    () => ({
      settings,
      update: async (patch) => {
        const next = await api.invoke('settings:update', patch);
        setSettings(next);
        return next;
      },
    }),
    [api, settings],
  );
  return <SettingsContext.Provider value={value}>{children}</SettingsContext.Provider>;
};

export const useSettings = (): SettingsValue => {
  const value = useContext(SettingsContext);
  if (!value) throw new Error('useSettings() needs a <SettingsProvider> above it.');
  return value;
};

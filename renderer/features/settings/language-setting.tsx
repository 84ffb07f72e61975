import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Language } from '../../../shared/domain/settings';
import { errorInfoOf, errorText } from '../../i18n/error-text';
import { resolveLanguage, systemLanguage } from '../../i18n/resolve-language';
import { useSettings } from './settings-context';

/** System / English / Nederlands; the console switches as soon as main has saved the choice. */
export const LanguageSetting = () => {
  const { t, i18n } = useTranslation();
  const { settings, update } = useSettings();
  const [error, setError] = useState<string>();
  const selectId = useId();
  const systemName = t(`settings.language.${resolveLanguage('system', systemLanguage())}`);

  const choose = (value: string) => {
    const parsed = Language.safeParse(value);
    if (!parsed.success) return;
    setError(undefined);
    update({ language: parsed.data }).catch((failure: unknown) =>
      setError(errorText(i18n, errorInfoOf(failure))),
    );
  };

  return (
    <section className="settings-section">
      <h3>{t('settings.language.heading')}</h3>
      <div className="settings-row">
        <label htmlFor={selectId}>{t('settings.language.label')}</label>
        <select
          id={selectId}
          value={settings.language}
          onChange={(event) => choose(event.target.value)}
        >
          <option value="system">{t('settings.language.system', { language: systemName })}</option>
          <option value="en">{t('settings.language.en')}</option>
          <option value="nl">{t('settings.language.nl')}</option>
        </select>
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
};

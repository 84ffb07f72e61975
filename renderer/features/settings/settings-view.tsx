import { useTranslation } from 'react-i18next';
import { AboutSection } from './about-section';
import { AppleServiceSetting } from './apple-service-setting';
import { CheckConnection } from './check-connection';
import { LanguageSetting } from './language-setting';

export const SettingsView = () => {
  const { t } = useTranslation();
  return (
    <section className="settings-view" aria-labelledby="settings-title">
      <h2 id="settings-title" className="pane-title">
        {t('settings.title')}
      </h2>
      <div className="settings-body">
        <LanguageSetting />
        <AppleServiceSetting />
        <CheckConnection />
        <AboutSection />
      </div>
    </section>
  );
};

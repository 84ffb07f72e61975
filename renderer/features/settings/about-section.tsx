import { useTranslation } from 'react-i18next';
import { FieldList } from '../../components/field-list';
import { useServices } from '../../services/console-services';

export const AboutSection = () => {
  const { t } = useTranslation();
  const { appInfo } = useServices();
  return (
    <section className="settings-section">
      <h3>{t('settings.about.heading')}</h3>
      <FieldList
        fields={[
          { label: t('settings.about.version'), value: `${appInfo.name} ${appInfo.version}` },
          {
            label: t('settings.about.frontDoor'),
            value: t(`settings.about.frontDoors.${appInfo.frontDoor}`),
          },
          { label: t('settings.about.platform'), value: appInfo.platform },
        ]}
      />
    </section>
  );
};

import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Language } from '../../../shared/domain/settings';
import { FieldList } from '../../components/field-list';
import { FormRow, FormSection } from '../../components/form';
import { resolveLanguage, systemLanguage } from '../../i18n/resolve-language';
import { NotificationsSetting } from '../shell/browser-notices';
import { useServices } from '../../services/console-services';
import { PaneButtons } from './pane-buttons';
import { platformName } from './platform-name';
import { useSettings } from './settings-context';
import { useSettingsPane } from './use-settings-pane';

/** General: the console's language, and what this copy of the console is. */
export const GeneralPane = () => {
  const { t } = useTranslation();
  const { settings } = useSettings();
  const { appInfo } = useServices();
  const pane = useSettingsPane(settings.language, (a, b) => a === b);
  const selectId = useId();
  const systemName = t(`settings.language.${resolveLanguage('system', systemLanguage())}`);

  return (
    <>
      <FormSection title={t('settings.language.heading')}>
        <FormRow label={t('settings.language.label')} htmlFor={selectId}>
          <select
            id={selectId}
            value={pane.draft}
            onChange={(event) => {
              const parsed = Language.safeParse(event.target.value);
              if (parsed.success) pane.edit(parsed.data);
            }}
          >
            <option value="system">
              {t('settings.language.system', { language: systemName })}
            </option>
            <option value="en">{t('settings.language.en')}</option>
            <option value="nl">{t('settings.language.nl')}</option>
          </select>
        </FormRow>
      </FormSection>
      <PaneButtons
        changed={pane.changed}
        saving={pane.saving}
        onRevert={pane.revert}
        onSave={() => void pane.save({ language: pane.draft })}
        message={pane.message}
      />
      <NotificationsSetting />
      <FormSection title={t('settings.about.heading')}>
        <FieldList
          fields={[
            { label: t('settings.about.version'), value: `${appInfo.name} ${appInfo.version}` },
            {
              label: t('settings.about.frontDoor'),
              value: t(`settings.about.frontDoors.${appInfo.frontDoor}`),
            },
            { label: t('settings.about.platform'), value: platformName(appInfo.platform) },
          ]}
        />
      </FormSection>
    </>
  );
};

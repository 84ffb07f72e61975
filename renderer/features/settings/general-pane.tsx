import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Language } from '../../../shared/domain/settings';
import { FieldList } from '../../components/field-list';
import { FormRow, FormSection } from '../../components/form';
import { errorInfoOf, errorText } from '../../i18n/error-text';
import { resolveLanguage, systemLanguage } from '../../i18n/resolve-language';
import { useServices } from '../../services/console-services';
import { PaneButtons, type SaveMessage } from './pane-buttons';
import { platformName } from './platform-name';
import { useSettings } from './settings-context';
import { useDraft } from './use-draft';

/** General: the console's language, and what this copy of the console is. */
export const GeneralPane = () => {
  const { t, i18n } = useTranslation();
  const { settings, update } = useSettings();
  const { appInfo } = useServices();
  const { draft, setDraft, changed, revert } = useDraft(settings.language, (a, b) => a === b);
  const [saving, setSaving] = useState(false);
  const [message, setMessage] = useState<SaveMessage>();
  const selectId = useId();
  const systemName = t(`settings.language.${resolveLanguage('system', systemLanguage())}`);

  const save = async () => {
    setSaving(true);
    setMessage(undefined);
    try {
      await update({ language: draft });
      setMessage({ saved: true });
    } catch (failure) {
      setMessage({ saved: false, error: errorText(i18n, errorInfoOf(failure)) });
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      <FormSection title={t('settings.language.heading')}>
        <FormRow label={t('settings.language.label')} htmlFor={selectId}>
          <select
            id={selectId}
            value={draft}
            onChange={(event) => {
              const parsed = Language.safeParse(event.target.value);
              if (parsed.success) setDraft(parsed.data);
              setMessage(undefined);
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
        changed={changed}
        saving={saving}
        onRevert={() => {
          revert();
          setMessage(undefined);
        }}
        onSave={() => void save()}
        message={message}
      />
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

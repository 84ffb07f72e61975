import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppleServiceMode, SettingsPatch } from '../../../shared/domain/settings';
import { FormNote, FormRow, FormSection } from '../../components/form';
import { Sheet } from '../../components/sheet';
import { useUiStore } from '../../stores/ui-store';
import { draftOf, sameDraft, validateDraft } from './apple-service-draft';
import { CheckConnection } from './check-connection';
import { PaneButtons } from './pane-buttons';
import { useSettings } from './settings-context';
import { useSettingsPane } from './use-settings-pane';

const MODES: AppleServiceMode[] = ['sandbox', 'apple', 'custom'];

/**
 * Which Apple service the console talks to, and a check of the one on screen. Switching to
 * Apple's real service asks first in a sheet: from then on syncs and assignments change the
 * school's real licenses.
 */
export const AppleServicePane = () => {
  const { t } = useTranslation();
  const { settings } = useSettings();
  const sheet = useUiStore((state) => state.sheet);
  const openSheet = useUiStore((state) => state.openSheet);
  const closeSheet = useUiStore((state) => state.closeSheet);
  const saved = draftOf(settings);
  const pane = useSettingsPane(saved, sameDraft);
  const { draft } = pane;
  const [showProblem, setShowProblem] = useState(false);
  const id = useId();

  const validation = validateDraft(draft);
  const problem = 'problem' in validation ? validation.problem : undefined;

  const save = async (patch: SettingsPatch) => {
    await pane.save(patch);
    closeSheet();
  };

  const onSave = () => {
    pane.clearMessage();
    if ('problem' in validation) {
      setShowProblem(true);
      return;
    }
    setShowProblem(false);
    if (draft.mode === 'apple' && saved.mode !== 'apple') openSheet('confirm-apple-service');
    else void save(validation.patch);
  };

  const edit = pane.edit;

  const problemId = `${id}-problem`;
  const modeLabelId = `${id}-mode`;
  return (
    <>
      <FormSection
        title={t('settings.appleService.heading')}
        description={t('settings.appleService.intro')}
      >
        <FormRow label={t('settings.appleService.service')} labelId={modeLabelId}>
          <div className="radio-group" role="radiogroup" aria-labelledby={modeLabelId}>
            {MODES.map((mode) => (
              <label key={mode} className="radio">
                <input
                  type="radio"
                  name={`${id}-mode`}
                  value={mode}
                  checked={draft.mode === mode}
                  onChange={() => edit({ ...draft, mode })}
                />
                {t(`settings.appleService.${mode}`)}
              </label>
            ))}
          </div>
        </FormRow>
        {draft.mode === 'custom' && (
          <FormRow label={t('settings.appleService.customUrl')} htmlFor={`${id}-url`}>
            <input
              id={`${id}-url`}
              type="url"
              inputMode="url"
              className="wide-field"
              spellCheck={false}
              placeholder={t('settings.appleService.customUrlPlaceholder')}
              value={draft.customUrl}
              aria-invalid={showProblem && problem !== undefined}
              aria-describedby={showProblem && problem ? problemId : undefined}
              onChange={(event) => edit({ ...draft, customUrl: event.target.value })}
            />
          </FormRow>
        )}
        {showProblem && problem && (
          <FormNote>
            <p id={problemId} className="form-error" role="alert">
              {t(`settings.appleService.${problem}`)}
            </p>
          </FormNote>
        )}
        <FormNote>
          <CheckConnection draft={draft} onProblem={() => setShowProblem(true)} />
        </FormNote>
      </FormSection>
      <PaneButtons
        changed={pane.changed}
        saving={pane.saving}
        onRevert={() => {
          pane.revert();
          setShowProblem(false);
        }}
        onSave={onSave}
        message={pane.message}
      />
      {sheet === 'confirm-apple-service' && (
        <Sheet
          title={t('settings.appleService.confirmAppleTitle')}
          confirmLabel={t('settings.appleService.confirmAppleOk')}
          busy={pane.saving}
          onCancel={closeSheet}
          onConfirm={() => 'patch' in validation && void save(validation.patch)}
        >
          <p>{t('settings.appleService.confirmAppleBody')}</p>
        </Sheet>
      )}
    </>
  );
};

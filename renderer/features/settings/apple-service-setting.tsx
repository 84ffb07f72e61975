import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppleServiceMode, SettingsPatch } from '../../../shared/domain/settings';
import { Sheet } from '../../components/sheet';
import { errorInfoOf, errorText } from '../../i18n/error-text';
import { useUiStore } from '../../stores/ui-store';
import { draftOf, sameDraft, validateDraft, type AppleServiceDraft } from './apple-service-draft';
import { useSettings } from './settings-context';

const MODES: AppleServiceMode[] = ['sandbox', 'apple', 'custom'];

/**
 * Which Apple service the console talks to. Switching to Apple's real service asks first in a
 * sheet: from then on syncs and assignments change the school's real licences.
 */
export const AppleServiceSetting = () => {
  const { t, i18n } = useTranslation();
  const { settings, update } = useSettings();
  const sheet = useUiStore((state) => state.sheet);
  const openSheet = useUiStore((state) => state.openSheet);
  const closeSheet = useUiStore((state) => state.closeSheet);
  const [draft, setDraft] = useState<AppleServiceDraft>(() => draftOf(settings));
  const [showProblem, setShowProblem] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean }>();
  const [saving, setSaving] = useState(false);
  const id = useId();

  const saved = draftOf(settings);
  // Follow main when the setting changes elsewhere (another window), unless the admin is editing.
  const [baseline, setBaseline] = useState(saved);
  if (!sameDraft(baseline, saved)) {
    setBaseline(saved);
    if (sameDraft(draft, baseline)) setDraft(saved);
  }

  const changed = !sameDraft(draft, saved);
  const validation = validateDraft(draft);
  const problem = 'problem' in validation ? validation.problem : undefined;

  const save = async (patch: SettingsPatch) => {
    setSaving(true);
    try {
      await update(patch);
      setMessage({ text: t('settings.appleService.saved'), error: false });
    } catch (failure) {
      setMessage({ text: errorText(i18n, errorInfoOf(failure)), error: true });
    } finally {
      setSaving(false);
      closeSheet();
    }
  };

  const onSave = () => {
    setMessage(undefined);
    if ('problem' in validation) {
      setShowProblem(true);
      return;
    }
    setShowProblem(false);
    if (draft.mode === 'apple' && saved.mode !== 'apple') openSheet('confirm-apple-service');
    else void save(validation.patch);
  };

  const edit = (next: AppleServiceDraft) => {
    setDraft(next);
    setMessage(undefined);
  };

  const problemId = `${id}-problem`;
  return (
    <section className="settings-section">
      <h3>{t('settings.appleService.heading')}</h3>
      <p className="settings-intro">{t('settings.appleService.intro')}</p>
      <fieldset className="radio-group">
        <legend className="visually-hidden">{t('settings.appleService.heading')}</legend>
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
      </fieldset>
      {draft.mode === 'custom' && (
        <div className="settings-row">
          <label htmlFor={`${id}-url`}>{t('settings.appleService.customUrl')}</label>
          <input
            id={`${id}-url`}
            type="url"
            inputMode="url"
            spellCheck={false}
            placeholder={t('settings.appleService.customUrlPlaceholder')}
            value={draft.customUrl}
            aria-invalid={showProblem && problem !== undefined}
            aria-describedby={showProblem && problem ? problemId : undefined}
            onChange={(event) => edit({ ...draft, customUrl: event.target.value })}
          />
        </div>
      )}
      {showProblem && problem && (
        <p id={problemId} className="form-error" role="alert">
          {t(`settings.appleService.${problem}`)}
        </p>
      )}
      <div className="button-row">
        <button
          type="button"
          disabled={!changed || saving}
          onClick={() => {
            edit(saved);
            setShowProblem(false);
          }}
        >
          {t('settings.appleService.revert')}
        </button>
        <button
          type="button"
          className="default-button"
          disabled={!changed || saving}
          onClick={onSave}
        >
          {t('settings.appleService.save')}
        </button>
      </div>
      {message && (
        <p
          className={message.error ? 'form-error' : 'form-note'}
          role={message.error ? 'alert' : 'status'}
        >
          {message.text}
        </p>
      )}
      {sheet === 'confirm-apple-service' && (
        <Sheet
          title={t('settings.appleService.confirmAppleTitle')}
          confirmLabel={t('settings.appleService.confirmAppleOk')}
          busy={saving}
          onCancel={closeSheet}
          onConfirm={() => 'patch' in validation && void save(validation.patch)}
        >
          <p>{t('settings.appleService.confirmAppleBody')}</p>
        </Sheet>
      )}
    </section>
  );
};

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SettingsPatch } from '../../../shared/domain/settings';
import { errorInfoOf, errorText } from '../../i18n/error-text';
import type { SaveMessage } from './pane-buttons';
import { useSettings } from './settings-context';
import { useDraft } from './use-draft';

/**
 * What every settings pane does the same way: a draft of main's saved value, Save (which sends
 * a patch to main and says how it went) and Revert (which takes the draft back).
 */
export const useSettingsPane = <T>(saved: T, same: (a: T, b: T) => boolean) => {
  const { i18n } = useTranslation();
  const { update } = useSettings();
  const { draft, setDraft, changed, revert } = useDraft(saved, same);
  const [saving, setSaving] = useState(false);
  const [message, setMessage] = useState<SaveMessage>();

  const save = async (patch: SettingsPatch) => {
    setSaving(true);
    setMessage(undefined);
    try {
      await update(patch);
      setMessage({ saved: true });
    } catch (failure) {
      setMessage({ saved: false, error: errorText(i18n, errorInfoOf(failure)) });
    } finally {
      setSaving(false);
    }
  };

  return {
    draft,
    /** Changes the draft; the last Save's message no longer applies. */
    edit: (next: T) => {
      setDraft(next);
      setMessage(undefined);
    },
    changed,
    saving,
    message,
    save,
    revert: () => {
      revert();
      setMessage(undefined);
    },
    clearMessage: () => setMessage(undefined),
  };
};

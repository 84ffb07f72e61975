import { useTranslation } from 'react-i18next';
import { FormButtons } from '../../components/form';

/** What the last Save did: saved (said in the language now in force), or why it failed. */
export type SaveMessage = { saved: true } | { saved: false; error: string };

/** Revert and Save at the bottom right of a settings pane, dimmed until something changed. */
export const PaneButtons = ({
  changed,
  saving,
  onRevert,
  onSave,
  message,
}: {
  changed: boolean;
  saving: boolean;
  onRevert(): void;
  onSave(): void;
  message?: SaveMessage;
}) => {
  const { t } = useTranslation();
  return (
    <FormButtons>
      <span
        className={message?.saved === false ? 'form-error' : 'form-note'}
        role={message?.saved === false ? 'alert' : 'status'}
      >
        {message && (message.saved ? t('settings.saved') : message.error)}
      </span>
      <button type="button" disabled={!changed || saving} onClick={onRevert}>
        {t('settings.revert')}
      </button>
      <button
        type="button"
        className="default-button"
        disabled={!changed || saving}
        onClick={onSave}
      >
        {t('settings.save')}
      </button>
    </FormButtons>
  );
};

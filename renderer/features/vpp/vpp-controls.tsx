import { useTranslation } from 'react-i18next';
import type { Action } from '../../components/action';
import { CommandButton } from '../../components/command-button';
import { FormButtons, FormNote } from '../../components/form';

/** Enable VPP Managed Distribution Services: the section's one setting. */
export const EnableCheckbox = ({
  checked,
  onChange,
}: {
  checked: boolean;
  onChange(checked: boolean): void;
}) => {
  const { t } = useTranslation();
  return (
    <FormNote>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={checked}
          onChange={(event) => onChange(event.target.checked)}
        />
        {t('vpp.enable')}
      </label>
    </FormNote>
  );
};

/** The section's actions in one row of push buttons (each says why when it can't be used). */
export const VppActions = ({ actions }: { actions: { label: string; action: Action }[] }) => (
  <FormNote>
    <div className="button-row vpp-actions">
      {actions.map(({ label, action }) => (
        <CommandButton
          key={label}
          label={label}
          action={action}
          showLabel
          className="push-button"
        />
      ))}
    </div>
  </FormNote>
);

/** Revert / Save of the section, with what it last started (or why it failed) beside them. */
export const VppSaveBar = ({
  changed,
  busy,
  error,
  note,
  onRevert,
  onSave,
}: {
  changed: boolean;
  busy: boolean;
  error?: string;
  note?: string;
  onRevert(): void;
  onSave(): void;
}) => {
  const { t } = useTranslation();
  return (
    <FormButtons>
      <span className={error ? 'form-error' : 'form-note'} role="status">
        {error ?? note}
      </span>
      <button type="button" disabled={!changed || busy} onClick={onRevert}>
        {t('vpp.revert')}
      </button>
      <button type="button" className="default-button" disabled={!changed || busy} onClick={onSave}>
        {t('vpp.save')}
      </button>
    </FormButtons>
  );
};

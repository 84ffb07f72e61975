import { KeyRound } from 'lucide-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormRow } from '../../components/form';
import { StatusBadge } from '../../components/status-badge';
import { errorInfoOf, errorText } from '../../i18n/error-text';

/**
 * The SMTP password: typed here, sent to the vault on Save, never shown again. When the vault
 * holds one the row says so, with Remove; the field stays empty (typing replaces it).
 */
export const MailPasswordRow = ({
  inputProps,
  value,
  onChange,
  hasPassword,
  onRemove,
  problem,
}: {
  inputProps: { id: string; 'aria-invalid'?: boolean; 'aria-describedby'?: string };
  value: string;
  onChange(password: string): void;
  hasPassword: boolean;
  onRemove(): Promise<void>;
  problem: ReactNode;
}) => {
  const { t, i18n } = useTranslation();
  const [removing, setRemoving] = useState(false);
  const [note, setNote] = useState<{ error: boolean; text: string }>();

  const remove = async () => {
    setRemoving(true);
    setNote(undefined);
    try {
      await onRemove();
      setNote({ error: false, text: t('mail.passwordRemoved') });
    } catch (failure) {
      setNote({ error: true, text: errorText(i18n, errorInfoOf(failure)) });
    } finally {
      setRemoving(false);
    }
  };

  return (
    <FormRow label={t('mail.password')} htmlFor={inputProps.id}>
      <input
        {...inputProps}
        type="password"
        className="wide-field"
        autoComplete="new-password"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
      {problem}
      {hasPassword && (
        <div className="password-saved">
          <StatusBadge tone="success" icon={KeyRound} text={t('mail.passwordSaved')} />
          <button
            type="button"
            aria-label={t('mail.removePasswordLabel')}
            disabled={removing}
            onClick={() => void remove()}
          >
            {t('mail.removePassword')}
          </button>
          {value === '' && <span className="form-hint">{t('mail.passwordReplace')}</span>}
        </div>
      )}
      {note && (
        <p
          className={note.error ? 'form-error' : 'form-hint'}
          role={note.error ? 'alert' : 'status'}
        >
          {note.text}
        </p>
      )}
    </FormRow>
  );
};

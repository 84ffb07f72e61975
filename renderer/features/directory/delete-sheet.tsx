import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Sheet } from '../../components/sheet';
import { errorInfoOf, errorText } from '../../i18n/error-text';

/**
 * Asks before a user, group or device is deleted, saying what goes with it and what stays;
 * Delete then runs the one transaction. A failure stays in the sheet as a plain sentence.
 */
export const DeleteSheet = ({
  name,
  consequences,
  onDelete,
  onClose,
}: {
  name: string;
  /** One sentence each; undefined while they are still being counted. */
  consequences: string[] | undefined;
  onDelete(): Promise<void>;
  onClose(): void;
}) => {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const confirm = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await onDelete();
      onClose();
    } catch (failure) {
      setError(errorText(i18n, errorInfoOf(failure)));
      setBusy(false);
    }
  };
  return (
    <Sheet
      title={t('directory.delete.title', { name })}
      confirmLabel={t('directory.delete.confirm')}
      onConfirm={() => void confirm()}
      onCancel={onClose}
      busy={busy || consequences === undefined}
    >
      {consequences?.map((sentence) => (
        <p key={sentence} className="sheet-paragraph">
          {sentence}
        </p>
      ))}
      <p className="sheet-paragraph">{t('directory.delete.cantUndo')}</p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </Sheet>
  );
};

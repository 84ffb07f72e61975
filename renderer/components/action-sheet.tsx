import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorInfoOf, errorText } from '../i18n/error-text';
import { Sheet } from './sheet';

export interface ActionSheetProps {
  title: string;
  confirmLabel: string;
  /** What the confirm button does; a failure stays in the sheet as one plain sentence. */
  action(): Promise<void>;
  /** After the action succeeded (usually: close the sheet). */
  onDone(): void;
  onCancel(): void;
  /** Something the sheet still waits for before it can be confirmed (e.g. a count). */
  waiting?: boolean;
  children: ReactNode;
}

/** A `Sheet` whose one action runs on confirm: both buttons wait while it runs. */
export const ActionSheet = ({
  title,
  confirmLabel,
  action,
  onDone,
  onCancel,
  waiting,
  children,
}: ActionSheetProps) => {
  const { i18n } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const confirm = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await action();
      onDone();
    } catch (failure) {
      setError(errorText(i18n, errorInfoOf(failure)));
      setBusy(false);
    }
  };
  return (
    <Sheet
      title={title}
      confirmLabel={confirmLabel}
      busy={busy || waiting}
      onCancel={onCancel}
      onConfirm={() => void confirm()}
    >
      {children}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </Sheet>
  );
};

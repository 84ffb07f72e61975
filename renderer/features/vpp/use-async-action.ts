import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorInfoOf, errorText } from '../../i18n/error-text';

/**
 * One action of the VPP section or its sheets: busy while it runs, `onDone` when it succeeds,
 * and a failure kept as one plain sentence to show where the admin clicked.
 */
export const useAsyncAction = <Args extends unknown[]>(
  action: (...args: Args) => Promise<void>,
  onDone?: () => void,
) => {
  const { i18n } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const run = async (...args: Args) => {
    setBusy(true);
    setError(undefined);
    try {
      await action(...args);
      onDone?.();
    } catch (failure) {
      setError(errorText(i18n, errorInfoOf(failure)));
    } finally {
      setBusy(false);
    }
  };
  return {
    busy,
    error,
    run: (...args: Args) => void run(...args),
    clearError: () => setError(undefined),
  };
};

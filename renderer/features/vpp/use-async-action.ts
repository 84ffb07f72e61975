import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorInfoOf, errorText } from '../../i18n/error-text';

/**
 * The VPP section's Save: busy while it runs, and a failure kept as one plain sentence to show
 * beside the button.
 */
export const useAsyncAction = (action: () => Promise<void>) => {
  const { i18n } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const run = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await action();
    } catch (failure) {
      setError(errorText(i18n, errorInfoOf(failure)));
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, run: () => void run() };
};

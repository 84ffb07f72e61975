import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorInfoOf, errorText } from '../../i18n/error-text';
import { useTokenSheets } from './token-sheets';

/**
 * A confirming sheet's one action: busy while it runs, the sheet closes when it succeeds, and
 * a failure stays in the sheet as one plain sentence.
 */
export const useSheetAction = (action: () => Promise<void>) => {
  const { i18n } = useTranslation();
  const close = useTokenSheets((state) => state.close);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const run = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await action();
      close();
    } catch (failure) {
      setError(errorText(i18n, errorInfoOf(failure)));
      setBusy(false);
    }
  };
  return { busy, error, run: () => void run(), close };
};

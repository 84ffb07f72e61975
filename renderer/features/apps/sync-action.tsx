import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { unavailable, type Action } from '../../components/action';
import type { TokenRow } from '../../db/types';
import { errorInfoOf, errorText } from '../../i18n/error-text';
import { useSyncNow } from '../sync/sync-now';

/**
 * Sync Now (toolbar, ⌘R) for the views fed by content tokens: a full sync of the tokens asked
 * for, all of them by default. The tasks it starts show in Active Tasks; if main refuses, the
 * view says why under its toolbar (`notice`).
 */
export const useSyncAction = (tokens: ReadonlyMap<string, TokenRow> | undefined) => {
  const { t, i18n } = useTranslation();
  const syncNow = useSyncNow();
  const [error, setError] = useState<string>();

  const sync = (tokenIds?: string[]) => {
    setError(undefined);
    syncNow(tokenIds).catch((failure: unknown) => setError(errorText(i18n, errorInfoOf(failure))));
  };

  const action: Action =
    tokens && tokens.size > 0 ? { run: () => sync() } : unavailable(t('assets.syncNeedsToken'));

  const notice = error ? (
    <p className="inline-alert" role="alert">
      {t('assets.syncFailed', { message: error })}
    </p>
  ) : null;

  return { action, sync, notice };
};

import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Sheet } from '../../components/sheet';
import { removeTokenData, tokenDataCounts } from '../../db/repositories/tokens-repository';
import type { TokenRow } from '../../db/types';
import { errorInfoOf, errorText } from '../../i18n/error-text';
import { useServices } from '../../services/console-services';
import { useUiStore } from '../../stores/ui-store';
import { useTokenSheets } from './token-sheets';

/**
 * Asks before a token is deleted, saying what goes with it: this console's copy of its apps,
 * books, assignments and VPP users. Nothing changes at Apple.
 */
export const RemoveTokenSheet = ({ token }: { token: TokenRow }) => {
  const { t, i18n } = useTranslation();
  const { api, db } = useServices();
  const close = useTokenSheets((state) => state.close);
  const counts = useLiveQuery(() => tokenDataCounts(db, token.id), [db, token.id]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  const remove = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await api.invoke('tokens:delete', { id: token.id });
      // Main also says `tokens:removed`; deleting twice is harmless, and this is at once.
      await removeTokenData(db, token.id);
      const ui = useUiStore.getState();
      if (ui.selectedIds.tokens === token.id) ui.selectItem('tokens', undefined);
      close();
    } catch (failure) {
      setError(errorText(i18n, errorInfoOf(failure)));
      setBusy(false);
    }
  };

  return (
    <Sheet
      title={t('tokens.remove.title', { name: token.name })}
      confirmLabel={t('tokens.remove.confirm')}
      onConfirm={() => void remove()}
      onCancel={close}
      busy={busy || counts === undefined}
    >
      {counts && (
        <p>
          {t('tokens.remove.body', {
            apps: t('tokens.remove.apps', { count: counts.apps }),
            books: t('tokens.remove.books', { count: counts.books }),
            assignments: t('tokens.remove.assignments', { count: counts.assignments }),
            users: t('tokens.remove.users', { count: counts.vppUsers }),
          })}
        </p>
      )}
      <p>{t('tokens.remove.apple')}</p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </Sheet>
  );
};

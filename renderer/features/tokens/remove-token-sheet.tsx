import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Sheet } from '../../components/sheet';
import { removeTokenData, tokenDataCounts } from '../../db/repositories/tokens-repository';
import type { TokenRow } from '../../db/types';
import { useServices } from '../../services/console-services';
import { useUiStore } from '../../stores/ui-store';
import { useSheetAction } from './use-sheet-action';

/**
 * Asks before a token is deleted, saying what goes with it: this console's copy of its apps,
 * books, assignments and VPP users. Nothing changes at Apple.
 */
export const RemoveTokenSheet = ({ token }: { token: TokenRow }) => {
  const { t } = useTranslation();
  const { api, db } = useServices();
  const counts = useLiveQuery(() => tokenDataCounts(db, token.id), [db, token.id]);
  const { busy, error, run, close } = useSheetAction(async () => {
    await api.invoke('tokens:delete', { id: token.id });
    // Main also says `tokens:removed`; deleting twice is harmless, and this is at once.
    await removeTokenData(db, token.id);
    const ui = useUiStore.getState();
    if (ui.selectedIds.tokens === token.id) ui.selectItem('tokens', undefined);
  });

  return (
    <Sheet
      title={t('tokens.remove.title', { name: token.name })}
      confirmLabel={t('tokens.remove.confirm')}
      onConfirm={run}
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

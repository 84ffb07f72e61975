import { useTranslation } from 'react-i18next';
import { Sheet } from '../../components/sheet';
import type { TokenRow } from '../../db/types';
import { useServices } from '../../services/console-services';
import { useSheetAction } from './use-sheet-action';

/**
 * Asks before VPP Console claims a location another MDM manages: Apple allows one, so the other
 * product stops managing the location's apps and books.
 */
export const TakeOverSheet = ({ token }: { token: TokenRow }) => {
  const { t } = useTranslation();
  const { api, db } = useServices();
  const other = token.mdm.name || t('tokens.mdm.anotherProduct');
  const { busy, error, run, close } = useSheetAction(async () => {
    await db.tokens.put(await api.invoke('tokens:takeOver', { id: token.id }));
  });

  return (
    <Sheet
      title={t('tokens.takeOver.title', { location: token.locationName })}
      confirmLabel={t('tokens.takeOver.confirm')}
      onConfirm={run}
      onCancel={close}
      busy={busy}
    >
      <p>{t('tokens.takeOver.body', { location: token.locationName, other })}</p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </Sheet>
  );
};

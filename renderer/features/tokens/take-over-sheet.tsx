import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Sheet } from '../../components/sheet';
import type { TokenRow } from '../../db/types';
import { errorInfoOf, errorText } from '../../i18n/error-text';
import { useServices } from '../../services/console-services';
import { useTokenSheets } from './token-sheets';

/**
 * Asks before VPP Console claims a location another MDM manages: Apple allows one, so the other
 * product stops managing the location's apps and books.
 */
export const TakeOverSheet = ({ token }: { token: TokenRow }) => {
  const { t, i18n } = useTranslation();
  const { api, db } = useServices();
  const close = useTokenSheets((state) => state.close);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const other = token.mdm.name || t('tokens.mdm.anotherProduct');

  const takeOver = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await db.tokens.put(await api.invoke('tokens:takeOver', { id: token.id }));
      close();
    } catch (failure) {
      setError(errorText(i18n, errorInfoOf(failure)));
      setBusy(false);
    }
  };

  return (
    <Sheet
      title={t('tokens.takeOver.title', { location: token.locationName })}
      confirmLabel={t('tokens.takeOver.confirm')}
      onConfirm={() => void takeOver()}
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

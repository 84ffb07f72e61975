import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The browser bridge fires `vpp-bridge-closed` when the host goes away (see renderer/api). */
export const BRIDGE_CLOSED_EVENT = 'vpp-bridge-closed';

export const ConnectionLostBanner = () => {
  const { t } = useTranslation();
  const [lost, setLost] = useState(false);
  useEffect(() => {
    const onClosed = () => setLost(true);
    window.addEventListener(BRIDGE_CLOSED_EVENT, onClosed);
    return () => window.removeEventListener(BRIDGE_CLOSED_EVENT, onClosed);
  }, []);
  if (!lost) return null;
  return (
    <div className="banner" role="alert">
      <span>{t('connection.lost')}</span>
      <button type="button" onClick={() => location.reload()}>
        {t('connection.reload')}
      </button>
    </div>
  );
};

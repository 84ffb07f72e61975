import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The browser bridge fires `vpp-bridge-closed` when the host goes away (see renderer/api). */
export const BRIDGE_CLOSED_EVENT = 'vpp-bridge-closed';

/**
 * Says that the host stopped, and what brings it back: a new start prints a new link (with a
 * new secret), so reloading this page cannot help and no Reload button is offered.
 */
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
      {t('connection.lost')}
    </div>
  );
};

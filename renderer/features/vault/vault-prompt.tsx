import { useLiveQuery } from 'dexie-react-hooks';
import { LockKeyhole } from 'lucide-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/icon';
import { useServices } from '../../services/console-services';
import { VaultPassphraseSheet } from './vault-passphrase-sheet';
import { needsPassphrase, useVaultStore } from './vault-store';

/**
 * The passphrase sheet when the console itself asks: once at start when tokens exist and the
 * vault is locked (syncs need their secrets), and from the Tokens view's banner. Adding a token
 * asks inside its own sheet.
 */
export const VaultPrompt = () => {
  const { db } = useServices();
  const status = useVaultStore((state) => state.status);
  const prompting = useVaultStore((state) => state.prompting);
  const askedAtStart = useVaultStore((state) => state.askedAtStart);
  const tokenCount = useLiveQuery(() => db.tokens.count(), [db]);

  useEffect(() => {
    if (askedAtStart || !status || tokenCount === undefined) return;
    const { prompt, markAskedAtStart } = useVaultStore.getState();
    markAskedAtStart();
    if (status.protection === 'passphrase' && status.state === 'locked' && tokenCount > 0) prompt();
  }, [askedAtStart, status, tokenCount]);

  if (!prompting || !status || !needsPassphrase(status)) return null;
  const dismiss = () => useVaultStore.getState().dismiss();
  return <VaultPassphraseSheet status={status} onOpened={dismiss} onCancel={dismiss} />;
};

/** Over the Tokens view while the vault is locked: nothing syncs until the passphrase is in. */
export const VaultLockedBanner = () => {
  const { t } = useTranslation();
  const status = useVaultStore((state) => state.status);
  if (status?.protection !== 'passphrase' || status.state !== 'locked') return null;
  return (
    <div className="banner token-banner" role="status">
      <Icon icon={LockKeyhole} />
      <span className="token-banner-text">{t('vault.lockedBanner')}</span>
      <button type="button" onClick={() => useVaultStore.getState().prompt()}>
        {t('vault.enterButton')}
      </button>
    </div>
  );
};

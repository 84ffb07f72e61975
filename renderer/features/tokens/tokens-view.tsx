import type { TFunction } from 'i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { unavailable, type Action } from '../../components/action';
import { EntityBrowser } from '../../components/entity-browser';
import { tokenIds, tokensByIds } from '../../db/repositories/tokens-repository';
import type { TokenRow } from '../../db/types';
import { errorInfoOf, errorText } from '../../i18n/error-text';
import { useServices } from '../../services/console-services';
import { useSectionState } from '../../stores/use-section-state';
import { useSettings } from '../settings/settings-context';
import { useSyncNow } from '../sync/sync-now';
import { VaultLockedBanner } from '../vault/vault-prompt';
import { needsPassphrase, useVaultStore } from '../vault/vault-store';
import { TokenRowBadges } from './token-badges';
import { daysLeft, healthAt, managedElsewhere, useNow } from './token-health';
import { TokenInfo } from './token-info';
import { useTokenSheets } from './token-sheets';
import { useTokenText } from './token-text';
import './tokens.css';

/**
 * The content tokens, one per location: health and another MDM at a glance, Add Token… (a
 * file, or the sandbox's demo token), Delete, and in the Action menu Renew, Take Over and
 * Sync Now. The rows mirror main's tokens (token-mirror.ts).
 */
export const TokensView = () => {
  const { t, i18n } = useTranslation();
  const { db } = useServices();
  const { settings } = useSettings();
  const { search } = useSectionState('tokens');
  const text = useTokenText();
  const now = useNow();
  const syncNow = useSyncNow();
  const open = useTokenSheets((state) => state.open);
  const vault = useVaultStore((state) => state.status);
  const [syncError, setSyncError] = useState<string>();
  const keys = useLiveQuery(() => tokenIds(db, search), [db, search]);
  const sandbox = settings.appleService.mode === 'sandbox';

  const add: Action = { run: () => open({ kind: 'add' }) };
  const selectFirst = unavailable(t('actions.selectFirst', { item: t('actions.tokens.item') }));
  const sync = (tokenIds?: string[]): Action => {
    if (keys?.length === 0) return unavailable(t('tokens.actions.nothingToSync'));
    if (needsPassphrase(vault)) return unavailable(t('tokens.actions.lockedReason'));
    return {
      run: () => {
        setSyncError(undefined);
        syncNow(tokenIds).catch((failure: unknown) =>
          setSyncError(errorText(i18n, errorInfoOf(failure))),
        );
      },
    };
  };

  return (
    <EntityBrowser
      section="tokens"
      kind="token"
      keys={keys}
      rowsOf={(ids) => tokensByIds(db, ids)}
      primaryText={(token) => token.name}
      secondaryText={(token) => `${token.locationName} · ${text.rowState(token)}`}
      trailingText={(token) => <TokenRowBadges token={token} now={now} />}
      empty={{
        title: t('tokens.empty'),
        message: sandbox
          ? `${t('tokens.emptyHint')} ${t('tokens.emptyDemo')}`
          : t('tokens.emptyHint'),
        action: { label: t('tokens.actions.add'), run: () => open({ kind: 'add' }) },
      }}
      detailTitle={(token) => token.name}
      detailSubtitle={(token) => `${token.locationName} · ${token.orgName}`}
      actions={(selected) => ({
        add,
        remove: selected
          ? { run: () => open({ kind: 'remove', tokenId: selected.id }) }
          : selectFirst,
        sync: sync(),
        menu: [
          {
            id: 'renew',
            label: t('tokens.actions.renew'),
            action: selected
              ? { run: () => open({ kind: 'renew', tokenId: selected.id }) }
              : selectFirst,
          },
          {
            id: 'takeOver',
            label: t('tokens.actions.takeOver'),
            action: !selected
              ? selectFirst
              : managedElsewhere(selected)
                ? { run: () => open({ kind: 'takeOver', tokenId: selected.id }) }
                : unavailable(t('tokens.actions.alreadyOurs')),
          },
          {
            id: 'sync',
            label: t('toolbar.sync'),
            action: selected ? sync([selected.id]) : selectFirst,
          },
        ],
      })}
      exportColumns={[
        { header: t('tokens.fields.name'), value: (token) => token.name },
        { header: t('tokens.location'), value: (token) => token.locationName },
        { header: t('tokens.orgName'), value: (token) => token.orgName },
        { header: t('tokens.fields.type'), value: (token) => t(`tokens.types.${token.type}`) },
        { header: t('tokens.fields.categories'), value: (token) => token.categories.join(', ') },
        { header: t('tokens.fields.appleId'), value: (token) => token.appleId },
        { header: t('tokens.expiresAt'), value: (token) => token.expiresAt.slice(0, 10) },
        { header: t('tokens.state'), value: (token) => healthText(t, token, now) },
        { header: t('tokens.mdm.label'), value: (token) => text.mdm(token.mdm) },
      ]}
      notice={
        <>
          <VaultLockedBanner />
          {syncError && (
            <p className="inline-alert" role="alert">
              {syncError}
            </p>
          )}
        </>
      }
      tabs={(token) => [
        {
          id: 'info',
          label: t('detail.tabs.info'),
          render: () => <TokenInfo key={token.id} token={token} />,
        },
      ]}
    />
  );
};

type T = TFunction;

/** Spelt out: a template key over every string the console has is too deep for the checker. */
const HEALTH_KEYS = {
  ok: 'tokens.health.ok',
  expired: 'tokens.health.expired',
  revoked: 'tokens.health.revoked',
} as const;

const healthText = (t: T, token: TokenRow, now: number) => {
  const health = healthAt(token, now);
  return health === 'expiringSoon'
    ? t('tokens.health.expiresIn', { count: Math.max(1, daysLeft(token, now)) })
    : t(HEALTH_KEYS[health]);
};

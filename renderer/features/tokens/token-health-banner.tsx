import type { TFunction } from 'i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { CircleAlert, Clock, ShieldAlert } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/icon';
import { allTokens } from '../../db/repositories/tokens-repository';
import { useServices } from '../../services/console-services';
import { useUiStore } from '../../stores/ui-store';
import { tokenProblems, useNow, type TokenProblem } from './token-health';
import { useTokenSheets } from './token-sheets';
import { managerOf } from './token-text';
import './tokens.css';

const icons = {
  expired: CircleAlert,
  revoked: CircleAlert,
  takenFromUs: ShieldAlert,
  expiringSoon: Clock,
  otherMdm: ShieldAlert,
} as const;

/**
 * Across the top of the console while a token needs the admin: expired, revoked, expiring
 * within 30 days, or its location managed by another MDM. One line for the most urgent, with
 * how to fix it, "and N more", and Show, which selects the token in Tokens.
 */
export const TokenHealthBanner = () => {
  const { t } = useTranslation();
  const { db } = useServices();
  const now = useNow();
  const tokens = useLiveQuery(() => allTokens(db), [db]);
  const open = useTokenSheets((state) => state.open);
  const problems = tokens ? tokenProblems(tokens, now) : [];
  if (problems.length === 0) return null;
  const [first] = problems;
  const { token } = first;
  const show = () => {
    const ui = useUiStore.getState();
    ui.selectSection('tokens');
    ui.selectItem('tokens', token.id);
  };
  const more = problems.length - 1;
  return (
    <div className="banner token-banner" role="status">
      <Icon icon={icons[first.kind]} />
      <span className="token-banner-text">
        {problemText(t, first)}
        {more > 0 && ` ${t('banners.more', { count: more })}`}
      </span>
      {(first.kind === 'otherMdm' || first.kind === 'takenFromUs') && (
        <button type="button" onClick={() => open({ kind: 'takeOver', tokenId: token.id })}>
          {t('tokens.actions.takeOver')}
        </button>
      )}
      {(first.kind === 'expired' || first.kind === 'revoked' || first.kind === 'expiringSoon') && (
        <button type="button" onClick={() => open({ kind: 'renew', tokenId: token.id })}>
          {t('tokens.actions.renew')}
        </button>
      )}
      <button type="button" onClick={show}>
        {t('banners.show')}
      </button>
    </div>
  );
};

type T = TFunction;

const problemText = (t: T, { kind, token, days }: TokenProblem): string => {
  const name = token.name;
  const manager = managerOf(token.type);
  const other = token.mdm.name || t('tokens.mdm.anotherProduct');
  switch (kind) {
    case 'expired':
      return t('banners.expired', { name, manager });
    case 'revoked':
      return t('banners.revoked', { name, manager });
    case 'expiringSoon':
      return t('banners.expiringSoon', { name, manager, count: Math.max(1, days) });
    case 'otherMdm':
      return t('banners.otherMdm', { name, other, location: token.locationName });
    case 'takenFromUs':
      return t('banners.takenFromUs', { name, other, location: token.locationName });
  }
};

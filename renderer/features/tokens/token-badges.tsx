import { CircleAlert, CircleCheck, Clock, ShieldAlert, ShieldX } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { TokenMdm } from '../../../shared/domain/tokens';
import { StatusBadge } from '../../components/status-badge';
import type { TokenRow } from '../../db/types';
import { daysLeft, healthAt } from './token-health';

/** How the token stands with Apple: active, expires in N days, expired, revoked. */
export const HealthBadge = ({ token, now }: { token: TokenRow; now: number }) => {
  const { t } = useTranslation();
  const health = healthAt(token, now);
  if (health === 'expired')
    return <StatusBadge tone="failure" icon={CircleAlert} text={t('tokens.health.expired')} />;
  if (health === 'revoked')
    return <StatusBadge tone="failure" icon={ShieldX} text={t('tokens.health.revoked')} />;
  if (health === 'expiringSoon')
    return (
      <StatusBadge
        tone="warning"
        icon={Clock}
        text={t('tokens.health.expiresIn', { count: Math.max(1, daysLeft(token, now)) })}
      />
    );
  return <StatusBadge tone="success" icon={CircleCheck} text={t('tokens.health.ok')} />;
};

/** Shown only when another product manages the token's location. */
export const MdmBadge = ({ mdm }: { mdm: TokenMdm }) => {
  const { t } = useTranslation();
  const name = mdm.name || t('tokens.mdm.anotherProduct');
  if (mdm.state === 'other')
    return (
      <StatusBadge tone="warning" icon={ShieldAlert} text={t('tokens.mdm.usedBy', { name })} />
    );
  if (mdm.state === 'takenFromUs')
    return (
      <StatusBadge tone="warning" icon={ShieldAlert} text={t('tokens.mdm.takenBy', { name })} />
    );
  return null;
};

/** A list row's right side: health, and another MDM under it when there is one. */
export const TokenRowBadges = ({ token, now }: { token: TokenRow; now: number }) => (
  <span className="token-row-badges">
    <HealthBadge token={token} now={now} />
    <MdmBadge mdm={token.mdm} />
  </span>
);

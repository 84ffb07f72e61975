import { CircleCheck, CircleDashed, CircleMinus, Clock3, MailCheck } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../components/status-badge';
import { useFormatters } from '../../i18n/format';
import type { UserVppState } from './vpp-status';

/** One user's status in words and with its icon: Not invited, Invited on …, Enrolled on …. */
export const VppStatusBadge = ({ state }: { state: UserVppState }) => {
  const { t } = useTranslation();
  const format = useFormatters();
  const dated = (key: 'invited' | 'enrolled') =>
    state.at
      ? t(`vpp.statuses.${key}`, { date: format.dateTime(state.at) })
      : t(`vpp.statuses.${key}NoDate`);
  switch (state.status) {
    case 'enrolled':
      return <StatusBadge tone="success" icon={CircleCheck} text={dated('enrolled')} />;
    case 'invited':
      return <StatusBadge tone="progress" icon={MailCheck} text={dated('invited')} />;
    case 'retired':
      return <StatusBadge tone="neutral" icon={CircleMinus} text={t('vpp.statuses.retired')} />;
    default:
      return state.registering ? (
        <StatusBadge tone="progress" icon={Clock3} text={t('vpp.statuses.notInvited')} />
      ) : (
        <StatusBadge tone="neutral" icon={CircleDashed} text={t('vpp.statuses.notInvited')} />
      );
  }
};

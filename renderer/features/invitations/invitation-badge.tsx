import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../components/status-badge';
import { statusLooks, type InvitationStatus } from './invitation-status';

/** An invitation's status by colour and icon together; red only for a failed one. */
export const InvitationBadge = ({ status }: { status: InvitationStatus }) => {
  const { t } = useTranslation();
  const look = statusLooks[status];
  return (
    <StatusBadge
      tone={look.tone}
      icon={look.icon}
      spinning={look.spinning}
      text={t(`invitations.status.${status}`)}
    />
  );
};

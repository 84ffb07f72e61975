import { errorText } from '../../i18n/error-text';
import { RotateCw } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { unavailable } from '../../components/action';
import { CommandButton } from '../../components/command-button';
import { FieldList, type Field } from '../../components/field-list';
import { useFormatters } from '../../i18n/format';
import { InvitationBadge } from './invitation-badge';
import { canResend, statusOf, type InvitationView } from './invitation-status';

/** One invitation in full (Jamf's Usage detail): who, how, when, how it went, and Resend. */
export const InvitationInfo = ({
  invitation,
  onResend,
}: {
  invitation: InvitationView;
  onResend(): void;
}) => {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const status = statusOf(invitation);
  const lastActionText = useLastActionText();
  const fields: Field[] = [
    { label: t('invitations.fields.user'), value: invitation.fullName },
    { label: t('invitations.fields.email'), value: invitation.email },
    { label: t('invitations.fields.method'), value: t(`invitations.methods.${invitation.method}`) },
    {
      label: t('invitations.fields.dateSent'),
      value: invitation.sentAt ? format.dateTime(invitation.sentAt) : t('invitations.notSent'),
    },
    { label: t('invitations.fields.status'), value: <InvitationBadge status={status} /> },
    ...(invitation.error && !invitation.enrolled
      ? [{ label: t('invitations.fields.why'), value: errorText(i18n, invitation.error) }]
      : []),
    { label: t('invitations.fields.lastAction'), value: lastActionText(invitation) },
    {
      label: t('invitations.fields.token'),
      value: invitation.tokenName ?? t('invitations.unknownToken'),
    },
    { label: t('invitations.fields.attempts'), value: String(invitation.attempts) },
    { label: t('invitations.fields.id'), value: invitation.id },
  ];
  const resend = canResend(invitation)
    ? { run: onResend }
    : unavailable(
        invitation.enrolled
          ? t('invitations.alreadyEnrolled', { name: invitation.fullName })
          : t('invitations.inProgress'),
      );
  return (
    <div className="invitation-info">
      <FieldList fields={fields} />
      {invitation.enrolled && (
        <p className="form-hint">{t('invitations.enrolledNote', { name: invitation.fullName })}</p>
      )}
      <div className="button-row">
        <CommandButton label={t('invitations.resend')} icon={RotateCw} action={resend} showLabel />
      </div>
    </div>
  );
};

/** "Sent 3 Mar 2026, 09:12": what happened last to an invitation, and when. */
export const useLastActionText = () => {
  const { t } = useTranslation();
  const format = useFormatters();
  return (invitation: Pick<InvitationView, 'lastAction'>): string =>
    t('invitations.lastActionAt', {
      action: t(`invitations.actions.${invitation.lastAction.kind}`),
      time: format.dateTime(invitation.lastAction.at),
    });
};

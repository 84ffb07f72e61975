import { useTranslation } from 'react-i18next';
import { ActionSheet } from '../../components/action-sheet';
import type { UserWithState } from './vpp-queries';

/** How many recipients the sheet lists by name; the rest are counted ("and 4,980 more"). */
const LISTED = 200;

/**
 * The confirmation before invitations go out (Profile Manager's "bevestigingsvenster"): how
 * many, to whom (a scrollable list of names and addresses), Cancel / Send.
 */
export const InviteSheet = ({
  recipients,
  skipped,
  target,
  onSend,
  onClose,
}: {
  recipients: UserWithState[];
  skipped: number;
  target: string;
  onSend(): Promise<void>;
  onClose(): void;
}) => {
  const { t } = useTranslation();
  const count = recipients.length;
  const name = recipients[0]?.user.fullName ?? '';
  return (
    <ActionSheet
      title={t('vpp.invite.title', { count, name })}
      confirmLabel={t('vpp.invite.confirm')}
      action={onSend}
      onDone={onClose}
      onCancel={onClose}
    >
      <p>{t('vpp.invite.body', { count, name, target })}</p>
      <ul className="vpp-recipients" aria-label={t('vpp.invite.listLabel')} tabIndex={0}>
        {recipients.slice(0, LISTED).map(({ user }) => (
          <li key={user.id}>
            <span className="vpp-recipient-name">{user.fullName}</span>
            <span className="vpp-recipient-email">{user.email}</span>
          </li>
        ))}
        {count > LISTED && (
          <li className="vpp-recipient-more">{t('vpp.invite.more', { count: count - LISTED })}</li>
        )}
      </ul>
      {skipped > 0 && <p className="form-hint">{t('vpp.invite.skipped', { count: skipped })}</p>}
    </ActionSheet>
  );
};

/** Remove from Program: says that app licences come back and books stay. */
export const RemoveSheet = ({
  name,
  count,
  onRemove,
  onClose,
}: {
  name: string;
  count: number;
  onRemove(): Promise<void>;
  onClose(): void;
}) => {
  const { t } = useTranslation();
  return (
    <ActionSheet
      title={t('vpp.remove.title', { count, name })}
      confirmLabel={t('vpp.remove.confirm')}
      action={onRemove}
      onDone={onClose}
      onCancel={onClose}
    >
      <p>{t('vpp.remove.body')}</p>
    </ActionSheet>
  );
};

/** Register Again, for a user who accepted with the wrong Apple Account. */
export const RegisterAgainSheet = ({
  name,
  onConfirm,
  onClose,
}: {
  name: string;
  onConfirm(): Promise<void>;
  onClose(): void;
}) => {
  const { t } = useTranslation();
  return (
    <ActionSheet
      title={t('vpp.again.title', { name })}
      confirmLabel={t('vpp.again.confirm')}
      action={onConfirm}
      onDone={onClose}
      onCancel={onClose}
    >
      <p>{t('vpp.again.body', { name })}</p>
    </ActionSheet>
  );
};

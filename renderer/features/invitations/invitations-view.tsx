import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { unavailable, type Action } from '../../components/action';
import { EntityBrowser } from '../../components/entity-browser';
import { useFormatters } from '../../i18n/format';
import { errorInfoOf, errorText } from '../../i18n/error-text';
import { useServices } from '../../services/console-services';
import { useSectionState } from '../../stores/use-section-state';
import { InvitationBadge } from './invitation-badge';
import { useInvitationFilter } from './invitation-filter';
import { INVITATION_FILTERS } from './invitation-status';
import { ListFilter } from '../../components/list-filter';
import { InvitationInfo, useLastActionText } from './invitation-info';
import { canResend, statusOf, type InvitationView } from './invitation-status';
import { invitationKeys, invitationViews, resendableInvitations } from './invitations-repository';
import { ResendSheet, type ResendRequest } from './resend-sheet';
import './invitations.css';

/**
 * Invitations (Jamf's Usage view): every invitation main recorded, newest first, with how its
 * mail went and whether the user is enrolled since; search by name or email, Show by status,
 * and Resend to one user or to everyone not yet enrolled. Rows load by key (50,000 stay fast).
 */
export const InvitationsView = () => {
  const { t, i18n } = useTranslation();
  const { db } = useServices();
  const format = useFormatters();
  const lastActionText = useLastActionText();
  const { search } = useSectionState('invitations');
  const filter = useInvitationFilter((state) => state.filter);
  const setFilter = useInvitationFilter((state) => state.setFilter);
  const [resend, setResend] = useState<ResendRequest>();
  const [notice, setNotice] = useState<{ error: boolean; text: string }>();
  const keys = useLiveQuery(() => invitationKeys(db, filter, search), [db, filter, search]);
  // A Show choice that hides every row is not "no invitations at all": the placard says so.
  const anyAtAll = useLiveQuery(() => db.invitations.count(), [db]);

  const askResend = (invitation: InvitationView) =>
    setResend({
      invitationIds: [invitation.id],
      targetName: invitation.fullName,
      name: invitation.fullName,
    });
  const resendOne = (invitation: InvitationView): Action =>
    canResend(invitation)
      ? { run: () => askResend(invitation) }
      : unavailable(
          invitation.enrolled
            ? t('invitations.alreadyEnrolled', { name: invitation.fullName })
            : t('invitations.inProgress'),
        );

  const resendAll: Action = {
    run: () => {
      setNotice(undefined);
      resendableInvitations(db)
        .then((rows) => {
          if (rows.length === 0)
            setNotice({ error: false, text: t('invitations.nothingToResend') });
          else
            setResend({
              invitationIds: rows.map((row) => row.id),
              targetName: t('invitations.resendTarget'),
            });
        })
        .catch((failure: unknown) =>
          setNotice({ error: true, text: errorText(i18n, errorInfoOf(failure)) }),
        );
    },
  };

  return (
    <>
      <EntityBrowser<InvitationView>
        section="invitations"
        kind="invitation"
        keys={keys}
        rowsOf={(ids) => invitationViews(db, ids)}
        primaryText={(row) => row.fullName}
        secondaryText={(row) =>
          `${row.email} · ${row.sentAt ? format.date(row.sentAt) : t('invitations.notSent')}`
        }
        trailingText={(row) => <InvitationBadge status={statusOf(row)} />}
        detailTitle={(row) => row.fullName}
        detailSubtitle={(row) => row.email}
        empty={{ title: t('invitations.empty'), message: t('invitations.emptyHint') }}
        filter={
          anyAtAll
            ? {
                control: (
                  <ListFilter
                    value={filter}
                    options={INVITATION_FILTERS.map((value) => ({
                      value,
                      label: t(`invitations.filters.${value}`),
                    }))}
                    onChange={setFilter}
                  />
                ),
                active: filter !== 'all',
                emptyMessage: t('invitations.noMatches'),
              }
            : undefined
        }
        notice={
          notice && (
            <p className="inline-alert" role={notice.error ? 'alert' : 'status'}>
              {notice.text}
            </p>
          )
        }
        actions={(selected) => ({
          add: unavailable(t('invitations.addReason')),
          remove: unavailable(t('invitations.removeReason')),
          addInToolbar: false,
          menu: [
            {
              id: 'resend',
              label: t('invitations.resend'),
              action: selected ? resendOne(selected) : unavailable(t('invitations.selectFirst')),
            },
            { id: 'resendAll', label: t('invitations.resendAll'), action: resendAll },
          ],
        })}
        tabs={(row) => [
          {
            id: 'info',
            label: t('detail.tabs.info'),
            render: () => (
              <InvitationInfo key={row.id} invitation={row} onResend={() => askResend(row)} />
            ),
          },
        ]}
        exportColumns={[
          { header: t('invitations.fields.id'), value: (row) => row.id },
          { header: t('invitations.fields.user'), value: (row) => row.fullName },
          { header: t('invitations.fields.email'), value: (row) => row.email },
          {
            header: t('invitations.fields.method'),
            value: (row) => t(`invitations.methods.${row.method}`),
          },
          {
            header: t('invitations.fields.dateSent'),
            value: (row) => (row.sentAt ? new Date(row.sentAt).toISOString() : ''),
          },
          {
            header: t('invitations.fields.status'),
            value: (row) => t(`invitations.status.${statusOf(row)}`),
          },
          {
            header: t('invitations.fields.why'),
            value: (row) => (row.error && !row.enrolled ? errorText(i18n, row.error) : ''),
          },
          {
            header: t('invitations.fields.lastAction'),
            value: (row) => lastActionText(row),
          },
        ]}
      />
      {resend && (
        <ResendSheet
          request={resend}
          onClose={() => setResend(undefined)}
          onStarted={() => {
            setResend(undefined);
            setNotice({ error: false, text: t('invitations.resendStarted') });
          }}
        />
      )}
    </>
  );
};

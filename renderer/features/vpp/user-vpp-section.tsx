import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isMailAddress } from '../../../shared/domain/mail';
import { unavailable, type Action } from '../../components/action';
import { FormNote, FormRow } from '../../components/form';
import type { TokenRow, UserRow } from '../../db/types';
import { errorText } from '../../i18n/error-text';
import { useServices } from '../../services/console-services';
import {
  enableDistribution,
  registerAgain,
  removeFromProgram,
  sendInvitations,
} from './vpp-actions';
import { statesOfUsers, type UserWithState } from './vpp-queries';
import { RegisterAgainSheet, RemoveSheet, InviteSheet } from './vpp-sheets';
import { VppStatusBadge } from './vpp-status-line';
import { useAsyncAction } from './use-async-action';
import { EnableCheckbox, VppActions, VppSaveBar } from './vpp-controls';
import { noteText, type Note } from './vpp-note';
import { uiLanguageOf } from './ui-language';

type OpenSheet = 'invite' | 'remove' | 'again' | undefined;

/** Why Send email invitation can't be used now, if it can't. */
const sendBlocker = (
  member: UserWithState,
  email: string,
  changed: boolean,
): keyof typeof BLOCKER_KEYS | undefined => {
  const { state } = member;
  if (changed) return 'saveFirst';
  if (!state.enabled) return 'notEnabled';
  if (state.status === 'enrolled') return 'enrolled';
  if (!state.inviteCode) return 'notRegistered';
  if (!isMailAddress(email)) return 'noEmail';
  return undefined;
};

const BLOCKER_KEYS = {
  saveFirst: 'vpp.unavailable.saveFirst',
  notEnabled: 'vpp.unavailable.notEnabled',
  enrolled: 'vpp.unavailable.enrolled',
  notRegistered: 'vpp.unavailable.notRegistered',
  noEmail: 'vpp.unavailable.noEmail',
} as const;

/** The VPP section of one user under one token. */
export const UserVppBody = ({ user, token }: { user: UserRow; token: TokenRow }) => {
  const { t, i18n } = useTranslation();
  const { db, api } = useServices();
  const emailId = useId();
  const member = useLiveQuery(
    async () => (await statesOfUsers(db, token, [user]))[0],
    [db, token, user],
  );
  const [draft, setDraft] = useState<boolean>();
  const [typedEmail, setTypedEmail] = useState('');
  const [sheet, setSheet] = useState<OpenSheet>();
  const [note, setNote] = useState<Note>();
  const save = useAsyncAction(async () => {
    await enableDistribution(db, api, token, [user], user.fullName);
    setDraft(undefined);
    setNote({ kind: 'registering' });
  });
  if (!member) return null;
  const { state } = member;
  const enabled = draft ?? state.enabled;
  const changed = draft !== undefined && draft !== state.enabled;
  const email = user.email ?? typedEmail.trim();
  const blocker = sendBlocker(member, email, changed);
  const inviting = state.enabled && !state.managed && state.status !== 'retired';

  const sendAction: Action = blocker
    ? unavailable(t(BLOCKER_KEYS[blocker]))
    : { run: () => setSheet('invite') };
  const removeAction: Action =
    state.enabled && state.status !== 'retired'
      ? { run: () => setSheet('remove') }
      : unavailable(t('vpp.unavailable.notInProgram'));
  const againAction: Action =
    state.status === 'enrolled'
      ? { run: () => setSheet('again') }
      : unavailable(t('vpp.unavailable.notEnrolled'));

  const onSave = () => (enabled ? save.run() : setSheet('remove'));
  const withEmail = { ...member, user: { ...user, email } };
  const failed = state.invitation?.state === 'failed' ? state.invitation.error : undefined;
  const shownNote = noteText(t, note, state.registering);

  return (
    <div className="vpp-section">
      <div className="form-grid">
        <EnableCheckbox checked={enabled} onChange={setDraft} />
        <FormRow label={t('vpp.status')}>
          <VppStatusBadge state={state} />
        </FormRow>
        {!state.enabled && state.status !== 'retired' && (
          <FormNote>
            <p className="form-hint">{t('vpp.notes.notEnabled')}</p>
          </FormNote>
        )}
        {state.registering && (
          <FormNote>
            <p className="form-hint">{t('vpp.notes.registering')}</p>
          </FormNote>
        )}
        {member.link?.pendingInviteSince !== undefined && (
          <FormNote>
            <p className="form-hint">{t('vpp.notes.pendingInvite')}</p>
          </FormNote>
        )}
        {state.managed && (
          <FormNote>
            <p className="form-hint">
              {t('vpp.notes.managed', { managedAppleId: user.managedAppleId })}
            </p>
          </FormNote>
        )}
        {failed && (
          <FormNote>
            <p className="form-error">
              {t('vpp.notes.failedInvitation', { reason: errorText(i18n, failed) })}
            </p>
          </FormNote>
        )}
        {inviting && !user.email && (
          <FormRow label={t('vpp.email')} htmlFor={emailId}>
            <input
              id={emailId}
              type="email"
              className="wide-field"
              value={typedEmail}
              placeholder={t('vpp.emailPlaceholder')}
              aria-invalid={typedEmail !== '' && !isMailAddress(typedEmail.trim())}
              onChange={(event) => setTypedEmail(event.target.value)}
            />
          </FormRow>
        )}
        {!state.managed && (
          <VppActions
            actions={[
              { label: t('vpp.sendEmail'), action: sendAction },
              { label: t('vpp.registerAgain'), action: againAction },
              { label: t('vpp.removeFromProgram'), action: removeAction },
            ]}
          />
        )}
      </div>
      <VppSaveBar
        changed={changed}
        busy={save.busy}
        error={save.error}
        note={shownNote}
        onRevert={() => setDraft(undefined)}
        onSave={onSave}
      />
      {sheet === 'invite' && (
        <InviteSheet
          recipients={[withEmail]}
          skipped={0}
          target={user.fullName}
          onClose={() => setSheet(undefined)}
          onSend={async () => {
            if (!user.email) await db.users.update(user.id, { email, updatedAt: Date.now() });
            await sendInvitations(api, token, [withEmail], uiLanguageOf(i18n), user.fullName);
            setNote({ kind: 'sending', count: 1 });
          }}
        />
      )}
      {sheet === 'remove' && (
        <RemoveSheet
          name={user.fullName}
          count={1}
          onClose={() => setSheet(undefined)}
          onRemove={async () => {
            await removeFromProgram(db, api, token, [member], user.fullName);
            setDraft(undefined);
          }}
        />
      )}
      {sheet === 'again' && (
        <RegisterAgainSheet
          name={user.fullName}
          onClose={() => setSheet(undefined)}
          onConfirm={async () => {
            await registerAgain(db, api, token, member);
            setNote({ kind: 'registering' });
          }}
        />
      )}
    </div>
  );
};

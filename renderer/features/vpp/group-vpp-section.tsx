import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { unavailable, type Action } from '../../components/action';
import { FormNote, FormRow } from '../../components/form';
import { membersOfGroup } from '../../db/repositories/people-repository';
import type { GroupRow, TokenRow } from '../../db/types';
import { useServices } from '../../services/console-services';
import {
  enableDistribution,
  planInvitations,
  removeFromProgram,
  sendInvitations,
} from './vpp-actions';
import { statesOfUsers } from './vpp-queries';
import { countStatuses, type InviteAudience } from './vpp-status';
import { InviteSheet, RemoveSheet } from './vpp-sheets';
import { useAsyncAction } from './use-async-action';
import { EnableCheckbox, VppActions, VppSaveBar } from './vpp-controls';
import { noteText, type Note } from './vpp-note';
import { uiLanguageOf } from './ui-language';

const AUDIENCES: InviteAudience[] = ['notPreviouslyInvited', 'notYetEnrolled'];
const COUNTED = ['notInvited', 'invited', 'enrolled', 'retired'] as const;

/** Profile Manager's "info status text": how many invitations the choice sends, and who can't get one. */
const useInfoStatus = (plan: ReturnType<typeof planInvitations>) => {
  const { t } = useTranslation();
  const noEmail = plan.blocked.filter((entry) => entry.reason === 'noEmail').length;
  const notRegistered = plan.blocked.length - noEmail;
  return [
    t('vpp.infoStatus.willBeInvited', { count: plan.recipients.length }),
    ...(noEmail > 0 ? [t('vpp.infoStatus.noEmail', { count: noEmail })] : []),
    ...(notRegistered > 0 ? [t('vpp.infoStatus.notRegisteredYet', { count: notRegistered })] : []),
  ].join(' · ');
};

/** The VPP section of a group under one token. */
export const GroupVppBody = ({ group, token }: { group: GroupRow; token: TokenRow }) => {
  const { t, i18n } = useTranslation();
  const { db, api } = useServices();
  const audienceId = useId();
  const members = useLiveQuery(
    async () => statesOfUsers(db, token, await membersOfGroup(db, group.id)),
    [db, token, group.id],
  );
  const [draft, setDraft] = useState<boolean>();
  const [audience, setAudience] = useState<InviteAudience>('notPreviouslyInvited');
  const [sheet, setSheet] = useState<'invite' | 'remove'>();
  const [note, setNote] = useState<Note>();
  const groupEnabled = group.vppTokenIds?.includes(token.id) ?? false;
  const toEnable = members?.filter((member) => !member.link) ?? [];
  const enabled = draft ?? groupEnabled;
  const changed =
    (draft !== undefined && draft !== groupEnabled) || (enabled && toEnable.length > 0);
  const save = useAsyncAction(async () => {
    const others = (group.vppTokenIds ?? []).filter((id) => id !== token.id);
    await db.groups.update(group.id, {
      vppTokenIds: enabled ? [...others, token.id] : others,
      updatedAt: Date.now(),
    });
    if (enabled && toEnable.length > 0) {
      await enableDistribution(
        db,
        api,
        token,
        toEnable.map((member) => member.user),
        group.name,
      );
      setNote({ kind: 'registering' });
    }
    setDraft(undefined);
  });
  const plan = planInvitations(members ?? [], audience);
  const infoStatus = useInfoStatus(plan);
  if (!members) return null;

  const counts = countStatuses(members.map((member) => member.state));
  const registering = members.some((member) => member.state.registering);
  const shownNote = noteText(t, note, registering);
  const inProgram = members.filter(
    (member) => member.state.enabled && member.state.status !== 'retired',
  );
  const sendAction: Action = changed
    ? unavailable(t('vpp.unavailable.saveFirst'))
    : !groupEnabled
      ? unavailable(t('vpp.unavailable.notEnabled'))
      : plan.recipients.length === 0
        ? unavailable(t('vpp.unavailable.nobody'))
        : { run: () => setSheet('invite') };
  const removeAction: Action =
    inProgram.length > 0
      ? { run: () => setSheet('remove') }
      : unavailable(t('vpp.unavailable.notInProgram'));

  return (
    <div className="vpp-section">
      <div className="form-grid">
        <EnableCheckbox checked={enabled} onChange={setDraft} />
        {members.length === 0 ? (
          <FormNote>
            <p className="form-hint">{t('vpp.notes.noMembers')}</p>
          </FormNote>
        ) : (
          <FormRow label={t('vpp.status')}>
            <dl className="vpp-counts">
              {COUNTED.map((status) => (
                <div key={status} className="vpp-count">
                  <dt>{t(`vpp.counts.${status}`)}</dt>
                  <dd>{counts[status].toLocaleString(i18n.language)}</dd>
                </div>
              ))}
            </dl>
          </FormRow>
        )}
        {!groupEnabled && members.length > 0 && (
          <FormNote>
            <p className="form-hint">{t('vpp.notes.groupNotEnabled')}</p>
          </FormNote>
        )}
        {groupEnabled && toEnable.length > 0 && (
          <FormNote>
            <p className="form-hint">
              {t('vpp.notes.membersToEnable', { count: toEnable.length })}
            </p>
          </FormNote>
        )}
        <FormRow label={t('vpp.audience.label')} labelId={audienceId}>
          <div className="radio-group" role="radiogroup" aria-labelledby={audienceId}>
            {AUDIENCES.map((option) => (
              <label key={option} className="radio">
                <input
                  type="radio"
                  name={audienceId}
                  checked={audience === option}
                  onChange={() => setAudience(option)}
                />
                {t(`vpp.audience.${option}`)}
              </label>
            ))}
          </div>
        </FormRow>
        <FormNote>
          <p className="vpp-info-status" role="status">
            {infoStatus}
          </p>
        </FormNote>
        <VppActions
          actions={[
            { label: t('vpp.sendEmail'), action: sendAction },
            { label: t('vpp.removeFromProgram'), action: removeAction },
          ]}
        />
      </div>
      <VppSaveBar
        changed={changed}
        busy={save.busy}
        error={save.error}
        note={shownNote}
        onRevert={() => setDraft(undefined)}
        onSave={save.run}
      />
      {sheet === 'invite' && (
        <InviteSheet
          recipients={plan.recipients}
          skipped={plan.blocked.length}
          target={group.name}
          onClose={() => setSheet(undefined)}
          onSend={async () => {
            await sendInvitations(api, token, plan.recipients, uiLanguageOf(i18n), group.name);
            setNote({ kind: 'sending', count: plan.recipients.length });
          }}
        />
      )}
      {sheet === 'remove' && (
        <RemoveSheet
          name={group.name}
          count={inProgram.length}
          onClose={() => setSheet(undefined)}
          onRemove={async () => {
            await removeFromProgram(db, api, token, inProgram, group.name);
          }}
        />
      )}
    </div>
  );
};

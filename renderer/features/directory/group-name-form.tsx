import { useTranslation } from 'react-i18next';
import { FormRow, FormSection } from '../../components/form';
import { renameGroup, type GroupKind } from '../../db/repositories/directory-groups';
import type { WithMemberCount } from '../../db/repositories/people-repository';
import type { GroupRow } from '../../db/types';
import { RecordFormButtons } from './record-form-buttons';
import { TextField } from './text-field';
import { useFocusWhenCreated } from './use-focus-when-created';
import { useRecordForm } from './use-record-form';
import { groupProblems, sameText } from './validation';

/**
 * The Info tab of a group or a device group: its name, with Revert and Save, and how many
 * members it has (the Members tab changes those).
 */
export const GroupNameForm = <Member extends { id: string }>({
  kind,
  group,
  countText,
}: {
  kind: GroupKind<Member>;
  group: WithMemberCount<GroupRow>;
  countText: string;
}) => {
  const { t } = useTranslation();
  const nameRef = useFocusWhenCreated(group.id);
  const form = useRecordForm({
    saved: { name: group.name },
    same: (a, b) => sameText(a.name, b.name),
    problemsOf: groupProblems,
    save: (draft) => renameGroup(kind, group.id, draft.name),
  });
  return (
    <>
      <FormSection>
        <TextField
          label={t('directory.group.name')}
          value={form.draft.name}
          onChange={(name) => form.edit({ name })}
          error={form.errors.name}
          inputRef={nameRef}
        />
        <FormRow label={t('directory.group.members')}>
          <span>{countText}</span>
        </FormRow>
      </FormSection>
      <RecordFormButtons form={form} />
    </>
  );
};

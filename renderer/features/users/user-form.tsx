import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FormRow, FormSection } from '../../components/form';
import { updateUser, type UserFields } from '../../db/repositories/directory-users';
import type { UserRow } from '../../db/types';
import { useServices } from '../../services/console-services';
import { MembershipField } from '../directory/membership-field';
import { TextField } from '../directory/text-field';
import { useFocusWhenCreated } from '../directory/use-focus-when-created';
import { useRecordForm } from '../directory/use-record-form';
import { sameIds, sameText, userProblems } from '../directory/validation';
import { RecordFormButtons } from '../directory/record-form-buttons';

const fieldsOf = (user: UserRow): UserFields => ({
  fullName: user.fullName,
  shortName: user.shortName,
  email: user.email,
  managedAppleId: user.managedAppleId,
  notes: user.notes,
  language: user.language,
  groupIds: user.groupIds,
});

const sameUser = (a: UserFields, b: UserFields) =>
  sameText(a.fullName, b.fullName) &&
  sameText(a.shortName, b.shortName) &&
  sameText(a.email, b.email) &&
  sameText(a.managedAppleId, b.managedAppleId) &&
  sameText(a.notes, b.notes) &&
  a.language === b.language &&
  sameIds(a.groupIds, b.groupIds);

const LANGUAGES = ['console', 'en', 'nl'] as const;

/** The user's Info tab as a form: Profile Manager's fields, then Revert and Save. */
export const UserForm = ({ user }: { user: UserRow }) => {
  const { t } = useTranslation();
  const { db } = useServices();
  const languageId = useId();
  const nameRef = useFocusWhenCreated(user.id);
  const form = useRecordForm({
    saved: fieldsOf(user),
    same: sameUser,
    problemsOf: userProblems,
    save: (draft) => updateUser(db, user.id, draft),
  });
  const { draft, errors, edit } = form;

  return (
    <>
      <FormSection>
        <TextField
          label={t('directory.user.fullName')}
          value={draft.fullName}
          onChange={(fullName) => edit({ fullName })}
          error={errors.fullName}
          inputRef={nameRef}
        />
        <TextField
          label={t('directory.user.shortName')}
          value={draft.shortName}
          onChange={(shortName) => edit({ shortName })}
          error={errors.shortName}
        />
        <TextField
          label={t('directory.user.email')}
          type="email"
          value={draft.email ?? ''}
          onChange={(email) => edit({ email })}
          error={errors.email}
        />
        <TextField
          label={t('directory.user.managedAppleId')}
          type="email"
          value={draft.managedAppleId ?? ''}
          placeholder={t('directory.user.managedAppleIdPlaceholder')}
          onChange={(managedAppleId) => edit({ managedAppleId })}
          error={errors.managedAppleId}
        />
        <FormRow label={t('directory.user.language')} htmlFor={languageId}>
          <select
            id={languageId}
            value={draft.language ?? 'console'}
            onChange={(event) => {
              const value = event.target.value;
              edit({ language: value === 'en' || value === 'nl' ? value : undefined });
            }}
          >
            {LANGUAGES.map((language) => (
              <option key={language} value={language}>
                {t(`directory.user.languages.${language}`)}
              </option>
            ))}
          </select>
        </FormRow>
        <MembershipField
          table="groups"
          ids={draft.groupIds}
          onChange={(groupIds) => edit({ groupIds })}
        />
        <TextField
          label={t('directory.user.notes')}
          multiline
          value={draft.notes ?? ''}
          onChange={(notes) => edit({ notes })}
        />
      </FormSection>
      <RecordFormButtons form={form} />
    </>
  );
};

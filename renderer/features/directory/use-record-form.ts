import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DirectoryConflict, DirectoryRecordGone } from '../../db/repositories/directory-conflicts';
import { errorInfoOf, errorText } from '../../i18n/error-text';
import type { SaveMessage } from '../settings/pane-buttons';
import { useDraft } from '../settings/use-draft';
import type { Problem, Problems } from './validation';

/**
 * The house pattern of an editable Info tab (Settings' panes, use-draft.ts): a draft of the
 * stored record, Save and Revert dimmed until it differs, and what went wrong said in plain
 * words beside the field it concerns. `same` compares as the database keeps values (trimmed),
 * so a saved edit does not leave the form looking changed.
 */
export const useRecordForm = <Draft extends object>({
  saved,
  same,
  problemsOf,
  save,
}: {
  saved: Draft;
  same(a: Draft, b: Draft): boolean;
  problemsOf(draft: Draft): Problems<Extract<keyof Draft, string>>;
  save(draft: Draft): Promise<void>;
}) => {
  type Field = Extract<keyof Draft, string>;
  const { t, i18n } = useTranslation();
  const { draft, setDraft, changed, revert } = useDraft(saved, same);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [saving, setSaving] = useState(false);
  const [message, setMessage] = useState<SaveMessage>();

  const fix = (fieldErrors: Partial<Record<Field, string>>) => {
    setErrors(fieldErrors);
    setMessage({ saved: false, error: t('directory.form.fix') });
  };

  const failed = (failure: unknown) => {
    if (failure instanceof DirectoryConflict) {
      const text = t(`directory.conflicts.${failure.field}`, {
        value: failure.value,
        owner: failure.ownerName,
      });
      const field = (failure.field === 'groupName' ? 'name' : failure.field) as Field;
      fix({ [field]: text } as Partial<Record<Field, string>>);
    } else if (failure instanceof DirectoryRecordGone) {
      setMessage({ saved: false, error: t('directory.form.gone') });
    } else {
      setMessage({ saved: false, error: errorText(i18n, errorInfoOf(failure)) });
    }
  };

  return {
    draft,
    errors,
    changed,
    saving,
    message,
    /** Changes fields of the draft; their error and the last Save's message no longer apply. */
    edit: (patch: Partial<Draft>) => {
      setDraft({ ...draft, ...patch });
      setErrors((current) => {
        const next = { ...current };
        for (const field of Object.keys(patch)) delete next[field as Field];
        return next;
      });
      setMessage(undefined);
    },
    revert: () => {
      revert();
      setErrors({});
      setMessage(undefined);
    },
    save: async () => {
      const problems = problemsOf(draft);
      const fields = Object.keys(problems) as Field[];
      if (fields.length > 0) {
        const sentences: Partial<Record<Field, string>> = {};
        for (const field of fields) {
          const problem: Problem = problems[field]!;
          sentences[field] = t(`directory.problems.${problem}`);
        }
        fix(sentences);
        return;
      }
      setSaving(true);
      setMessage(undefined);
      try {
        await save(draft);
        setErrors({});
        setMessage({ saved: true });
      } catch (failure) {
        failed(failure);
      } finally {
        setSaving(false);
      }
    },
  };
};

export type RecordForm<Draft extends object> = ReturnType<typeof useRecordForm<Draft>>;

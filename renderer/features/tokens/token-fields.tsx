import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TokenType, type TokenFields } from '../../../shared/domain/tokens';
import { FormRow } from '../../components/form';

/** The form's view of TokenFields: categories as the admin types them. */
export interface TokenFieldsDraft {
  name: string;
  description: string;
  categories: string;
  appleId: string;
  type: TokenType;
  registerManagedAppleIds: boolean;
}

/** Categories typed as "Primary, Annex; 2026" (commas, semicolons or new lines between). */
export const categoriesOf = (text: string): string[] => [
  ...new Set(
    text
      .split(/[,;\n]/)
      .map((category) => category.trim())
      .filter(Boolean),
  ),
];

export const draftOfFields = (fields: TokenFields): TokenFieldsDraft => ({
  name: fields.name,
  description: fields.description,
  categories: fields.categories.join(', '),
  appleId: fields.appleId,
  type: fields.type,
  registerManagedAppleIds: fields.registerManagedAppleIds,
});

export const fieldsOfDraft = (draft: TokenFieldsDraft): TokenFields => ({
  name: draft.name.trim(),
  description: draft.description.trim(),
  categories: categoriesOf(draft.categories),
  appleId: draft.appleId.trim(),
  type: draft.type,
  registerManagedAppleIds: draft.registerManagedAppleIds,
});

export const sameFields = (a: TokenFieldsDraft, b: TokenFieldsDraft) =>
  JSON.stringify(fieldsOfDraft(a)) === JSON.stringify(fieldsOfDraft(b));

/** The sentence for what keeps the form from being saved, if anything. */
export const fieldsProblem = (
  draft: TokenFieldsDraft,
  t: (key: 'tokens.fields.nameMissing') => string,
) => (draft.name.trim() === '' ? t('tokens.fields.nameMissing') : undefined);

/**
 * Name, Description, Categories, Apple ID and Type: what the admin says about a token, the same
 * in the Add Token sheet and on the token's About tab. Rows for the caller's FormSection.
 */
export const TokenFieldRows = ({
  draft,
  onChange,
  problem,
}: {
  draft: TokenFieldsDraft;
  onChange(next: TokenFieldsDraft): void;
  /** Why the name can't be saved, shown under it. */
  problem?: string;
}) => {
  const { t } = useTranslation();
  const id = useId();
  const edit = (patch: Partial<TokenFieldsDraft>) => onChange({ ...draft, ...patch });
  const problemId = `${id}-problem`;
  return (
    <>
      <FormRow label={t('tokens.fields.name')} htmlFor={`${id}-name`}>
        <input
          id={`${id}-name`}
          className="wide-field"
          maxLength={200}
          value={draft.name}
          onChange={(event) => edit({ name: event.target.value })}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? problemId : undefined}
        />
        {problem && (
          <p id={problemId} className="form-error" role="alert">
            {problem}
          </p>
        )}
      </FormRow>
      <FormRow label={t('tokens.fields.description')} htmlFor={`${id}-description`}>
        <textarea
          id={`${id}-description`}
          className="wide-field"
          rows={2}
          maxLength={2000}
          value={draft.description}
          onChange={(event) => edit({ description: event.target.value })}
        />
      </FormRow>
      <FormRow label={t('tokens.fields.categories')} htmlFor={`${id}-categories`}>
        <input
          id={`${id}-categories`}
          className="wide-field"
          value={draft.categories}
          placeholder={t('tokens.fields.categoriesPlaceholder')}
          aria-describedby={`${id}-categories-hint`}
          onChange={(event) => edit({ categories: event.target.value })}
        />
        <p id={`${id}-categories-hint`} className="form-hint">
          {t('tokens.fields.categoriesHint')}
        </p>
      </FormRow>
      <FormRow label={t('tokens.fields.appleId')} htmlFor={`${id}-apple-id`}>
        <input
          id={`${id}-apple-id`}
          className="wide-field"
          type="email"
          maxLength={320}
          autoComplete="off"
          spellCheck={false}
          value={draft.appleId}
          placeholder={t('tokens.fields.appleIdPlaceholder')}
          onChange={(event) => edit({ appleId: event.target.value })}
        />
      </FormRow>
      <FormRow label={t('tokens.fields.type')} labelId={`${id}-type`}>
        <div className="radio-group" role="radiogroup" aria-labelledby={`${id}-type`}>
          {TokenType.options.map((type) => (
            <label key={type} className="radio">
              <input
                type="radio"
                name={`${id}-type`}
                value={type}
                checked={draft.type === type}
                onChange={() => edit({ type })}
              />
              {t(`tokens.types.${type}`)}
            </label>
          ))}
        </div>
      </FormRow>
      <FormRow label={t('tokens.fields.registration')} labelId={`${id}-registration`}>
        <label className="checkbox">
          <input
            type="checkbox"
            aria-describedby={`${id}-registration-hint`}
            checked={draft.registerManagedAppleIds}
            onChange={(event) => edit({ registerManagedAppleIds: event.target.checked })}
          />
          {t('tokens.fields.registerManagedAppleIds')}
        </label>
        <p id={`${id}-registration-hint`} className="form-hint">
          {t('tokens.fields.registerManagedAppleIdsHint')}
        </p>
      </FormRow>
    </>
  );
};

import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FormRow } from '../../components/form';
import type { TokenRow } from '../../db/types';

/** The Location pop-up, shown only when the console has more than one token. */
export const LocationPicker = ({
  tokens,
  token,
  choose,
}: {
  tokens: TokenRow[];
  token: TokenRow;
  choose(id: string): void;
}) => {
  const { t } = useTranslation();
  const id = useId();
  if (tokens.length < 2) return null;
  return (
    <FormRow label={t('vpp.location')} htmlFor={id}>
      <select id={id} value={token.id} onChange={(event) => choose(event.target.value)}>
        {tokens.map((option) => (
          <option key={option.id} value={option.id}>
            {option.name}
          </option>
        ))}
      </select>
    </FormRow>
  );
};

import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface Field {
  label: string;
  value: ReactNode;
}

/** Label/value pairs of an Info tab; empty values show a dash rather than vanishing. */
export const FieldList = ({ fields }: { fields: Field[] }) => {
  const { t } = useTranslation();
  return (
    <dl className="field-list">
      {fields.map((field) => (
        <div key={field.label} className="field">
          <dt>{field.label}</dt>
          <dd>
            {field.value === undefined || field.value === '' ? t('detail.notSet') : field.value}
          </dd>
        </div>
      ))}
    </dl>
  );
};

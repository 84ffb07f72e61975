import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The pop-up button beside a list's search field that narrows the list ("All Users",
 * "Without Email"…). A native select, as a Mac pop-up button: keyboard and screen readers
 * know it.
 */
export const ListFilter = <Value extends string>({
  value,
  options,
  onChange,
}: {
  value: Value;
  options: readonly { value: Value; label: string }[];
  onChange(value: Value): void;
}) => {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="list-filter">
      <label htmlFor={id}>{t('list.show')}</label>
      <select
        id={id}
        value={value}
        onChange={(event) => {
          const chosen = options.find((option) => option.value === event.target.value);
          if (chosen) onChange(chosen.value);
        }}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
};

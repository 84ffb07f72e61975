import { useTranslation } from 'react-i18next';

/** The search field atop a list pane; filters as the admin types. */
export const SearchField = ({
  sectionTitle,
  value,
  onChange,
}: {
  sectionTitle: string;
  value: string;
  onChange(value: string): void;
}) => {
  const { t } = useTranslation();
  return (
    <div className="search-field">
      <input
        type="search"
        aria-label={t('list.searchIn', { section: sectionTitle })}
        placeholder={t('list.search')}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        spellCheck={false}
        autoComplete="off"
      />
    </div>
  );
};

import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { create } from 'zustand';
import { INVITATION_FILTERS, type InvitationFilter } from './invitation-status';

/** The Show pop-up's choice: UI state, kept while the admin visits other sections. */
export const useInvitationFilter = create<{
  filter: InvitationFilter;
  setFilter(filter: InvitationFilter): void;
}>()((set) => ({
  filter: 'all',
  setFilter: (filter) => set({ filter }),
}));

/** "Show: All Invitations ▾" over the list, as a Mac scope bar's pop-up. */
export const InvitationFilterBar = () => {
  const { t } = useTranslation();
  const { filter, setFilter } = useInvitationFilter();
  const id = useId();
  return (
    <div className="scope-bar">
      <label htmlFor={id}>{t('invitations.filter')}</label>
      <select
        id={id}
        value={filter}
        onChange={(event) => {
          const chosen = INVITATION_FILTERS.find((value) => value === event.target.value);
          if (chosen) setFilter(chosen);
        }}
      >
        {INVITATION_FILTERS.map((value) => (
          <option key={value} value={value}>
            {t(`invitations.filters.${value}`)}
          </option>
        ))}
      </select>
    </div>
  );
};

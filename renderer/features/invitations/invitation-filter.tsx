import { create } from 'zustand';
import type { InvitationFilter } from './invitation-status';

/** The Show pop-up's choice: UI state, kept while the admin visits other sections. */
export const useInvitationFilter = create<{
  filter: InvitationFilter;
  setFilter(filter: InvitationFilter): void;
}>()((set) => ({
  filter: 'all',
  setFilter: (filter) => set({ filter }),
}));

import { create } from 'zustand';
import type {
  DeviceFilter,
  GroupFilter,
  UserFilter,
} from '../../db/repositories/directory-filters';

export type DirectorySection = 'users' | 'groups' | 'devices' | 'device-groups';

export interface DirectoryFilters {
  users: UserFilter;
  groups: GroupFilter;
  devices: DeviceFilter;
  'device-groups': GroupFilter;
}

/**
 * UI state of the directory sections that the shared section state has no place for: each
 * list's filter, and the record + just created, whose name field takes the focus once.
 */
interface DirectoryUiState {
  filters: DirectoryFilters;
  justCreatedId: string | null;
  setFilter<Section extends DirectorySection>(
    section: Section,
    filter: DirectoryFilters[Section],
  ): void;
  markCreated(id: string): void;
  /** True (once) when `id` was just created; the form then focuses its name field. */
  takeCreated(id: string): boolean;
}

export const initialDirectoryFilters: DirectoryFilters = {
  users: 'all',
  groups: 'all',
  devices: 'all',
  'device-groups': 'all',
};

export const useDirectoryStore = create<DirectoryUiState>()((set, get) => ({
  filters: initialDirectoryFilters,
  justCreatedId: null,
  setFilter: (section, filter) =>
    set((state) => ({ filters: { ...state.filters, [section]: filter } })),
  markCreated: (id) => set({ justCreatedId: id }),
  takeCreated: (id) => {
    if (get().justCreatedId !== id) return false;
    set({ justCreatedId: null });
    return true;
  },
}));

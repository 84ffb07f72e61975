import { create } from 'zustand';
import type { SectionId } from '../features/sidebar/sections';

/** Confirmation sheets the console can show; one at a time, like a Mac window's sheet. */
export type SheetId = 'confirm-apple-service' | 'clear-completed-tasks';

/** The panes of Settings, as in a Mac app's preferences window. */
export type SettingsPane = 'general' | 'apple-service' | 'sync' | 'mail';

/**
 * UI state only: what is selected, typed or open. Data lives in the database (useLiveQuery)
 * and settings in main; nothing here is a copy of either.
 */
export interface UiState {
  section: SectionId;
  selectedIds: Partial<Record<SectionId, string>>;
  tabs: Partial<Record<SectionId, string>>;
  searches: Partial<Record<SectionId, string>>;
  sheet: SheetId | null;
  settingsPane: SettingsPane;
  selectSection(section: SectionId): void;
  selectItem(section: SectionId, id: string | undefined): void;
  selectTab(section: SectionId, tab: string): void;
  setSearch(section: SectionId, text: string): void;
  openSheet(sheet: SheetId): void;
  closeSheet(): void;
  showSettingsPane(pane: SettingsPane): void;
}

export const initialUiState = {
  section: 'users' as SectionId,
  selectedIds: {},
  tabs: {},
  searches: {},
  sheet: null,
  settingsPane: 'general' as SettingsPane,
} satisfies Partial<UiState>;

export const useUiStore = create<UiState>()((set) => ({
  ...initialUiState,
  selectSection: (section) => set({ section }),
  selectItem: (section, id) =>
    set((state) => ({ selectedIds: { ...state.selectedIds, [section]: id } })),
  selectTab: (section, tab) => set((state) => ({ tabs: { ...state.tabs, [section]: tab } })),
  setSearch: (section, text) =>
    set((state) => ({ searches: { ...state.searches, [section]: text } })),
  openSheet: (sheet) => set({ sheet }),
  closeSheet: () => set({ sheet: null }),
  showSettingsPane: (settingsPane) => set({ settingsPane }),
}));

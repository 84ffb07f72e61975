import type { SectionId } from '../features/sidebar/sections';
import { useUiStore } from './ui-store';

/** One section's selection, tab and search text, with their setters. */
export const useSectionState = (section: SectionId) => {
  const search = useUiStore((state) => state.searches[section] ?? '');
  const selectedId = useUiStore((state) => state.selectedIds[section]);
  const tab = useUiStore((state) => state.tabs[section]);
  const selectItem = useUiStore((state) => state.selectItem);
  const selectTab = useUiStore((state) => state.selectTab);
  const setSearch = useUiStore((state) => state.setSearch);
  return {
    search,
    selectedId,
    tab,
    select: (id: string | undefined) => selectItem(section, id),
    showTab: (id: string) => selectTab(section, id),
    setSearch: (text: string) => setSearch(section, text),
  };
};

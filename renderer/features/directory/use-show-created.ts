import { useSectionState } from '../../stores/use-section-state';
import { useDirectoryStore, type DirectorySection } from './directory-store';

/**
 * After + created a record: select it on its Info tab, with the search and filter cleared so
 * the list shows it, and its name field focused (useFocusWhenCreated).
 */
export const useShowCreated = (section: DirectorySection) => {
  const state = useSectionState(section);
  return (id: string) => {
    const directory = useDirectoryStore.getState();
    directory.setFilter(section, 'all');
    directory.markCreated(id);
    state.setSearch('');
    state.showTab('info');
    state.select(id);
  };
};

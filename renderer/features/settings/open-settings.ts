import { useUiStore } from '../../stores/ui-store';

/** Opens Settings on its Apple Service pane, where Check Connection is. */
export const useOpenConnectionCheck = () => {
  const selectSection = useUiStore((state) => state.selectSection);
  const showSettingsPane = useUiStore((state) => state.showSettingsPane);
  return () => {
    showSettingsPane('apple-service');
    selectSection('settings');
  };
};

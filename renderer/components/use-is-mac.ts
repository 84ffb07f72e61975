import { useServices } from '../services/console-services';

/** Whether shortcuts read ⌘ (macOS) or Ctrl (Windows, Linux): the host's platform. */
export const useIsMac = (): boolean => useServices().appInfo.platform === 'darwin';

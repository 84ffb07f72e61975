import { useServices } from '../services/console-services';
import type { KeyboardHost } from './shortcuts';

/** How shortcuts read here: ⌘ on macOS, Ctrl on Windows and Linux; and in a browser or not. */
export const useKeyboardHost = (): KeyboardHost => {
  const { appInfo } = useServices();
  return { isMac: appInfo.platform === 'darwin', inBrowser: appInfo.frontDoor === 'browser' };
};

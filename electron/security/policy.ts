import { isAllowedExternalUrl } from '../../shared/external-links';
import { isSameAppOrigin } from './app-origin';

/**
 * The console's navigation and IPC policy as plain decisions, so it is tested without
 * Electron; electron/app/security.ts and electron/app/ipc.ts only apply them.
 */

export type NavigationDecision =
  /** Stay: it is the console itself (a reload, an in-app route). */
  | { action: 'allow' }
  /** Cancel it; if the target is one of Apple's allow-listed pages, open it in the browser. */
  | { action: 'deny'; openExternally: boolean };

/** A page may move only within app://console; an allow-listed link goes to the browser. */
export const decideNavigation = (url: string): NavigationDecision =>
  isSameAppOrigin(url)
    ? { action: 'allow' }
    : { action: 'deny', openExternally: isAllowedExternalUrl(url) };

/** New windows are never created; an allow-listed link opens in the system browser instead. */
export const decideWindowOpen = (url: string): { action: 'deny'; openExternally: boolean } => ({
  action: 'deny',
  openExternally: isAllowedExternalUrl(url),
});

export interface IpcSender {
  /** The webContents id the message came from. */
  webContentsId: number;
  /** The sending frame, or null when it navigated away or was destroyed meanwhile. */
  frame: { url: string; isMainFrame: boolean } | null;
}

/**
 * Only the top frame of a window main created, while it shows the console itself, may call
 * main. An iframe, a page that navigated elsewhere, or a webContents we did not create may not.
 */
export const isTrustedSender = (
  sender: IpcSender,
  trustedWebContentsIds: ReadonlySet<number>,
): boolean =>
  trustedWebContentsIds.has(sender.webContentsId) &&
  sender.frame !== null &&
  sender.frame.isMainFrame &&
  isSameAppOrigin(sender.frame.url);

/** Camera, microphone, notifications, geolocation, USB…: the console needs none of them. */
export const isPermissionGranted = (_permission: string): boolean => false;

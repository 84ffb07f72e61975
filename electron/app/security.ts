import { app, shell, type Session, type WebContents } from 'electron';
import { isAllowedExternalUrl } from '../../shared/external-links';
import { decideNavigation, decideWindowOpen, isPermissionGranted } from '../security/policy';

type Log = (message: string) => void;
const defaultLog: Log = (message) => console.warn(`[security] ${message}`);

/**
 * Opens Apple's allow-listed pages in the system browser; refuses everything else. What opens
 * is the URL as parsed, checked again, so the string checked and the page opened are one.
 */
export const openAllowedExternal = async (url: string): Promise<boolean> => {
  if (!isAllowedExternalUrl(url) || !URL.canParse(url)) return false;
  const { href } = new URL(url);
  if (!isAllowedExternalUrl(href)) return false;
  await shell.openExternal(href);
  return true;
};

const openQuietly = (url: string, log: Log) =>
  openAllowedExternal(url).catch((error: unknown) =>
    log(`could not open ${url}: ${(error as Error).message}`),
  );

/**
 * The page may not leave the console: navigations elsewhere are cancelled (an allow-listed
 * link opens in the browser instead), new windows and webviews are refused.
 */
export const secureWebContents = (contents: WebContents, log: Log = defaultLog): void => {
  contents.on('will-navigate', (event) => {
    const decision = decideNavigation(event.url);
    if (decision.action === 'allow') return;
    event.preventDefault();
    if (decision.openExternally) void openQuietly(event.url, log);
    else log(`blocked navigation to ${event.url}`);
  });
  // A redirect is no user's click: cancel it and open nothing.
  contents.on('will-redirect', (event) => {
    if (decideNavigation(event.url).action === 'allow') return;
    event.preventDefault();
    log(`blocked redirect to ${event.url}`);
  });
  // Frames inside the page (Electron ≥ 25 no longer reports them in will-navigate) stay in
  // the console too; the CSP already allows only its own origin there.
  contents.on('will-frame-navigate', (event) => {
    if (event.isMainFrame || decideNavigation(event.url).action === 'allow') return;
    event.preventDefault();
    log(`blocked a frame's navigation to ${event.url}`);
  });
  contents.setWindowOpenHandler(({ url }) => {
    if (decideWindowOpen(url).openExternally) void openQuietly(url, log);
    else log(`blocked a new window for ${url}`);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log('blocked a <webview>');
  });
};

/** No web permission (camera, notifications, USB, …) is ever granted. */
export const secureSession = (session: Session): void => {
  session.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(isPermissionGranted(permission)),
  );
  session.setPermissionCheckHandler((_contents, permission) => isPermissionGranted(permission));
  session.setDevicePermissionHandler(() => false);
};

/** Applies the page policy to every webContents Electron creates, from the first one on. */
export const installWebContentsPolicy = (log: Log = defaultLog): void => {
  app.on('web-contents-created', (_event, contents) => secureWebContents(contents, log));
};

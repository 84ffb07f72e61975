/**
 * The console's own origin. The renderer is served as `app://console/…` (see
 * electron/app/protocol.ts): a standard, secure scheme, so IndexedDB and fetch work there.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'console';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/`;

/** True for `app://console/…` only; another scheme, host, a port or user info is foreign. */
export const isSameAppOrigin = (url: string | undefined | null): boolean => {
  if (!url) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    // Node parses app: as a non-special scheme and keeps the host's case; Chromium, which
    // knows app: is standard, does not.
    parsed.hostname.toLowerCase() === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
};

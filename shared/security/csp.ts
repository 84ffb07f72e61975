/**
 * The one Content-Security-Policy both front doors serve (Electron's app:// protocol and the
 * browser door's loopback server). Scripts only from the app itself; nothing inline, no eval.
 * Images may come from the loopback sandbox, which serves app and book icons.
 */
export const contentSecurityPolicy = (extraConnectSources: readonly string[] = []): string =>
  [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: http://127.0.0.1:*",
    ['connect-src', "'self'", ...extraConnectSources].join(' '),
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'none'",
  ].join('; ');

export const CONTENT_SECURITY_POLICY = contentSecurityPolicy();

import { protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import { readStaticFile } from '../host/static-files';
import { APP_HOST, APP_SCHEME } from '../security/app-origin';

/**
 * Must run before `ready`. Standard + secure gives app://console a real origin, so IndexedDB
 * (the console's database), fetch and the CSP's 'self' work as on https.
 */
export const registerAppScheme = (): void => {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: false },
    },
  ]);
};

const SECURITY_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

const refuse = (status: number, text: string) =>
  new Response(text, {
    status,
    headers: { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8' },
  });

/**
 * Serves the built renderer under app://console/. Paths that resolve outside it (`..`,
 * encoded or not) and other hosts get 404; unknown routes fall back to index.html.
 */
export const createAppProtocolHandler =
  (rendererDir: string) =>
  async (request: Pick<Request, 'url' | 'method'>): Promise<Response> => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return refuse(400, 'Bad request');
    }
    if (url.hostname.toLowerCase() !== APP_HOST) return refuse(404, 'Not found');
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return refuse(405, 'Method not allowed');
    const file = await readStaticFile(rendererDir, url.pathname);
    if (!file) return refuse(404, 'Not found');
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(file.body), {
      status: 200,
      headers: {
        ...SECURITY_HEADERS,
        'content-type': file.contentType,
        'cache-control': 'no-cache',
      },
    });
  };

/** After `ready`: answer app:// requests from the built renderer in `rendererDir`. */
export const serveRenderer = (rendererDir: string): void => {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererDir));
};

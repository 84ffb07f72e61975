import type { IncomingMessage, ServerResponse } from 'node:http';
import { indexPage, INDEX_PAGE_POLICY } from './index-page';
import { sandboxIndex } from './sandbox-index';
import { errorBody } from '../apple/error-catalogue';
import { sendHtml, sendJson } from '../http/responses';
import type { SandboxWorld } from '../sandbox-world';

/** The paths that answer with the index: the origin and the base URL, with or without `/`. */
export const INDEX_PATHS: ReadonlySet<string> = new Set(['/', '/mdm/v2', '/mdm/v2/']);

const qualityOf = (accept: string, mediaType: string): number | undefined => {
  for (const part of accept.split(',')) {
    const [range, ...params] = part.split(';').map((piece) => piece.trim().toLowerCase());
    if (range !== mediaType) continue;
    const q = params.find((param) => param.startsWith('q='));
    return q ? Number(q.slice(2)) || 0 : 1;
  }
  return undefined;
};

/** A browser names text/html first; fetch's default (any type) and the console's JSON get JSON. */
export const prefersHtml = (accept: string | undefined): boolean => {
  const html = qualityOf(accept ?? '', 'text/html');
  if (html === undefined || html <= 0) return false;
  return html > (qualityOf(accept ?? '', 'application/json') ?? 0);
};

/** GET (or HEAD) of the index: HTML for a browser, JSON for anything else. */
export const handleIndexRequest = (
  world: SandboxWorld,
  req: IncomingMessage,
  res: ServerResponse,
): void => {
  if (req.method !== 'GET' && req.method !== 'HEAD')
    return sendJson(res, 405, errorBody(9726), { allow: 'GET, HEAD' });
  const index = sandboxIndex(world);
  const vary = { vary: 'Accept' };
  if (prefersHtml(req.headers.accept))
    return sendHtml(res, 200, indexPage(index), {
      ...vary,
      'content-security-policy': INDEX_PAGE_POLICY,
      'referrer-policy': 'no-referrer',
    });
  sendJson(res, 200, index, vary);
};

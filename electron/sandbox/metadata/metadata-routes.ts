import type { IncomingMessage, ServerResponse } from 'node:http';
import { iconSvg } from './icon-svg';
import { sendNotFound } from '../http/refusals';
import { sendJson } from '../http/responses';
import type { SandboxWorld } from '../sandbox-world';

export const MAX_LOOKUP_IDS = 200;

/** The lookup's wire format: results keyed by id, loosely shaped like Apple's store lookup. */
export interface LookupResult {
  id: string;
  name: string;
  artistName: string;
  /** Apps only, as in Apple's lookup. */
  bundleId?: string;
  kind: 'iosSoftware' | 'macSoftware' | 'ebook';
  artwork: { url: string; width: number; height: number };
}

const requestedIds = (query: URLSearchParams): string[] => [
  ...new Set(
    query
      .getAll('id')
      .flatMap((value) => value.split(','))
      .map((id) => id.trim())
      .filter((id) => id.length > 0),
  ),
];

/**
 * `GET /metadata/lookup?id=a,b,c` (names, kinds, icon URLs; unknown ids are left out) and
 * `GET /metadata/icons/<adamId>.svg`. Other query parameters (Apple's `version`, `p`, `cc`…)
 * are ignored.
 */
export const handleMetadataRequest = (
  world: SandboxWorld,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  query: URLSearchParams,
): void => {
  if (req.method !== 'GET') return sendJson(res, 405, { error: 'Use GET.' }, { allow: 'GET' });
  const cors = { 'access-control-allow-origin': '*' };
  if (path === '/metadata/lookup') {
    const ids = requestedIds(query);
    if (ids.length === 0)
      return sendJson(res, 400, { error: 'Give one or more ids: ?id=a,b,c' }, cors);
    if (ids.length > MAX_LOOKUP_IDS)
      return sendJson(res, 400, { error: `At most ${MAX_LOOKUP_IDS} ids per lookup.` }, cors);
    const results: Record<string, LookupResult> = {};
    for (const id of ids) {
      const entry = world.catalogue.get(id);
      if (!entry) continue;
      const book = entry.kind === 'book';
      results[id] = {
        id,
        name: entry.name,
        artistName: entry.developer,
        ...(book ? {} : { bundleId: entry.bundleId ?? madeUpBundleId(entry) }),
        kind: book ? 'ebook' : entry.platforms.includes('iOS') ? 'iosSoftware' : 'macSoftware',
        artwork: {
          url: `${world.origin}/metadata/icons/${id}.svg`,
          width: book ? 400 : 512,
          height: 512,
        },
      };
    }
    return sendJson(res, 200, { results }, cors);
  }
  const icon = /^\/metadata\/icons\/(\d+)\.svg$/.exec(path);
  const entry = icon ? world.catalogue.get(icon[1]) : undefined;
  if (!entry) return sendNotFound(res, world.origin);
  const svg = iconSvg(entry);
  res.writeHead(200, {
    'content-type': 'image/svg+xml',
    'content-length': Buffer.byteLength(svg),
    'cache-control': 'public, max-age=86400',
    ...cors,
  });
  res.end(svg);
};

/** `nl.leerlab-educatief.rekenroute`: reverse-DNS of the developer, then the app's name. */
const madeUpBundleId = (entry: { developer: string; name: string }): string => {
  const slug = (text: string) =>
    text
      .normalize('NFKD')
      .replace(/[^\w\s-]/g, '')
      .trim()
      .toLowerCase()
      .replace(/[\s_]+/g, '-')
      .replace(/-(bv|b-v)$/, '');
  return `nl.${slug(entry.developer) || 'developer'}.${slug(entry.name) || 'app'}`;
};

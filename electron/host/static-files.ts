import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticFile {
  body: Buffer;
  contentType: string;
}

/**
 * Resolves a URL path inside the built renderer. Paths that escape the root (`..`, encoded or
 * not) are refused; unknown paths without an extension fall back to index.html.
 */
export const readStaticFile = async (root: string, urlPath: string): Promise<StaticFile | null> => {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0]);
  } catch {
    return null;
  }
  const rootDir = resolve(root);
  const candidate = resolve(rootDir, `.${decoded.startsWith('/') ? decoded : `/${decoded}`}`);
  if (candidate !== rootDir && !candidate.startsWith(rootDir + sep)) return null;
  const target =
    decoded === '/' || (!extname(candidate) && !(await isFile(candidate)))
      ? resolve(rootDir, 'index.html')
      : candidate;
  if (!(await isFile(target))) return null;
  return {
    body: await readFile(target),
    contentType: MIME_TYPES[extname(target)] ?? 'application/octet-stream',
  };
};

const isFile = async (path: string): Promise<boolean> => {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
};

/** The one origin the front door serves; request targets are read relative to it. */
const OWN_ORIGIN = 'http://127.0.0.1';

/**
 * Reads an HTTP request target as a path on this server, or `undefined` when it is not one:
 * not origin-form (`http://…`, `*`), naming another authority (`//host`, `/\host`), unparsable
 * (`//[`), or with a path that does not percent-decode. Callers answer those with 400.
 */
export const parseRequestTarget = (target: string | undefined): URL | undefined => {
  if (!target?.startsWith('/')) return undefined;
  let url: URL;
  try {
    url = new URL(target, OWN_ORIGIN);
  } catch {
    return undefined;
  }
  if (url.origin !== OWN_ORIGIN) return undefined;
  try {
    decodeURIComponent(url.pathname);
  } catch {
    return undefined;
  }
  return url;
};

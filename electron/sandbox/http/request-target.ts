/** The request target as the sandbox routes it. */
export interface RequestTarget {
  /** Normalised path: dot segments resolved, `\` read as `/`, percent-escapes left as sent. */
  path: string;
  query: URLSearchParams;
  /** The host of an absolute-form target (`GET http://host/path`), which overrides Host. */
  authority?: string;
}

/** Longer targets get 414; Node's parser itself answers heads over 16 KiB with 431. */
export const MAX_TARGET_LENGTH = 8 * 1024;

export type TargetProblem = 'malformed' | 'tooLong';

const BASE = 'http://sandbox.invalid';

/**
 * Reads `req.url` without ever throwing. `new URL(target, base)` throws for targets such as
 * `//[` (read as an authority) or `http://[`, which once became a 500; here the path is
 * always read as a path. Origin-form (`/path?query`) and absolute-form (`http://host/path`)
 * are served; `*` and anything else is malformed.
 */
export const parseRequestTarget = (raw: string): RequestTarget | TargetProblem => {
  if (raw.length > MAX_TARGET_LENGTH) return 'tooLong';
  try {
    if (raw.startsWith('/')) {
      const url = new URL(`${BASE}${raw}`);
      // The host part is ours: `//x` stays a path and cannot name another host.
      if (url.origin !== BASE) return 'malformed';
      return { path: url.pathname, query: url.searchParams };
    }
    if (/^http:\/\//i.test(raw)) {
      const url = new URL(raw);
      // HTTP forbids credentials in a target; a request that sends them is not one we serve.
      if (url.username || url.password) return 'malformed';
      return { path: url.pathname, query: url.searchParams, authority: url.host };
    }
  } catch {
    return 'malformed';
  }
  return 'malformed';
};

import type { ServerResponse } from 'node:http';

/**
 * For answers given before the request was read to its end (a body over its limit): the
 * client must not send its next request on a connection still carrying the rest of this one.
 */
export const CLOSE_CONNECTION = { connection: 'close' } as const;

export const sendJson = (
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void => {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json;charset=UTF-8',
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
};

/**
 * Pages the sandbox serves to people (the invitation, the index): no scripts, forms post back
 * here only. `headers` may replace any of these, e.g. a stricter policy for a page without a form.
 */
export const sendHtml = (
  res: ServerResponse,
  status: number,
  html: string,
  headers: Record<string, string> = {},
): void => {
  res.writeHead(status, {
    'content-type': 'text/html;charset=UTF-8',
    'content-length': Buffer.byteLength(html),
    'content-security-policy':
      "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
    'x-content-type-options': 'nosniff',
    ...headers,
  });
  res.end(html);
};

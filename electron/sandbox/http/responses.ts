import type { ServerResponse } from 'node:http';

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

/** Pages the sandbox serves to people (the invitation): no scripts, forms post back here only. */
export const sendHtml = (res: ServerResponse, status: number, html: string): void => {
  res.writeHead(status, {
    'content-type': 'text/html;charset=UTF-8',
    'content-length': Buffer.byteLength(html),
    'content-security-policy':
      "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
    'x-content-type-options': 'nosniff',
  });
  res.end(html);
};

export const sendText = (res: ServerResponse, status: number, text: string): void => {
  res.writeHead(status, {
    'content-type': 'text/plain;charset=UTF-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
};

import type { IncomingMessage } from 'node:http';

/**
 * The names the sandbox answers to. It listens on 127.0.0.1 only (never ::1), so a browser
 * reaches it as `127.0.0.1:<port>` or `localhost:<port>`; any other name means a page whose
 * DNS now points at loopback (DNS rebinding) or a misconfigured proxy. Compared lower-cased;
 * on port 80 a browser leaves the port out.
 */
export const ownHosts = (port: number): ReadonlySet<string> =>
  new Set(
    port === 80
      ? ['127.0.0.1:80', 'localhost:80', '127.0.0.1', 'localhost']
      : [`127.0.0.1:${port}`, `localhost:${port}`],
  );

/** `http://` + each own host: the Origin of the sandbox's own pages. */
export const ownOrigins = (port: number): ReadonlySet<string> =>
  new Set([...ownHosts(port)].map((host) => `http://${host}`));

export type HostProblem = 'missing' | 'duplicate' | 'misdirected';

const hostHeaderCount = (req: IncomingMessage): number =>
  req.rawHeaders.filter((value, i) => i % 2 === 0 && value.toLowerCase() === 'host').length;

/**
 * Why the request's host is not the sandbox's, or undefined when it is. An absolute-form
 * target's authority takes the Host header's place (RFC 9112 §3.2.2). No Host, or two of them,
 * is a malformed request (§3.2: 400); a Host of another name is misdirected (421).
 */
export const hostProblem = (
  req: IncomingMessage,
  authority: string | undefined,
  port: number,
): HostProblem | undefined => {
  const count = hostHeaderCount(req);
  if (count > 1) return 'duplicate';
  const host = authority ?? req.headers.host;
  if (host === undefined || host === '') return 'missing';
  return ownHosts(port).has(host.toLowerCase()) ? undefined : 'misdirected';
};

/**
 * True when a browser sent the request from a page that is not the sandbox's own: a
 * cross-site form or fetch. Requests without Origin (tests, curl, the console's main
 * process) are not a browser's cross-site request and pass; `null` (a sandboxed or opaque
 * page) does not.
 */
export const isForeignOrigin = (req: IncomingMessage, port: number): boolean => {
  const origin = req.headers.origin;
  if (origin === undefined) return false;
  return !ownOrigins(port).has(origin.toLowerCase());
};

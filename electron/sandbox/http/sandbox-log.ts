/** Where the sandbox writes what it refused or what failed. */
export type SandboxLog = (line: string) => void;

export const logToStderr: SandboxLog = (line) => console.error(line);

const MAX_LOGGED_PATH = 200;

const shown = (path: string) =>
  path.length > MAX_LOGGED_PATH ? `${path.slice(0, MAX_LOGGED_PATH)}…` : path;

/**
 * One line for a request refused because of what the client sent: status, method, path and
 * the reason. Never the query (it can carry invite codes), the body or a stack trace — the
 * sandbox is fine, the request was not.
 */
export const refusalLine = (status: number, method: string, path: string, reason: string) =>
  `VPP sandbox: ${status} for ${method} ${shown(path)}: ${reason}`;

/** A failure of the sandbox itself: here the stack trace is what its reader needs. */
export const failureReport = (method: string, path: string, error: unknown) =>
  `VPP sandbox: ${method} ${shown(path)} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;

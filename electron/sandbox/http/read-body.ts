import type { IncomingMessage } from 'node:http';

/** Apple's bodies: 100 users or 1000 clientUserIds and serial numbers fit many times over. */
export const APPLE_BODY_LIMIT = 2 * 1024 * 1024;
/** The admin side's bodies are a few fields (a fault spec is at most 2000 characters). */
export const ADMIN_BODY_LIMIT = 64 * 1024;
/** The invitation form carries an invite code and an Apple Account. */
export const INVITATION_BODY_LIMIT = 16 * 1024;

const describeSize = (bytes: number): string =>
  bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MiB` : `${bytes / 1024} KiB`;

/** A body over its route's limit: answered 413, with the connection closed after the answer. */
export class BodyTooLargeError extends Error {
  constructor(readonly limitBytes: number) {
    super(`The request body is larger than ${describeSize(limitBytes)}.`);
    this.name = 'BodyTooLargeError';
  }
}

/** The client went away (or its framing broke) before the body was complete: nobody to answer. */
export class BodyAbortedError extends Error {
  constructor() {
    super('The request body ended before it was complete.');
    this.name = 'BodyAbortedError';
  }
}

/**
 * Reads the body as UTF-8 text, refusing more than `limitBytes`: at once when Content-Length
 * says so, otherwise as soon as the bytes read pass it. The rest of a refused body is read
 * and thrown away rather than the stream destroyed, so the client can still read the 413.
 */
export const readBody = (req: IncomingMessage, limitBytes: number): Promise<string> =>
  new Promise((resolve, reject) => {
    const refuse = () => {
      req.removeAllListeners('data');
      req.resume();
      reject(new BodyTooLargeError(limitBytes));
    };
    if (Number(req.headers['content-length'] ?? 0) > limitBytes) return refuse();
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limitBytes) return refuse();
      chunks.push(chunk);
    });
    req.once('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.once('error', () => reject(new BodyAbortedError()));
    req.once('close', () => {
      if (!req.complete) reject(new BodyAbortedError());
    });
  });

/** The media type without parameters, lower-cased: `application/json; charset=utf-8` → `application/json`. */
export const mediaTypeOf = (req: IncomingMessage): string =>
  (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();

import { createHash } from 'node:crypto';
import { inspect } from 'node:util';
import { TOKEN_FILE_MAX_BYTES } from '../../shared/domain/tokens';
import { AppError } from '../host/app-error';
import { parseAppleDate } from './dates';

export type VppTokenFileErrorCode =
  | 'tokenFile.empty'
  | 'tokenFile.tooLarge'
  | 'tokenFile.notBase64'
  | 'tokenFile.notJson'
  | 'tokenFile.innerToken'
  | 'tokenFile.missingField'
  | 'tokenFile.badDate'
  | 'tokenFile.expired';

/** The chosen file is not a content token; the code says why. Never quotes the file. */
export class VppTokenFileError extends AppError {
  declare readonly code: VppTokenFileErrorCode;
  constructor(code: VppTokenFileErrorCode, message: string, params?: Record<string, string>) {
    super(code, message, params);
    this.name = 'VppTokenFileError';
  }
}

/** What may be shown and stored outside main: never the token itself. */
export interface VppTokenMetadata {
  orgName: string;
  /** ISO-8601 in UTC. */
  expiresAt: string;
}

const BASE64 = /^[A-Za-z0-9+/_-]+={0,2}$/;

export interface ParseOptions {
  /** The clock a token's own expiry date is checked against (default: now). */
  now?: number;
}

/**
 * Refuses what is too big to be a token file before anything reads or decodes it; a path
 * source calls this with the file's size from `stat`.
 */
export const checkTokenFileSize = (bytes: number): void => {
  if (bytes <= TOKEN_FILE_MAX_BYTES) return;
  throw new VppTokenFileError(
    'tokenFile.tooLarge',
    `The file is ${Math.ceil(bytes / 1024)} KB; a content token file is about 1 KB, so this is not one.`,
    { kilobytes: String(Math.ceil(bytes / 1024)) },
  );
};

/**
 * A `.vpptoken` file as downloaded from Apple School/Business Manager: Base64 of
 * `{"token","expDate","orgName"}`. Apple expects the *whole file content* as the bearer value.
 * The secret sits in a private field; JSON and console output show the metadata only.
 */
export class VppTokenFile {
  readonly #bearer: string;
  readonly metadata: VppTokenMetadata;
  /** A short, one-way id of the token, to notice the same file being added twice. */
  readonly fingerprint: string;

  private constructor(bearer: string, metadata: VppTokenMetadata) {
    this.#bearer = bearer;
    this.metadata = metadata;
    this.fingerprint = createHash('sha256').update(bearer).digest('hex').slice(0, 16);
  }

  static parse(fileContent: string, options: ParseOptions = {}): VppTokenFile {
    checkTokenFileSize(Buffer.byteLength(fileContent, 'utf8'));
    // Files may carry a BOM, a trailing newline or be wrapped; none of that is part of the token.
    const bearer = fileContent.replace(/^\uFEFF/, '').replace(/\s+/g, '');
    if (bearer === '') throw new VppTokenFileError('tokenFile.empty', 'The token file is empty.');
    if (!BASE64.test(bearer)) {
      throw new VppTokenFileError(
        'tokenFile.notBase64',
        'The file is not a content token: its content is not Base64 text.',
      );
    }
    const decoded = decodeJson(bearer);
    const missing = ['token', 'expDate', 'orgName'].find(
      (field) => typeof decoded[field] !== 'string' || (decoded[field] as string).trim() === '',
    );
    if (missing) {
      throw new VppTokenFileError(
        'tokenFile.missingField',
        `The content token has no "${missing}" field.`,
        { field: missing },
      );
    }
    const expires = parseAppleDate(decoded.expDate as string);
    if (!expires) {
      throw new VppTokenFileError(
        'tokenFile.badDate',
        'The content token has an expiry date that cannot be read.',
      );
    }
    if (expires.getTime() <= (options.now ?? Date.now())) {
      const date = expires.toISOString().slice(0, 10);
      throw new VppTokenFileError(
        'tokenFile.expired',
        `The content token expired on ${date}; Apple no longer accepts it.`,
        { date },
      );
    }
    const orgName = (decoded.orgName as string).trim();
    return new VppTokenFile(bearer, { orgName, expiresAt: expires.toISOString() });
  }

  /** The value for `Authorization: Bearer …`. Only the vault and the HTTP layer call this. */
  revealBearer(): string {
    return this.#bearer;
  }

  isExpired(nowMs: number): boolean {
    return Date.parse(this.metadata.expiresAt) <= nowMs;
  }

  toJSON(): VppTokenMetadata {
    return { ...this.metadata };
  }

  [inspect.custom](): string {
    return `VppTokenFile(${this.metadata.orgName}, expires ${this.metadata.expiresAt})`;
  }
}

const decodeJson = (base64: string): Record<string, unknown> => {
  const bytes = Buffer.from(base64, 'base64');
  const text = textOf(bytes);
  let value: unknown;
  try {
    value = text === undefined ? undefined : JSON.parse(text);
  } catch {
    value = undefined;
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    return value as Record<string, unknown>;
  }
  if (text === undefined && looksLikeBareSecret(bytes)) {
    throw new VppTokenFileError(
      'tokenFile.innerToken',
      'This is the token inside a .vpptoken file, not the file itself: choose the downloaded .vpptoken file instead of text copied out of it.',
    );
  }
  throw new VppTokenFileError(
    'tokenFile.notJson',
    'The file is Base64 text but does not hold a content token.',
  );
};

/** The bytes as text, or undefined when they are not UTF-8 or hold control characters. */
const textOf = (bytes: Buffer): string | undefined => {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
  // eslint-disable-next-line no-control-regex -- control characters are what we look for
  return /[\u0000-\u0008\u000E-\u001F\u007F]/.test(text) ? undefined : text;
};

/**
 * The `token` field of a file is Base64 of random bytes (32 in the sandbox, a few dozen to a
 * few hundred at Apple): binary, and short. Longer binary is some other file, not a secret.
 */
const BARE_SECRET_BYTES = { min: 16, max: 512 };
const looksLikeBareSecret = (bytes: Buffer): boolean =>
  bytes.length >= BARE_SECRET_BYTES.min && bytes.length <= BARE_SECRET_BYTES.max;

import { createHash } from 'node:crypto';
import { inspect } from 'node:util';
import { AppError } from '../host/app-error';
import { parseAppleDate } from './dates';

export type VppTokenFileErrorCode =
  | 'tokenFile.empty'
  | 'tokenFile.notBase64'
  | 'tokenFile.notJson'
  | 'tokenFile.missingField'
  | 'tokenFile.badDate';

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

  static parse(fileContent: string): VppTokenFile {
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
  const text = Buffer.from(base64, 'base64').toString('utf8');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new VppTokenFileError(
      'tokenFile.notJson',
      'The file is Base64 text but does not hold a content token.',
    );
  }
  return value as Record<string, unknown>;
};

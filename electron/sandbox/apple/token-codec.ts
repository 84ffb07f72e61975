/** The decoded content of a `.vpptoken` file (reference vpp-api.md §2.1). */
export interface ContentTokenFields {
  token: string;
  expDate: string;
  orgName: string;
}

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** What Apple's download holds: base64 of the JSON object, no trailing newline. */
export const encodeContentToken = (fields: ContentTokenFields): string =>
  Buffer.from(
    JSON.stringify({ token: fields.token, expDate: fields.expDate, orgName: fields.orgName }),
    'utf8',
  ).toString('base64');

/**
 * Reads a token file's text (or a Bearer value). Surrounding whitespace is ignored, as files
 * often end in a newline; anything that is not base64 of the three-field JSON is `undefined`.
 */
export const decodeContentToken = (text: string): ContentTokenFields | undefined => {
  const trimmed = text.trim();
  if (trimmed.length === 0 || trimmed.length % 4 !== 0 || !BASE64.test(trimmed)) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(trimmed, 'base64').toString('utf8'));
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const { token, expDate, orgName } = parsed as Record<string, unknown>;
  if (typeof token !== 'string' || typeof expDate !== 'string' || typeof orgName !== 'string')
    return undefined;
  if (token.length === 0) return undefined;
  return { token, expDate, orgName };
};

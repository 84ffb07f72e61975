import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { VppTokenFile, VppTokenFileError } from '../../../electron/vpp/token-file';

const SECRET = 'U2ltdWxhdG9yT25seVNlY3JldA==';
const encode = (value: unknown) =>
  Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64');
const tokenFile = (fields: Record<string, unknown> = {}) =>
  encode({
    token: SECRET,
    expDate: '2031-03-14T09:26:53+0000',
    orgName: 'Springfield Elementary',
    ...fields,
  });

const failure = (content: string): VppTokenFileError => {
  try {
    VppTokenFile.parse(content);
  } catch (error) {
    if (error instanceof VppTokenFileError) return error;
    throw error;
  }
  throw new Error('expected the file to be refused');
};

describe('VppTokenFile.parse', () => {
  it('reads organisation and expiry, and keeps the whole file content as the bearer', () => {
    const content = tokenFile();
    const token = VppTokenFile.parse(`${content}\n`);
    expect(token.metadata).toEqual({
      orgName: 'Springfield Elementary',
      expiresAt: '2031-03-14T09:26:53.000Z',
    });
    expect(token.revealBearer()).toBe(content);
  });

  it('ignores a BOM, surrounding whitespace and line wrapping', () => {
    const content = tokenFile();
    const wrapped = `\uFEFF  ${content.slice(0, 40)}\r\n${content.slice(40)}\n\n`;
    expect(VppTokenFile.parse(wrapped).revealBearer()).toBe(content);
  });

  it('never shows the secret in JSON or console output', () => {
    const token = VppTokenFile.parse(tokenFile());
    const shown = [JSON.stringify(token), inspect(token), String(Object.keys(token))].join(' ');
    expect(shown).toContain('Springfield Elementary');
    expect(shown).not.toContain(SECRET);
    expect(shown).not.toContain(tokenFile());
  });

  it('gives the same fingerprint for the same file and another for a different file', () => {
    const a = VppTokenFile.parse(tokenFile());
    expect(VppTokenFile.parse(`${tokenFile()}\n`).fingerprint).toBe(a.fingerprint);
    expect(VppTokenFile.parse(tokenFile({ token: 'b3RoZXI=' })).fingerprint).not.toBe(
      a.fingerprint,
    );
    expect(a.fingerprint).toMatch(/^[0-9a-f]{16}$/);
  });

  it('knows whether the token has expired', () => {
    const token = VppTokenFile.parse(tokenFile());
    expect(token.isExpired(Date.parse('2031-03-14T09:26:52Z'))).toBe(false);
    expect(token.isExpired(Date.parse('2031-03-14T09:26:53Z'))).toBe(true);
  });

  it.each([
    ['an empty file', '  \n', 'tokenFile.empty'],
    ['a file that is not Base64', 'this is not a token!', 'tokenFile.notBase64'],
    ['decoded JSON pasted as is', '{"token":"x"}', 'tokenFile.notBase64'],
    ['Base64 of plain text', encode('hello there'), 'tokenFile.notJson'],
    ['Base64 of a JSON array', encode('[1,2]'), 'tokenFile.notJson'],
    ['a missing token field', tokenFile({ token: undefined }), 'tokenFile.missingField'],
    ['an empty orgName', tokenFile({ orgName: ' ' }), 'tokenFile.missingField'],
    ['an expDate that is a number', tokenFile({ expDate: 1234 }), 'tokenFile.missingField'],
    ['an unreadable expDate', tokenFile({ expDate: 'next year' }), 'tokenFile.badDate'],
  ])('refuses %s with a clear code', (_name, content, code) => {
    const error = failure(content);
    expect(error.code).toBe(code);
    expect(error.message).not.toContain(SECRET);
  });

  it('names the missing field', () => {
    expect(failure(tokenFile({ orgName: undefined })).params).toEqual({ field: 'orgName' });
  });
});

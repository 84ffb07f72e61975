import { describe, expect, it } from 'vitest';
import {
  decodeContentToken,
  encodeContentToken,
} from '../../../electron/sandbox/apple/token-codec';

const fields = {
  token: 'U2ltdWxhdG9yT25seVNlY3JldA==',
  expDate: '2031-03-14T09:26:53+0000',
  orgName: 'OBS De Regenboog',
};

describe('content token codec', () => {
  it('writes base64 of the JSON {token, expDate, orgName}, as Apple’s download does', () => {
    const file = encodeContentToken(fields);
    expect(JSON.parse(Buffer.from(file, 'base64').toString('utf8'))).toEqual(fields);
    expect(file).toMatch(/^[A-Za-z0-9+/]+=*$/);
  });

  it('reads a file back, ignoring the trailing newline editors add', () => {
    expect(decodeContentToken(`${encodeContentToken(fields)}\n`)).toEqual(fields);
    expect(decodeContentToken(`  ${encodeContentToken(fields)}\r\n`)).toEqual(fields);
  });

  it('does not take the inner token, garbage, or JSON without the three fields', () => {
    expect(decodeContentToken(fields.token)).toBeUndefined();
    expect(decodeContentToken('not a token')).toBeUndefined();
    expect(decodeContentToken('')).toBeUndefined();
    const partial = Buffer.from(JSON.stringify({ token: 'x', orgName: 'y' })).toString('base64');
    expect(decodeContentToken(partial)).toBeUndefined();
    const array = Buffer.from('[1,2]').toString('base64');
    expect(decodeContentToken(array)).toBeUndefined();
  });
});

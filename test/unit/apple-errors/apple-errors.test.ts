import { describe, expect, it } from 'vitest';
import {
  APPLE_ERRORS,
  CLIENT_ERROR_CODES,
  appleErrorEntry,
  appleErrorSentence,
  clientErrorSentence,
  errorSentence,
} from '../../../shared/apple-errors';
import { REFERENCE_ERROR_NUMBERS } from '../../fixtures/apple-error-numbers';

describe('the Apple error table', () => {
  const numbers = REFERENCE_ERROR_NUMBERS;

  it('knows a plausible number of Apple error numbers', () => {
    expect(numbers.length).toBeGreaterThan(80);
    expect(numbers).toEqual(expect.arrayContaining([9601, 9622, 9646, 9709, 9729, 9811, 9818]));
  });

  it('has an entry for every number in the reference, in English and Dutch', () => {
    const missing = numbers.filter((n) => !appleErrorEntry(n));
    expect(missing).toEqual([]);
  });

  it('has exactly one entry per number', () => {
    const all = APPLE_ERRORS.map((entry) => entry.number);
    expect(new Set(all).size).toBe(all.length);
  });

  it.each(APPLE_ERRORS.map((entry) => [entry.number, entry] as const))(
    '%i has two real, different sentences',
    (_number, entry) => {
      for (const sentence of [entry.en, entry.nl]) {
        expect(sentence.trim().length).toBeGreaterThan(20);
        expect(sentence).toMatch(/[.!]$/);
        expect(sentence).not.toMatch(/undefined|\$\{|\{\w+\}/);
      }
      expect(entry.en).not.toBe(entry.nl);
      // Apple's Dutch UI says "je"; the formal "u"/"uw" must not slip in.
      expect(entry.nl).not.toMatch(/\b(u|uw|U|Uw)\b/);
      expect(entry.meaning.length).toBeGreaterThan(3);
    },
  );

  it('tells the admin what to do about the common token errors', () => {
    expect(appleErrorSentence(9625, 'en')).toContain('revoked');
    expect(appleErrorSentence(9625, 'en')).toContain(
      'Preferences → Payments and Billing → Content Tokens',
    );
    expect(appleErrorSentence(9625, 'nl')).toContain('ingetrokken');
    expect(appleErrorSentence(9621, 'nl')).toContain('verlopen');
    for (const n of [9601, 9621, 9622, 9625, 9722]) {
      expect(appleErrorEntry(n)?.action).toBe('replaceToken');
    }
    expect(appleErrorEntry(9709)?.action).toBe('buyLicenses');
    expect(appleErrorEntry(9646)?.httpStatus).toBe(429);
  });

  it('still says something sensible for a number Apple adds later', () => {
    expect(appleErrorSentence(9999, 'en', 'Something new.')).toBe(
      'Apple reported error 9999: Something new.',
    );
    expect(appleErrorSentence(9999, 'nl', 'Something new.')).toBe(
      'Apple meldde fout 9999: Something new.',
    );
    expect(appleErrorSentence(9998, 'en')).toMatch(/^Apple reported error 9998\. .+/);
    expect(appleErrorSentence(9998, 'nl', '  ')).toMatch(/^Apple meldde fout 9998\. .+/);
  });
});

describe('sentences for the client’s own failures', () => {
  const codes = [
    'network.unreachable',
    'network.timeout',
    'network.dropped',
    'http.unexpectedStatus',
    'http.invalidResponse',
    'vpp.eventPending',
    'vpp.dataKeptChanging',
    'vpp.noToken',
    'tokenFile.empty',
    'tokenFile.notBase64',
    'tokenFile.notJson',
    'tokenFile.missingField',
    'tokenFile.badDate',
  ];

  it('covers every code the client throws', () => {
    expect([...CLIENT_ERROR_CODES].sort()).toEqual([...codes].sort());
  });

  it.each(codes)('%s reads well in both languages, with and without params', (code) => {
    const params = {
      url: 'http://127.0.0.1:4100/mdm/v2/assets',
      status: 502,
      field: 'orgName',
      numCompleted: 3,
      numRequested: 10,
    };
    for (const lang of ['en', 'nl'] as const) {
      for (const sentence of [
        clientErrorSentence(code, lang),
        clientErrorSentence(code, lang, params),
      ]) {
        expect(sentence).toBeDefined();
        expect(sentence!.length).toBeGreaterThan(20);
        expect(sentence).not.toMatch(/undefined|\$\{/);
      }
    }
    expect(clientErrorSentence(code, 'en')).not.toBe(clientErrorSentence(code, 'nl'));
  });

  it('names a sandbox or custom host, but says "Apple" for Apple’s own', () => {
    expect(
      clientErrorSentence('network.timeout', 'en', { url: 'http://127.0.0.1:4100/mdm/v2' }),
    ).toContain('127.0.0.1:4100');
    expect(
      clientErrorSentence('network.timeout', 'nl', { url: 'https://vpp.itunes.apple.com/mdm/v2' }),
    ).toContain('De dienst van Apple');
  });

  it('fills in progress and missing fields', () => {
    expect(
      clientErrorSentence('vpp.eventPending', 'nl', { numCompleted: 3, numRequested: 10 }),
    ).toContain('3 van 10');
    expect(clientErrorSentence('tokenFile.missingField', 'en', { field: 'expDate' })).toContain(
      'expDate',
    );
  });

  it('answers unknown codes with undefined, even prototype names', () => {
    expect(clientErrorSentence('ipc.badPayload', 'en')).toBeUndefined();
    expect(clientErrorSentence('toString', 'en')).toBeUndefined();
  });

  it('dispatches any error code the main process sends', () => {
    expect(errorSentence('apple.9625', 'en')).toBe(appleErrorSentence(9625, 'en'));
    expect(errorSentence('apple.9990', 'en', { message: 'Odd.' })).toBe(
      'Apple reported error 9990: Odd.',
    );
    expect(errorSentence('network.dropped', 'nl')).toBe(
      clientErrorSentence('network.dropped', 'nl'),
    );
    expect(errorSentence('settings.invalid', 'en')).toBeUndefined();
  });
});

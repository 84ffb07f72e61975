import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/contract';
import { errorInfoOf, errorText } from '../../../renderer/i18n/error-text';
import { createI18n } from '../../../renderer/i18n/i18n';

describe('plain-language errors', () => {
  const english = createI18n('en');
  const dutch = createI18n('nl');

  it('translates the codes main reports, with their params, in both languages', () => {
    const unreachable = {
      code: 'network.unreachable',
      message: 'Could not reach http://127.0.0.1:9/mdm/v2/service/config.',
      params: { url: 'http://127.0.0.1:9/mdm/v2/service/config' },
    };
    // An address on this computer is not blamed on the internet connection.
    expect(errorText(english, unreachable)).toBe(
      'Nothing answered at 127.0.0.1:9 on this computer. If that is a sandbox you started, check that it is still running and that the address in Settings is right.',
    );
    expect(errorText(dutch, unreachable)).toContain('Er antwoordde niets op 127.0.0.1:9');
    const status = { code: 'http.unexpectedStatus', message: 'x', params: { status: 404 } };
    expect(errorText(english, status)).toContain('HTTP 404');
    expect(errorText(dutch, { code: 'task.interrupted', message: 'x' })).toBe(
      'VPP Console werd gesloten voordat deze taak klaar was.',
    );
  });

  it('gives known Apple errors their own advice and unknown ones Apple’s number and message', () => {
    const expired = { code: 'apple.9621', message: 'Apple error 9621: Token expired' };
    expect(errorText(english, expired)).toContain('Download a new one from Apple School Manager');
    const unknown = {
      code: 'apple.9999',
      message: 'Apple error 9999: Something odd',
      params: { number: 9999, message: 'Something odd' },
    };
    expect(errorText(english, unknown)).toBe('Apple reported error 9999: Something odd');
    expect(errorText(dutch, unknown)).toBe('Apple meldde fout 9999: Something odd');
  });

  it('falls back to main’s English message for a code it has no sentence for', () => {
    expect(errorText(dutch, { code: 'vault.locked', message: 'The vault is locked.' })).toBe(
      'The vault is locked.',
    );
    // A group of keys is not a sentence.
    expect(errorText(english, { code: 'network', message: 'Network trouble.' })).toBe(
      'Network trouble.',
    );
  });

  it('reads ApiErrors and stray exceptions alike', () => {
    const apiError = new ApiError({ code: 'bridge.disconnected', message: 'Lost.' });
    expect(errorInfoOf(apiError)).toMatchObject({ code: 'bridge.disconnected', message: 'Lost.' });
    expect(errorInfoOf(new TypeError('boom'))).toEqual({ code: 'internal', message: 'boom' });
    expect(errorText(english, errorInfoOf(new TypeError('boom')))).toContain(
      'Something unexpected went wrong (boom)',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { CLIENT_ERROR_CODES, clientErrorSentence } from '../../../shared/apple-errors';

const NETWORK = ['network.unreachable', 'network.timeout', 'network.dropped'] as const;
const LANGS = ['en', 'nl'] as const;
const local = (url: string, service = 'custom') => ({ url, service });

describe('network failures on this computer are not blamed on the internet', () => {
  it('says nothing answered at a loopback address, and how to check a sandbox started there', () => {
    const params = local('http://127.0.0.1:4781/mdm/v2/service/config');
    expect(clientErrorSentence('network.unreachable', 'en', params)).toBe(
      'Nothing answered at 127.0.0.1:4781 on this computer. If that is a sandbox you started, check that it is still running and that the address in Settings is right.',
    );
    expect(clientErrorSentence('network.unreachable', 'nl', params)).toBe(
      'Er antwoordde niets op 127.0.0.1:4781 op deze computer. Is dat een sandbox die je zelf hebt gestart? Controleer dan of die nog draait en of het adres in Instellingen klopt.',
    );
  });

  it.each(['http://localhost:4781/mdm/v2', 'http://[::1]:4781/mdm/v2', 'http://127.0.0.2/mdm/v2'])(
    'knows %s is this computer, for every network failure and in both languages',
    (url) => {
      for (const code of NETWORK) {
        for (const lang of LANGS) {
          const sentence = clientErrorSentence(code, lang, local(url))!;
          expect(sentence).toMatch(lang === 'en' ? /on this computer/ : /op deze computer/);
          expect(sentence).not.toMatch(/internet|proxy|firewall/i);
          expect(sentence).toContain(/^http:\/\/([^/]+)/.exec(url)![1]);
        }
      }
    },
  );

  it('tells the admin to restart the console when the built-in sandbox did not answer, without its port', () => {
    const params = local('http://127.0.0.1:39245/mdm/v2/service/config', 'sandbox');
    expect(clientErrorSentence('network.unreachable', 'en', params)).toBe(
      'The built-in sandbox did not answer. Quit the console and start it again.',
    );
    expect(clientErrorSentence('network.unreachable', 'nl', params)).toBe(
      'De ingebouwde sandbox antwoordde niet. Sluit de console af en start hem opnieuw.',
    );
    for (const code of [...NETWORK, 'http.unexpectedStatus', 'http.invalidResponse']) {
      for (const lang of LANGS) {
        const sentence = clientErrorSentence(code, lang, { ...params, status: 500 })!;
        expect(sentence).not.toContain('39245');
        expect(sentence).not.toContain('127.0.0.1');
        expect(sentence).not.toMatch(/internet/i);
        expect(sentence).toMatch(lang === 'en' ? /built-in sandbox/ : /ingebouwde sandbox/);
      }
    }
  });

  it('still points to the internet connection for Apple and for addresses elsewhere', () => {
    for (const url of [
      'https://vpp.itunes.apple.com/mdm/v2/service/config',
      'https://vpp.school.example/mdm/v2',
      'https://127.0.0.1.evil.example/mdm/v2',
    ]) {
      expect(clientErrorSentence('network.unreachable', 'en', { url })).toContain(
        'Check the internet connection',
      );
      expect(clientErrorSentence('network.unreachable', 'nl', { url })).toContain(
        'internetverbinding',
      );
    }
  });

  it('writes the new sentences with typographic apostrophes and quotes only', () => {
    const samples = [
      local('http://127.0.0.1:4781/mdm/v2'),
      local('http://127.0.0.1:4781/mdm/v2', 'sandbox'),
    ];
    for (const code of NETWORK) {
      for (const lang of LANGS) {
        for (const params of samples) {
          expect(clientErrorSentence(code, lang, params)).not.toMatch(/['"]/);
        }
      }
    }
  });

  it('uses US English and the informal Dutch “je” throughout', () => {
    const params = { url: 'http://127.0.0.1:4781/mdm/v2', field: 'orgName', status: 502 };
    for (const code of CLIENT_ERROR_CODES) {
      for (const service of ['custom', 'sandbox', 'apple']) {
        const en = clientErrorSentence(code, 'en', { ...params, service })!;
        expect(en).not.toMatch(/cancelled|organis|licence|capitalis|honour|colour/i);
        const nl = clientErrorSentence(code, 'nl', { ...params, service })!;
        expect(nl).not.toMatch(/\b(u|uw|U|Uw)\b/);
      }
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AddressObject } from 'mailparser';
import {
  buildInvitationMail,
  InvalidRecipientError,
  invitationMessageId,
  type InvitationMailInput,
} from '../../../electron/mail/invitation-message';
import { Mailer } from '../../../electron/mail/mailer';
import { createSmtpTransport, type SmtpEndpoint } from '../../../electron/mail/transport';
import { FAST_TIMEOUTS, startSmtpServer, type TestSmtpServer } from './smtp-fixture';

let server: TestSmtpServer;
let mailer: Mailer;

beforeAll(async () => {
  server = await startSmtpServer({ disabledCommands: ['STARTTLS', 'AUTH'] });
  const endpoint: SmtpEndpoint = { host: '127.0.0.1', port: server.port, security: 'none' };
  mailer = new Mailer(createSmtpTransport(endpoint, { timeouts: FAST_TIMEOUTS }), {
    endpoint,
    sender: 'vpp@school.example',
  });
});

afterAll(async () => {
  mailer.close();
  await server.close();
});

const base: InvitationMailInput = {
  invitationId: 'inv-001',
  recipient: { name: 'Anna de Vries', address: 'anna@school.example' },
  language: 'en',
  schoolName: 'Het Baarnsch Lyceum',
  invitationUrl:
    'https://buy.itunes.apple.com/WebObjects/MZFinance.woa/wa/associateVPPUserWithITSAccount?inviteCode=abc123&mt=8',
  sender: { address: 'vpp@school.example', name: 'ICT Baarnsch Lyceum' },
};

const deliver = async (input: InvitationMailInput) => {
  const before = server.received.length;
  const [result] = await mailer.send([buildInvitationMail(input)]);
  expect(result?.status).toBe('sent');
  expect(server.received.length).toBe(before + 1);
  return server.received.at(-1)!;
};

const addressesOf = (value: AddressObject | AddressObject[] | undefined) =>
  (Array.isArray(value) ? value : value ? [value] : []).flatMap((entry) => entry.value);

describe('the invitation mail', () => {
  it('reads in English with a Sign In button linking to the invitation', async () => {
    const { parsed } = await deliver(base);
    expect(parsed.subject).toBe('Het Baarnsch Lyceum invites you to VPP Managed Distribution');
    expect(parsed.text).toContain('Hello Anna de Vries,');
    expect(parsed.text).toContain(`Sign In: ${base.invitationUrl}`);
    const html = String(parsed.html);
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('>Sign In</a>');
    expect(html).toContain(`href="${base.invitationUrl.replace(/&/g, '&amp;')}"`);
    expect(html).toContain('Het Baarnsch Lyceum');
  });

  it('reads in Dutch with a Log in button linking to the invitation', async () => {
    const { parsed } = await deliver({ ...base, invitationId: 'inv-002', language: 'nl' });
    expect(parsed.subject).toBe('Het Baarnsch Lyceum nodigt je uit voor distributie via het VPP');
    expect(parsed.text).toContain('Hallo Anna de Vries,');
    expect(parsed.text).toContain('Log in met je Apple ID');
    expect(parsed.text).toContain(`Log in: ${base.invitationUrl}`);
    const html = String(parsed.html);
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('>Log in</a>');
    expect(parsed.headers.get('content-language')).toBe('nl');
  });

  it('derives a stable Message-ID from the invitation id and names the sender', async () => {
    const first = await deliver({ ...base, invitationId: 'inv-stable' });
    const again = await deliver({ ...base, invitationId: 'inv-stable' });
    expect(first.parsed.messageId).toBe('<invitation-inv-stable@vpp-console.local>');
    expect(again.parsed.messageId).toBe(first.parsed.messageId);
    expect(invitationMessageId('inv-stable')).toBe(first.parsed.messageId);
    expect(addressesOf(first.parsed.from)).toEqual([
      { name: 'ICT Baarnsch Lyceum', address: 'vpp@school.example' },
    ]);
    expect(first.envelope).toEqual({ from: 'vpp@school.example', to: ['anna@school.example'] });
  });

  it('encodes non-ASCII names (RFC 2047) and they decode back whole', async () => {
    const { parsed, raw } = await deliver({
      ...base,
      invitationId: 'inv-utf8',
      recipient: { name: 'Zoë Çelik-Ørsted 王芳', address: 'zoe@school.example' },
      sender: { address: 'vpp@school.example', name: 'Scholengemeenschap Mühlenbrück' },
      schoolName: 'Scholengemeenschap Mühlenbrück',
    });
    const headerBlock = raw.slice(0, raw.indexOf('\r\n\r\n'));
    // Every header byte is ASCII; the names travel as encoded-words.
    expect(/^[\x20-\x7e\r\n\t]*$/.test(headerBlock)).toBe(true);
    expect(headerBlock).toMatch(/^To: =\?UTF-8\?/m);
    expect(addressesOf(parsed.to)).toEqual([
      { name: 'Zoë Çelik-Ørsted 王芳', address: 'zoe@school.example' },
    ]);
    expect(addressesOf(parsed.from)[0]?.name).toBe('Scholengemeenschap Mühlenbrück');
    expect(parsed.subject).toContain('Mühlenbrück');
  });

  it('lets no name add a header or a recipient (CR/LF, quotes, angle brackets)', async () => {
    const { parsed, raw, envelope } = await deliver({
      ...base,
      invitationId: 'inv-inject',
      recipient: {
        name: 'Eve\r\nBcc: victim@evil.example\r\nX-Injected: yes',
        address: 'eve@school.example',
      },
      sender: {
        address: 'vpp@school.example',
        name: 'ICT" <boss@evil.example>, "x\nCc: cc@evil.example',
      },
      schoolName: 'School\r\nX-School-Injected: 1',
    });
    const headerBlock = raw.slice(0, raw.indexOf('\r\n\r\n'));
    expect(headerBlock).not.toMatch(/^(bcc|cc|x-injected|x-school-injected):/im);
    expect(parsed.headers.has('bcc')).toBe(false);
    expect(parsed.headers.has('cc')).toBe(false);
    expect(parsed.headers.has('x-injected')).toBe(false);
    expect(envelope.to).toEqual(['eve@school.example']);
    expect(addressesOf(parsed.to)).toEqual([
      { name: 'Eve Bcc: victim@evil.example X-Injected: yes', address: 'eve@school.example' },
    ]);
    const from = addressesOf(parsed.from);
    expect(from).toHaveLength(1);
    expect(from[0]?.address).toBe('vpp@school.example');
    expect(from[0]?.name).toBe('ICT" <boss@evil.example>, "x Cc: cc@evil.example');
    expect(parsed.subject).toBe(
      'School X-School-Injected: 1 invites you to VPP Managed Distribution',
    );
  });

  it('escapes names in the HTML', async () => {
    const { parsed } = await deliver({
      ...base,
      invitationId: 'inv-html',
      recipient: { name: '<script>alert(1)</script>', address: 'x@school.example' },
      schoolName: 'A & B "<b>"',
    });
    const html = String(parsed.html);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('A &amp; B &quot;&lt;b&gt;&quot;');
  });

  it('refuses addresses that are not one plain mailbox, and links that are not http(s)', () => {
    for (const address of [
      'anna@school.example\r\nBcc: x@evil.example',
      'a@b.example, c@d.example',
      '"quoted"@school.example',
      '<anna@school.example>',
      'no-at-sign',
    ]) {
      expect(() => buildInvitationMail({ ...base, recipient: { name: 'A', address } })).toThrow(
        InvalidRecipientError,
      );
    }
    expect(() => buildInvitationMail({ ...base, invitationUrl: 'javascript:alert(1)' })).toThrow();
    expect(() => buildInvitationMail({ ...base, invitationId: 'a\r\nb' })).toThrow();
  });
});

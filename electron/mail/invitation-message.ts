import type { SendMailOptions } from 'nodemailer';
import {
  displayNameOf,
  isMailAddress,
  type MailLanguage,
  type MailSender,
} from '../../shared/domain/mail';

export interface InvitationMailInput {
  invitationId: string;
  recipient: { name: string; address: string };
  language: MailLanguage;
  schoolName: string;
  /** Apple's invitation URL for this user (the service config's template with the inviteCode). */
  invitationUrl: string;
  sender: MailSender;
}

/** A message ready for the mailer: nodemailer's options plus the id its result is reported by. */
export interface OutgoingMail {
  id: string;
  to: string;
  options: SendMailOptions;
}

export const MESSAGE_ID_DOMAIN = 'vpp-console.local';

/** Stable per invitation: a resend after a crash is recognisably the same message. */
export const invitationMessageId = (invitationId: string): string => {
  if (!/^[A-Za-z0-9._-]{1,128}$/.test(invitationId)) {
    throw new Error('An invitation id is letters, digits, dots, dashes and underscores');
  }
  return `<invitation-${invitationId}@${MESSAGE_ID_DOMAIN}>`;
};

/** Dutch in Apple's voice (“Log in”, informal “je”), see shared/reference/profile-manager-ui.md §8. */
const TEXTS: Record<
  MailLanguage,
  {
    subject: (school: string) => string;
    greeting: (name: string) => string;
    body: (school: string) => string;
    button: string;
    fallback: string;
    footer: (school: string) => string;
  }
> = {
  en: {
    subject: (school) => `${school} invites you to VPP Managed Distribution`,
    greeting: (name) => (name ? `Hello ${name},` : 'Hello,'),
    body: (school) =>
      `${school} would like to give you apps and books through Apple’s Volume Purchase Program. Sign in with your Apple ID to accept the invitation.`,
    button: 'Sign In',
    fallback: 'If the button does not work, open this link:',
    footer: (school) =>
      `You received this email because ${school} manages apps and books for you. If you did not expect it, you can ignore it.`,
  },
  nl: {
    subject: (school) => `${school} nodigt je uit voor distributie via het VPP`,
    greeting: (name) => (name ? `Hallo ${name},` : 'Hallo,'),
    body: (school) =>
      `${school} wil je apps en boeken geven via het Volume Purchase Program van Apple. Log in met je Apple ID om de uitnodiging te accepteren.`,
    button: 'Log in',
    fallback: 'Werkt de knop niet? Open dan deze link:',
    footer: (school) =>
      `Je ontvangt deze e-mail omdat ${school} apps en boeken voor je beheert. Verwachtte je deze e-mail niet, dan kun je hem negeren.`,
  },
};

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]!);

/** http(s) only: a `javascript:` or `data:` link has no place in a mail button. */
const checkedUrl = (url: string): string => {
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new Error('An invitation link is an http or https address');
  }
  return parsed.href;
};

export class InvalidRecipientError extends Error {
  constructor(readonly address: string) {
    super(`Not an email address: ${JSON.stringify(address)}`);
    this.name = 'InvalidRecipientError';
  }
}

/**
 * The invitation mail for one user. Names go to nodemailer as `{ name, address }` objects, so it
 * quotes and encodes them (RFC 2047 for non-ASCII); CR/LF are removed here first, and addresses
 * must be plain mailboxes, so nothing typed into a name can add a header or a recipient.
 */
export const buildInvitationMail = (input: InvitationMailInput): OutgoingMail => {
  const address = input.recipient.address.trim();
  if (!isMailAddress(address)) throw new InvalidRecipientError(address);
  if (!isMailAddress(input.sender.address)) throw new InvalidRecipientError(input.sender.address);
  const texts = TEXTS[input.language];
  const name = displayNameOf(input.recipient.name);
  const school = displayNameOf(input.schoolName);
  const url = checkedUrl(input.invitationUrl);

  const text = [
    texts.greeting(name),
    '',
    texts.body(school),
    '',
    `${texts.button}: ${url}`,
    '',
    '--',
    texts.footer(school),
    '',
  ].join('\n');

  const e = escapeHtml;
  const html = `<!DOCTYPE html>
<html lang="${input.language}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${e(texts.subject(school))}</title></head>
<body style="margin:0;padding:24px;background:#f5f5f7;font-family:-apple-system,'Helvetica Neue',Helvetica,Arial,sans-serif;color:#1d1d1f">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:560px;margin:0 auto;background:#ffffff;border-radius:12px">
<tr><td style="padding:32px">
<p style="margin:0 0 8px;font-size:13px;color:#6e6e73">${e(school)}</p>
<p style="margin:0 0 16px;font-size:17px">${e(texts.greeting(name))}</p>
<p style="margin:0 0 24px;font-size:15px;line-height:1.5">${e(texts.body(school))}</p>
<p style="margin:0 0 24px"><a href="${e(url)}" style="display:inline-block;padding:10px 22px;background:#0071e3;color:#ffffff;border-radius:8px;text-decoration:none;font-size:15px">${e(texts.button)}</a></p>
<p style="margin:0 0 4px;font-size:12px;color:#6e6e73">${e(texts.fallback)}</p>
<p style="margin:0 0 24px;font-size:12px;word-break:break-all"><a href="${e(url)}" style="color:#0071e3">${e(url)}</a></p>
<p style="margin:0;font-size:12px;color:#6e6e73">${e(texts.footer(school))}</p>
</td></tr>
</table>
</body>
</html>
`;

  return {
    id: input.invitationId,
    to: address,
    options: {
      messageId: invitationMessageId(input.invitationId),
      from: { name: displayNameOf(input.sender.name), address: input.sender.address },
      to: { name, address },
      subject: texts.subject(school),
      text,
      html,
      headers: { 'Content-Language': input.language },
      // Bounces go to the sender; nothing else of the user's input reaches the envelope.
      envelope: { from: input.sender.address, to: [address] },
    },
  };
};

import { z } from 'zod';

/**
 * Settings → Mail. The SMTP password is not here: it lives in the vault under
 * `MAIL_PASSWORD_SECRET`, like every other secret the console keeps.
 */
export const MAIL_PASSWORD_SECRET = 'mail:password';

/** `catcher` is the embedded loopback mail catcher (the Outbox); `smtp` a real server. */
export const MailMode = z.enum(['catcher', 'smtp']);
export type MailMode = z.infer<typeof MailMode>;

/** none: plain SMTP; starttls: plain, then upgraded (required, not opportunistic); tls: TLS from the first byte. */
export const MailSecurity = z.enum(['none', 'starttls', 'tls']);
export type MailSecurity = z.infer<typeof MailSecurity>;

const DNS_NAME =
  /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*\.?$/i;
const IPV6_LITERAL = /^\[?[0-9a-f:.]+\]?$/i;

/** A DNS name, an IPv4 address or an IPv6 address; nothing that could carry a space or a newline. */
export const MailHost = z
  .string()
  .trim()
  .refine((host) => DNS_NAME.test(host) || (host.includes(':') && IPV6_LITERAL.test(host)), {
    message: 'Type a server name such as smtp.school.example, or its IP address.',
  });

/**
 * One mailbox, `local@domain`, with none of the characters that could end a header or start a
 * second address (CR, LF, quotes, angle brackets, commas, spaces). Stricter than RFC 5322 on
 * purpose: a school's addresses never need a quoted local part.
 */
const ADDRESS =
  /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;
export const MailAddress = z
  .string()
  .trim()
  .max(254)
  .refine((address) => ADDRESS.test(address) && !address.includes('..'), {
    message: 'Type an email address such as name@school.example.',
  });

export const isMailAddress = (value: string): boolean => MailAddress.safeParse(value).success;

// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f\u2028\u2029]+/g;

/** A display name as it may go into a header: no control characters (CR/LF end a header). */
export const displayNameOf = (name: string): string =>
  name.replace(CONTROL_CHARACTERS, ' ').replace(/\s+/g, ' ').trim();

export const SmtpSettings = z.object({
  /** Empty until the admin fills it in; required once mode is `smtp`. */
  host: z.union([z.literal(''), MailHost]),
  port: z.number().int().min(1).max(65_535),
  security: MailSecurity,
  /** Log in as this user (the password is in the vault); no login when absent. */
  user: z.string().trim().min(1).max(320).optional(),
  /** Profile Manager's "Relay outgoing mail through ISP": hand every message to `relayHost`. */
  relayThroughIsp: z.boolean(),
  relayHost: z.union([z.literal(''), MailHost]).optional(),
});
export type SmtpSettings = z.infer<typeof SmtpSettings>;

export const MailSender = z.object({
  address: MailAddress,
  name: z.string().max(200).transform(displayNameOf),
});
export type MailSender = z.infer<typeof MailSender>;

export const DEFAULT_SMTP_SETTINGS: SmtpSettings = {
  host: '',
  port: 587,
  security: 'starttls',
  relayThroughIsp: false,
};

export const DEFAULT_MAIL_SENDER: MailSender = {
  address: 'invitations@vpp-console.local',
  name: 'VPP Console',
};

export const MailSettings = z
  .object({
    mode: MailMode.default('catcher'),
    smtp: SmtpSettings.default(DEFAULT_SMTP_SETTINGS),
    sender: MailSender.default(DEFAULT_MAIL_SENDER),
  })
  .superRefine((mail, context) => {
    if (mail.mode !== 'smtp') return;
    if (mail.smtp.relayThroughIsp) {
      if (!mail.smtp.relayHost) {
        context.addIssue({
          code: 'custom',
          path: ['smtp', 'relayHost'],
          message: 'Type the relay host your internet provider gave you.',
        });
      }
    } else if (!mail.smtp.host) {
      context.addIssue({
        code: 'custom',
        path: ['smtp', 'host'],
        message: 'Type the name of your mail server.',
      });
    }
  });
export type MailSettings = z.infer<typeof MailSettings>;

/** A fresh install sends into the embedded catcher: the whole flow works with nothing else installed. */
export const DEFAULT_MAIL_SETTINGS: MailSettings = {
  mode: 'catcher',
  smtp: DEFAULT_SMTP_SETTINGS,
  sender: DEFAULT_MAIL_SENDER,
};

/** The server the console actually talks to: the ISP's relay when relaying is on. */
export const smtpHostOf = (smtp: SmtpSettings): string =>
  smtp.relayThroughIsp && smtp.relayHost ? smtp.relayHost : smtp.host;

/** The languages an invitation mail is written in. */
export const MailLanguage = z.enum(['en', 'nl']);
export type MailLanguage = z.infer<typeof MailLanguage>;

import { AppError } from '../host/app-error';
import type { SmtpEndpoint } from './transport';

/**
 * Every mail failure an admin can see, in one table: the code picks the renderer's sentence,
 * the message is the English fallback (and the log line). Params carry host and port so the
 * sentence can name them. Nothing here ever contains the password: messages pass `redact`.
 */
export type MailErrorCode =
  | 'mail.portBlocked'
  | 'mail.unknownHost'
  | 'mail.timeout'
  | 'mail.tlsMismatch'
  | 'mail.certificateNotTrusted'
  | 'mail.authRefused'
  | 'mail.senderRefused'
  | 'mail.starttlsRequired'
  | 'mail.recipientRefused'
  | 'mail.messageRefused';

const CERTIFICATE_CODES: Record<string, string> = {
  DEPTH_ZERO_SELF_SIGNED_CERT: 'it is self-signed',
  SELF_SIGNED_CERT_IN_CHAIN: 'it is signed by an authority this computer does not trust',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'its issuer is unknown to this computer',
  UNABLE_TO_GET_ISSUER_CERT: 'its issuer is unknown to this computer',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'its issuer is unknown to this computer',
  CERT_HAS_EXPIRED: 'it has expired',
  CERT_NOT_YET_VALID: 'it is not valid yet',
  CERT_REVOKED: 'it was revoked',
  ERR_TLS_CERT_ALTNAME_INVALID: 'it was issued for another server name',
  HOSTNAME_MISMATCH: 'it was issued for another server name',
};

const codeOf = (error: unknown): string | undefined => {
  const { code, originalCode } = (error ?? {}) as { code?: unknown; originalCode?: unknown };
  if (typeof originalCode === 'string') return originalCode;
  return typeof code === 'string' ? code : undefined;
};

export const isCertificateError = (error: unknown): boolean => {
  const code = codeOf(error) ?? '';
  if (code in CERTIFICATE_CODES || code.startsWith('CERT_')) return true;
  const cause = (error as { cause?: unknown } | undefined)?.cause;
  return cause !== undefined && cause !== error && isCertificateError(cause);
};

/** What OpenSSL says when the other side answers a handshake with plain text, or the reverse. */
export const isTlsProtocolError = (error: unknown): boolean => {
  const code = codeOf(error) ?? '';
  const message = error instanceof Error ? error.message : '';
  return (
    code.startsWith('ERR_SSL_') ||
    code === 'EPROTO' ||
    /wrong version number|packet length too long|unknown protocol/i.test(message)
  );
};

const certificateReason = (error: unknown): string => {
  const code = codeOf(error);
  if (code && CERTIFICATE_CODES[code]) return CERTIFICATE_CODES[code];
  const cause = (error as { cause?: unknown } | undefined)?.cause;
  if (cause && cause !== error) return certificateReason(cause);
  return 'it could not be verified';
};

const said = (text?: string) => (text ? ` The server said: “${text}”` : '');

/** The errors for one endpoint, so each sentence names its host and port. */
export const mailErrors = (endpoint: Pick<SmtpEndpoint, 'host' | 'port' | 'user' | 'password'>) => {
  const { host, port } = endpoint;
  const secrets = endpoint.password
    ? [
        endpoint.password,
        Buffer.from(endpoint.password, 'utf8').toString('base64'),
        Buffer.from(`\u0000${endpoint.user ?? ''}\u0000${endpoint.password}`).toString('base64'),
      ]
    : [];
  const redact = (text: string): string =>
    secrets.reduce((out, secret) => out.split(secret).join('••••'), text);
  const make = (
    code: MailErrorCode,
    message: string,
    params: Record<string, string | number> = {},
  ): AppError => {
    const safe = Object.fromEntries(
      Object.entries(params).map(([key, value]) => [
        key,
        typeof value === 'string' ? redact(value) : value,
      ]),
    );
    return new AppError(code, redact(message), { host, port, ...safe });
  };
  const port25 = port === 25;

  return {
    redact,
    portBlocked: () =>
      make(
        'mail.portBlocked',
        port25
          ? `Nothing answered on port 25 of ${host}: the connection was refused. Many internet providers block port 25 for outgoing mail; turn on “Relay outgoing mail through ISP” with your provider’s relay host, or use port 587 with STARTTLS.`
          : `Nothing is listening on port ${port} of ${host}: the connection was refused. Check the server name and the port; mail servers usually take mail on 587 (STARTTLS) or 465 (TLS).`,
      ),
    refusedAtGreeting: (text: string) =>
      make(
        'mail.portBlocked',
        `${host} refuses connections from this computer on port ${port}.${said(text)}`,
        { serverReply: text },
      ),
    connectionLost: (error: unknown) =>
      make(
        'mail.portBlocked',
        `The connection to ${host} on port ${port} was closed before the conversation ended (${error instanceof Error ? error.message : String(error)}). A firewall may be in the way${port25 ? ', and internet providers often block port 25: try the relay or port 587' : ''}.`,
      ),
    unknownHost: () =>
      make(
        'mail.unknownHost',
        `The server name ${host} could not be found. Check its spelling, or ask your IT department for the name of the mail server.`,
      ),
    timeout: (during: string) =>
      make(
        'mail.timeout',
        `${host} did not answer in time (${during}). A firewall may be dropping the connection${port25 ? '; internet providers often block port 25, so try the relay or port 587' : ', or the server is down'}.`,
        { during },
      ),
    expectsTls: () =>
      make(
        'mail.tlsMismatch',
        `Port ${port} of ${host} expects TLS from the first byte. Choose TLS as the security (usually on port 465).`,
      ),
    notTls: () =>
      make(
        'mail.tlsMismatch',
        `Port ${port} of ${host} does not speak TLS from the start. Choose STARTTLS (usually port 587) or None.`,
      ),
    noStarttls: (text?: string) =>
      make(
        'mail.tlsMismatch',
        `${host} does not offer STARTTLS on port ${port}. Choose TLS if this port is 465, or None if the server really has no encryption.${said(text)}`,
      ),
    certificateNotTrusted: (error: unknown) =>
      make(
        'mail.certificateNotTrusted',
        `The certificate of ${host} is not trusted: ${certificateReason(error)}. Ask your IT department to fix the server’s certificate, or, if the school uses its own certificate authority, install it on this computer.`,
        { reason: certificateReason(error) },
      ),
    authRefused: (text?: string) =>
      make(
        'mail.authRefused',
        `${host} refused the user name or the password${endpoint.user ? ` for ${endpoint.user}` : ''}. Check both in Settings → Mail.${said(text)}`,
        text ? { serverReply: text } : {},
      ),
    authRequired: (text?: string) =>
      make(
        'mail.authRefused',
        `${host} wants a login before it accepts mail. Fill in the user and the password in Settings → Mail.${said(text)}`,
        text ? { serverReply: text } : {},
      ),
    noLogin: () =>
      make(
        'mail.authRefused',
        `${host} does not offer a login on this connection. Remove the user name, or choose STARTTLS or TLS.`,
      ),
    senderRefused: (sender: string, text?: string) =>
      make(
        'mail.senderRefused',
        `${host} refuses to send mail from ${sender}. Use a sender address the server lets you send from (often the address of the account you log in with).${said(text)}`,
        { sender, ...(text ? { serverReply: text } : {}) },
      ),
    starttlsRequired: (text?: string) =>
      make(
        'mail.starttlsRequired',
        `${host} only logs in or takes mail over an encrypted connection. Choose STARTTLS as the security.${said(text)}`,
        text ? { serverReply: text } : {},
      ),
    recipientRefused: (recipient: string, text?: string) =>
      make('mail.recipientRefused', `${host} refused the recipient ${recipient}.${said(text)}`, {
        recipient,
        ...(text ? { serverReply: text } : {}),
      }),
    messageRefused: (text?: string) =>
      make(
        'mail.messageRefused',
        `${host} refused the message.${said(text)}`,
        text ? { serverReply: text } : {},
      ),
  };
};
export type MailErrors = ReturnType<typeof mailErrors>;

/** A nodemailer send failure, in the same words as Test Connection's. */
export const fromNodemailerError = (
  error: unknown,
  errors: MailErrors,
  context: { sender: string; recipient: string },
): AppError => {
  const failure = (error ?? {}) as {
    code?: string;
    originalCode?: string;
    command?: string;
    response?: string;
    responseCode?: number;
  };
  const text = failure.response?.replace(/^\d{3}[ -](?:\d\.\d{1,3}\.\d{1,3} )?/, '').trim();
  if (isCertificateError(error)) return errors.certificateNotTrusted(error);
  switch (failure.code) {
    case 'EDNS':
      return errors.unknownHost();
    case 'ETIMEDOUT':
      return errors.timeout('sending');
    case 'EAUTH':
    case 'ENOAUTH':
      if (failure.responseCode === 530 || failure.responseCode === 538) {
        return errors.starttlsRequired(text);
      }
      return errors.authRefused(text);
    case 'ETLS':
      // Required STARTTLS not offered, or a handshake that was not TLS at all.
      return isTlsProtocolError(error) ? errors.notTls() : errors.noStarttls(text);
  }
  if (failure.originalCode === 'ECONNREFUSED' || failure.code === 'ECONNREFUSED') {
    return errors.portBlocked();
  }
  if (isTlsProtocolError(error)) return errors.notTls();
  if (failure.responseCode === 530 && /tls/i.test(text ?? '')) return errors.starttlsRequired(text);
  const command = (failure.command ?? '').toUpperCase();
  if (command.startsWith('MAIL')) return errors.senderRefused(context.sender, text);
  if (command.startsWith('RCPT')) return errors.recipientRefused(context.recipient, text);
  if (failure.responseCode) return errors.messageRefused(text);
  return errors.connectionLost(error);
};

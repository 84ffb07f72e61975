import type { ConnectionOptions } from 'node:tls';
import nodemailer, { type Transporter } from 'nodemailer';
import type { SMTPPoolOptions } from 'nodemailer/lib/smtp-pool';
import { smtpHostOf, type MailSecurity, type SmtpSettings } from '../../shared/domain/mail';

/** Where and how to connect: the settings resolved (relay applied) plus the vault's password. */
export interface SmtpEndpoint {
  host: string;
  port: number;
  security: MailSecurity;
  user?: string;
  password?: string;
  /** Extra trust, e.g. `{ ca }` for a school's own CA. Never `rejectUnauthorized: false`. */
  tls?: Pick<ConnectionOptions, 'ca' | 'servername' | 'minVersion'>;
}

export interface SmtpTimeouts {
  connectMs: number;
  greetingMs: number;
  socketMs: number;
  dnsMs: number;
}

/** Long enough for a slow school server, short enough that Test Connection answers in time. */
export const DEFAULT_SMTP_TIMEOUTS: SmtpTimeouts = {
  connectMs: 15_000,
  greetingMs: 15_000,
  socketMs: 60_000,
  dnsMs: 10_000,
};

export const endpointFromSettings = (smtp: SmtpSettings, password?: string): SmtpEndpoint => ({
  host: smtpHostOf(smtp),
  port: smtp.port,
  security: smtp.security,
  ...(smtp.user ? { user: smtp.user } : {}),
  ...(smtp.user && password ? { password } : {}),
});

export interface TransportOptions {
  timeouts?: Partial<SmtpTimeouts>;
  maxConnections?: number;
  /** The name said in EHLO; nodemailer's default is the machine's host name. */
  clientName?: string;
}

/**
 * nodemailer options for one endpoint. Certificates are always checked: a certificate error
 * surfaces as one (diagnosed as mail.certificateNotTrusted) instead of being waved through.
 * `none` really means none: STARTTLS is not attempted even when offered, so a server with a
 * self-signed certificate behaves as the admin chose.
 */
export const smtpPoolOptions = (
  endpoint: SmtpEndpoint,
  options: TransportOptions = {},
): SMTPPoolOptions & { pool: true } => {
  const timeouts = { ...DEFAULT_SMTP_TIMEOUTS, ...options.timeouts };
  return {
    pool: true,
    host: endpoint.host,
    port: endpoint.port,
    secure: endpoint.security === 'tls',
    requireTLS: endpoint.security === 'starttls',
    ignoreTLS: endpoint.security === 'none',
    ...(endpoint.user ? { auth: { user: endpoint.user, pass: endpoint.password ?? '' } } : {}),
    tls: { ...endpoint.tls, rejectUnauthorized: true },
    ...(options.clientName ? { name: options.clientName } : {}),
    connectionTimeout: timeouts.connectMs,
    greetingTimeout: timeouts.greetingMs,
    socketTimeout: timeouts.socketMs,
    dnsTimeout: timeouts.dnsMs,
    maxConnections: options.maxConnections ?? 5,
    maxMessages: 100,
    // Our mailer retries itself (with backoff, counted per recipient); a message the pool
    // requeued silently could go out twice when a connection drops after DATA was accepted.
    maxRequeues: 0,
    // Loopback servers (the catcher, a relay on this machine) must be reachable.
    allowInternalNetworkInterfaces: true,
    // Messages are built by us; never let a field pull in a file or a URL.
    disableFileAccess: true,
    disableUrlAccess: true,
    logger: false,
    debug: false,
  };
};

export type SmtpTransport = Transporter;

export const createSmtpTransport = (
  endpoint: SmtpEndpoint,
  options: TransportOptions = {},
): SmtpTransport => nodemailer.createTransport(smtpPoolOptions(endpoint, options));

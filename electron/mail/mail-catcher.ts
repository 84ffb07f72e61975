import type { AddressInfo } from 'node:net';
import { simpleParser, type AddressObject } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { OutboxStore } from './outbox-store';

export interface MailCatcherOptions {
  dataDir: string;
  /** Outbox bound; oldest messages beyond it are deleted. */
  limit?: number;
  /** An Outbox opened already (the host keeps it open to list it while no catcher runs). */
  outbox?: OutboxStore;
  log?: (message: string) => void;
}

export interface MailCatcher {
  /** Where the console's mailer connects (plain SMTP, no login, on loopback only). */
  address: { host: string; port: number };
  outbox: OutboxStore;
  close(): Promise<void>;
}

const MAX_MESSAGE_BYTES = 10 * 1024 * 1024;

const addressText = (value: AddressObject | AddressObject[] | undefined): string =>
  value === undefined ? '' : (Array.isArray(value) ? value : [value]).map((a) => a.text).join(', ');

/**
 * The embedded mail catcher: an SMTP server on 127.0.0.1 (a random port) that keeps every
 * message it receives in the Outbox instead of delivering it, so invitations can be tried with
 * nothing else installed. Loopback only and no STARTTLS: nothing leaves this computer.
 */
export const startMailCatcher = async (options: MailCatcherOptions): Promise<MailCatcher> => {
  const log = options.log ?? (() => undefined);
  const ownOutbox = options.outbox === undefined;
  const outbox = options.outbox ?? new OutboxStore(options.dataDir, { limit: options.limit });
  if (ownOutbox) await outbox.open();

  const server = new SMTPServer({
    name: 'vpp-console-mail-catcher',
    banner: 'VPP Console mail catcher (messages are kept in the Outbox, not delivered)',
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    size: MAX_MESSAGE_BYTES,
    logger: false,
    // Idle pooled connections must not hold up quitting the console.
    closeTimeout: 2_000,
    onConnect(session, callback) {
      // Bound to 127.0.0.1 already; refuse anything else all the same.
      const remote = session.remoteAddress.replace(/^::ffff:/, '');
      callback(remote === '127.0.0.1' ? null : new Error('Loopback only'));
    },
    onData(stream, session, callback) {
      simpleParser(stream, { skipImageLinks: true })
        .then((parsed) => {
          if ((stream as { sizeExceeded?: boolean }).sizeExceeded) {
            throw Object.assign(new Error('Message too large'), { responseCode: 552 });
          }
          return outbox.add({
            subject: parsed.subject ?? '',
            from: addressText(parsed.from),
            to: addressText(parsed.to),
            date: (parsed.date ?? new Date()).toISOString(),
            messageId: parsed.messageId ?? '',
            headers: parsed.headerLines.map(({ key, line }) => ({ key, line })),
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : null,
            envelope: {
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
              to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
            },
          });
        })
        .then(
          (stored) => callback(null, `Kept in the Outbox as ${stored.id}`),
          (error: Error) => {
            log(`mail catcher: could not keep a message: ${error.message}`);
            callback(error);
          },
        );
    },
  });
  server.on('error', (error) => log(`mail catcher: ${error.message}`));

  const port = await new Promise<number>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.server.off('error', reject);
      resolve((server.server.address() as AddressInfo).port);
    });
  });

  return {
    address: { host: '127.0.0.1', port },
    outbox,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      if (ownOutbox) await outbox.close();
    },
  };
};

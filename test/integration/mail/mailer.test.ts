import { afterEach, describe, expect, it } from 'vitest';
import { buildInvitationMail, type OutgoingMail } from '../../../electron/mail/invitation-message';
import { createMailer, Mailer, type SendProgress } from '../../../electron/mail/mailer';
import { createSmtpTransport, type SmtpEndpoint } from '../../../electron/mail/transport';
import { DEFAULT_MAIL_SETTINGS, type MailSettings } from '../../../shared/domain/mail';
import {
  FAST_TIMEOUTS,
  selfSignedIdentity,
  startSmtpServer,
  type TestSmtpServer,
} from './smtp-fixture';

const SENDER = { address: 'vpp@school.example', name: 'VPP' };
const FAST_RETRY = { attempts: 3, baseDelayMs: 20, maxDelayMs: 50 };

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const serve = async (options: Parameters<typeof startSmtpServer>[0]): Promise<TestSmtpServer> => {
  const server = await startSmtpServer({ disabledCommands: ['STARTTLS', 'AUTH'], ...options });
  cleanups.push(() => server.close());
  return server;
};

const mailerFor = (server: TestSmtpServer, retry = FAST_RETRY): Mailer => {
  const endpoint: SmtpEndpoint = { host: '127.0.0.1', port: server.port, security: 'none' };
  const mailer = new Mailer(
    createSmtpTransport(endpoint, { timeouts: FAST_TIMEOUTS }),
    { endpoint, sender: SENDER.address },
    { retry },
  );
  cleanups.push(() => mailer.close());
  return mailer;
};

const invitation = (n: number): OutgoingMail =>
  buildInvitationMail({
    invitationId: `inv-${n}`,
    recipient: { name: `Student ${n}`, address: `student${n}@school.example` },
    language: n % 2 ? 'nl' : 'en',
    schoolName: 'De School',
    invitationUrl: `https://example.invalid/invite?code=${n}`,
    sender: SENDER,
  });

describe('the mailer', () => {
  it('retries a 4xx with backoff and then delivers once', async () => {
    let refusals = 2;
    const server = await serve({
      onRcptTo(_address, _session, callback) {
        if (refusals-- > 0) {
          return callback(
            Object.assign(new Error('Greylisted, try again later'), { responseCode: 451 }),
          );
        }
        callback();
      },
    });
    const progress: SendProgress[] = [];
    const [result] = await mailerFor(server).send([invitation(1)], {
      onProgress: (p) => progress.push(p),
    });
    expect(result).toMatchObject({ id: 'inv-1', status: 'sent', attempts: 3 });
    expect(server.received).toHaveLength(1);
    expect(progress.at(-1)).toEqual({ sent: 1, failed: 0, left: 0 });
  });

  it('gives up on a 4xx after the bounded number of tries, reporting the server’s words', async () => {
    const server = await serve({
      onRcptTo(_address, _session, callback) {
        callback(Object.assign(new Error('Mailbox busy'), { responseCode: 450 }));
      },
    });
    const [result] = await mailerFor(server).send([invitation(1)]);
    expect(result).toMatchObject({ status: 'failed', attempts: 3 });
    expect(result?.response).toContain('Mailbox busy');
    expect(server.received).toHaveLength(0);
  });

  it('reports a 5xx for one recipient while the others are delivered', async () => {
    const server = await serve({
      onRcptTo(address, _session, callback) {
        if (address.address === 'student2@school.example') {
          return callback(
            Object.assign(new Error('5.1.1 User unknown in virtual mailbox table'), {
              responseCode: 550,
            }),
          );
        }
        callback();
      },
    });
    const progress: SendProgress[] = [];
    const results = await mailerFor(server).send([1, 2, 3, 4].map(invitation), {
      onProgress: (p) => progress.push(p),
    });
    expect(results.map((r) => [r.id, r.status])).toEqual([
      ['inv-1', 'sent'],
      ['inv-2', 'failed'],
      ['inv-3', 'sent'],
      ['inv-4', 'sent'],
    ]);
    const failed = results[1]!;
    expect(failed.attempts).toBe(1);
    expect(failed.error?.code).toBe('mail.recipientRefused');
    expect(failed.error?.message).toContain('student2@school.example');
    expect(failed.error?.message).toContain('User unknown');
    expect(server.received.map((m) => m.envelope.to[0]).sort()).toEqual([
      'student1@school.example',
      'student3@school.example',
      'student4@school.example',
    ]);
    expect(progress).toHaveLength(4);
    expect(progress.at(-1)).toEqual({ sent: 3, failed: 1, left: 0 });
  });

  it('stops a batch the whole of which would fail the same way (bad login)', async () => {
    let attempts = 0;
    const server = await startSmtpServer({
      disabledCommands: ['STARTTLS'],
      allowInsecureAuth: true,
      onAuth(_auth, _session, callback) {
        attempts++;
        callback(new Error('Invalid credentials'));
      },
    });
    cleanups.push(() => server.close());
    const endpoint: SmtpEndpoint = {
      host: '127.0.0.1',
      port: server.port,
      security: 'none',
      user: 'teacher',
      password: 'wrong-secret',
    };
    const mailer = new Mailer(
      createSmtpTransport(endpoint, { timeouts: FAST_TIMEOUTS, maxConnections: 1 }),
      { endpoint, sender: SENDER.address },
      { retry: FAST_RETRY, inFlight: 1 },
    );
    cleanups.push(() => mailer.close());
    const results = await mailer.send([1, 2, 3, 4, 5].map(invitation));
    expect(results.every((r) => r.status === 'failed')).toBe(true);
    expect(results.every((r) => r.error?.code === 'mail.authRefused')).toBe(true);
    expect(JSON.stringify(results)).not.toContain('wrong-secret');
    expect(attempts).toBe(1);
  });

  it('leaves the rest unsent when cancelled', async () => {
    const server = await serve({});
    const controller = new AbortController();
    const endpoint: SmtpEndpoint = { host: '127.0.0.1', port: server.port, security: 'none' };
    const mailer = new Mailer(
      createSmtpTransport(endpoint, { timeouts: FAST_TIMEOUTS }),
      { endpoint, sender: SENDER.address },
      { inFlight: 1 },
    );
    cleanups.push(() => mailer.close());
    const results = await mailer.send([1, 2, 3, 4].map(invitation), {
      signal: controller.signal,
      onProgress: (p) => {
        if (p.sent === 2) controller.abort();
      },
    });
    expect(results.map((r) => r.status)).toEqual(['sent', 'sent', 'notSent', 'notSent']);
    expect(server.received).toHaveLength(2);
  });

  it('createMailer sends to the school’s server in smtp mode', async () => {
    const server = await serve({});
    const settings: MailSettings = {
      ...DEFAULT_MAIL_SETTINGS,
      mode: 'smtp',
      smtp: { host: '127.0.0.1', port: server.port, security: 'none', relayThroughIsp: false },
    };
    const mailer = createMailer(settings, { transport: { timeouts: FAST_TIMEOUTS } });
    cleanups.push(() => mailer.close());
    const [result] = await mailer.send([invitation(7)]);
    expect(result?.status).toBe('sent');
    expect(server.received[0]?.parsed.messageId).toBe('<invitation-inv-7@vpp-console.local>');
  });

  it('createMailer sends to the relay host when relaying through the ISP', async () => {
    const relay = await serve({});
    const settings: MailSettings = {
      ...DEFAULT_MAIL_SETTINGS,
      mode: 'smtp',
      smtp: {
        host: 'mail.school.invalid',
        port: relay.port,
        security: 'none',
        relayThroughIsp: true,
        relayHost: '127.0.0.1',
      },
    };
    const mailer = createMailer(settings, { transport: { timeouts: FAST_TIMEOUTS } });
    cleanups.push(() => mailer.close());
    const [result] = await mailer.send([invitation(8)]);
    expect(result?.status).toBe('sent');
    expect(relay.received).toHaveLength(1);
  });
});

describe('the transport’s TLS', () => {
  const identity = selfSignedIdentity();

  it('surfaces an untrusted certificate and stops, and trusts one given as `ca`', async () => {
    const server = await startSmtpServer({ key: identity.key, cert: identity.cert });
    cleanups.push(() => server.close());
    const endpoint: SmtpEndpoint = { host: 'localhost', port: server.port, security: 'starttls' };
    const untrusting = new Mailer(
      createSmtpTransport(endpoint, { timeouts: FAST_TIMEOUTS }),
      { endpoint, sender: SENDER.address },
      { retry: FAST_RETRY },
    );
    cleanups.push(() => untrusting.close());
    const refused = await untrusting.send([invitation(1), invitation(2)]);
    expect(refused.map((r) => r.error?.code)).toEqual([
      'mail.certificateNotTrusted',
      'mail.certificateNotTrusted',
    ]);
    expect(server.received).toHaveLength(0);

    const trusted = { ...endpoint, tls: { ca: identity.cert } };
    const trusting = new Mailer(createSmtpTransport(trusted, { timeouts: FAST_TIMEOUTS }), {
      endpoint: trusted,
      sender: SENDER.address,
    });
    cleanups.push(() => trusting.close());
    const [sent] = await trusting.send([invitation(3)]);
    expect(sent?.status).toBe('sent');
    expect(server.received).toHaveLength(1);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { AppError } from '../../../electron/host/app-error';
import { diagnoseSmtp, type DiagnoseOptions } from '../../../electron/mail/diagnose';
import type { SmtpEndpoint } from '../../../electron/mail/transport';
import {
  closedPort,
  selfSignedIdentity,
  startSmtpServer,
  type TestSmtpServer,
} from './smtp-fixture';

const identity = selfSignedIdentity();
const PASSWORD = 'correct horse battery staple';
const SENDER = 'vpp@school.example';
const options: DiagnoseOptions = { sender: SENDER, timeoutMs: 2_000 };

const open: { close(): Promise<void> }[] = [];
const start = async (...args: Parameters<typeof startSmtpServer>): Promise<TestSmtpServer> => {
  const server = await startSmtpServer(...args);
  open.push(server);
  return server;
};
afterEach(async () => {
  await Promise.all(open.splice(0).map((server) => server.close()));
});

/** The AppError a diagnosis threw; fails the test if it resolved. */
const failureOf = async (endpoint: SmtpEndpoint, extra: Partial<DiagnoseOptions> = {}) => {
  const error = await diagnoseSmtp(endpoint, { ...options, ...extra }).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  const appError = error as AppError;
  expect(appError.message).not.toContain(PASSWORD);
  expect(JSON.stringify(appError.params)).not.toContain(PASSWORD);
  return appError;
};

const authServer = (extra: Parameters<typeof startSmtpServer>[0] = {}) =>
  start({
    key: identity.key,
    cert: identity.cert,
    authMethods: ['PLAIN', 'LOGIN'],
    onAuth(auth, _session, callback) {
      if (auth.username === 'teacher' && auth.password === PASSWORD) {
        callback(null, { user: 'teacher' });
      } else {
        callback(new Error('Authentication credentials invalid'));
      }
    },
    ...extra,
  });

describe('Test Connection', () => {
  it('walks STARTTLS, login and MAIL FROM on a server it trusts', async () => {
    const server = await authServer();
    const diagnosis = await diagnoseSmtp(
      {
        host: 'localhost',
        port: server.port,
        security: 'starttls',
        user: 'teacher',
        password: PASSWORD,
        tls: { ca: identity.cert },
      },
      options,
    );
    expect(diagnosis).toMatchObject({ secure: true, authenticated: true });
    expect(diagnosis.steps.join(' ')).toContain(`accepts mail from ${SENDER}`);
    expect(diagnosis.steps.join(' ')).not.toContain(PASSWORD);
    expect(server.received).toHaveLength(0);
  });

  it('says the port is refused, and about ISPs blocking port 25', async () => {
    const port = await closedPort();
    const error = await failureOf({ host: '127.0.0.1', port, security: 'none' });
    expect(error.code).toBe('mail.portBlocked');
    expect(error.message).toContain(`Nothing is listening on port ${port}`);
    // The port-25 sentence (asserted on the error table: port 25 cannot be bound here).
    const { mailErrors } = await import('../../../electron/mail/mail-errors');
    const port25 = mailErrors({ host: 'smtp.school.example', port: 25 }).portBlocked();
    expect(port25.message).toMatch(/internet providers block port 25/);
    expect(port25.message).toMatch(/Relay outgoing mail through ISP/);
    expect(port25.message).toMatch(/587/);
  });

  it('says an unknown host is unknown', async () => {
    const error = await failureOf({
      host: 'no-such-mail-server.invalid',
      port: 587,
      security: 'starttls',
    });
    expect(error.code).toBe('mail.unknownHost');
    expect(error.message).toContain('no-such-mail-server.invalid');
  });

  it('times out on a server that never greets (and is not TLS either)', async () => {
    // Reads (and ignores) whatever arrives, like a server stuck before its greeting.
    const silent: Server = createServer((socket) => socket.resume());
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    open.push({ close: () => new Promise((resolve) => silent.close(() => resolve())) });
    const port = (silent.address() as AddressInfo).port;
    const error = await failureOf(
      { host: '127.0.0.1', port, security: 'none' },
      { timeoutMs: 500 },
    );
    expect(error.code).toBe('mail.timeout');
  });

  it('refuses bad credentials without repeating the password', async () => {
    const server = await authServer();
    const error = await failureOf({
      host: 'localhost',
      port: server.port,
      security: 'starttls',
      user: 'teacher',
      password: `${PASSWORD}!`,
      tls: { ca: identity.cert },
    });
    expect(error.code).toBe('mail.authRefused');
    expect(error.message).toContain('teacher');
    expect(error.message).not.toContain(`${PASSWORD}!`);
  });

  it('says STARTTLS is required when the server will not log in over plain text', async () => {
    const server = await authServer();
    const error = await failureOf({
      host: '127.0.0.1',
      port: server.port,
      security: 'none',
      user: 'teacher',
      password: PASSWORD,
    });
    expect(error.code).toBe('mail.starttlsRequired');
    expect(error.message).toContain('Choose STARTTLS');
  });

  it('says STARTTLS is required when the server refuses mail over plain text', async () => {
    const server = await start({
      key: identity.key,
      cert: identity.cert,
      onMailFrom(_address, session, callback) {
        if (session.secure) return callback();
        callback(
          Object.assign(new Error('Must issue a STARTTLS command first'), { responseCode: 530 }),
        );
      },
    });
    const error = await failureOf({ host: '127.0.0.1', port: server.port, security: 'none' });
    expect(error.code).toBe('mail.starttlsRequired');
  });

  it('does not trust a self-signed certificate it was not given', async () => {
    const server = await authServer();
    const error = await failureOf({ host: 'localhost', port: server.port, security: 'starttls' });
    expect(error.code).toBe('mail.certificateNotTrusted');
    expect(error.message).toContain('self-signed');
  });

  it('says TLS was chosen for a plain port, and plain for a TLS port', async () => {
    const plain = await start({ disabledCommands: ['STARTTLS'] });
    const tlsOnPlain = await failureOf({ host: '127.0.0.1', port: plain.port, security: 'tls' });
    expect(tlsOnPlain.code).toBe('mail.tlsMismatch');
    expect(tlsOnPlain.message).toContain('does not speak TLS from the start');

    const starttlsMissing = await failureOf({
      host: '127.0.0.1',
      port: plain.port,
      security: 'starttls',
    });
    expect(starttlsMissing.code).toBe('mail.tlsMismatch');
    expect(starttlsMissing.message).toContain('does not offer STARTTLS');

    const implicit = await start({ secure: true, key: identity.key, cert: identity.cert });
    const plainOnTls = await failureOf(
      { host: '127.0.0.1', port: implicit.port, security: 'starttls' },
      { timeoutMs: 700 },
    );
    expect(plainOnTls.code).toBe('mail.tlsMismatch');
    expect(plainOnTls.message).toContain('expects TLS from the first byte');
  });

  it('says the sender is refused, with the server’s words', async () => {
    const server = await start({
      disabledCommands: ['STARTTLS'],
      onMailFrom(address, _session, callback) {
        callback(
          Object.assign(new Error(`Sender ${address.address} not allowed to relay`), {
            responseCode: 553,
          }),
        );
      },
    });
    const error = await failureOf({ host: '127.0.0.1', port: server.port, security: 'none' });
    expect(error.code).toBe('mail.senderRefused');
    expect(error.message).toContain(SENDER);
    expect(error.message).toContain('not allowed to relay');
  });

  it('accepts implicit TLS with the trusted certificate', async () => {
    const server = await start({ secure: true, key: identity.key, cert: identity.cert });
    const diagnosis = await diagnoseSmtp(
      { host: '127.0.0.1', port: server.port, security: 'tls', tls: { ca: identity.cert } },
      options,
    );
    expect(diagnosis.secure).toBe(true);
  });
});

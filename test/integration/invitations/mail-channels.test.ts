import { createServer, type Server, type Socket } from 'node:net';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { MailDiagnosisResult, MailStatus } from '../../../shared/domain/outbox';
import { DEFAULT_MAIL_SETTINGS, type MailSettings } from '../../../shared/domain/mail';
import {
  closedPort,
  selfSignedIdentity,
  startSmtpServer,
  type TestSmtpServer,
} from '../mail/smtp-fixture';
import {
  FAST_MAIL,
  invitationsOf,
  recipient,
  sendAndWait,
  smtpSettings,
  startInvitationConsole,
  useMail,
  type InvitationConsole,
} from './invitation-console';

const PASSWORD = 'Geheim-wachtwoord-42';
const identity = selfSignedIdentity();

/**
 * Settings → Mail through the host: the password goes into the vault and never comes back,
 * and Test Connection answers each failure with its plain sentence.
 */
describe('mail settings and Test Connection', () => {
  const cleanups: (() => Promise<unknown>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  const start = async (mail = FAST_MAIL) => {
    const app = await startInvitationConsole({ mail: { ...mail, diagnoseTimeoutMs: 600 } });
    cleanups.push(() => app.close());
    return app;
  };
  const serve = async (options: Parameters<typeof startSmtpServer>[0]) => {
    const server = await startSmtpServer(options);
    cleanups.push(() => server.close());
    return server;
  };
  const test = (app: InvitationConsole, mail: MailSettings, password?: string) =>
    app.console.call<MailDiagnosisResult>('mail:testConnection', {
      mail,
      ...(password ? { password } : {}),
    });
  const authServer = () =>
    serve({
      disabledCommands: ['STARTTLS'],
      authMethods: ['PLAIN', 'LOGIN'],
      allowInsecureAuth: true,
      authOptional: false,
      onAuth(auth, _session, callback) {
        if (auth.username === 'beheer' && auth.password === PASSWORD) {
          return callback(null, { user: 'beheer' });
        }
        callback(new Error('Invalid username or password'));
      },
    });

  it('keeps the password in the vault only, and says whether there is one', async () => {
    const app = await start();
    expect(await app.console.call<MailStatus>('mail:status')).toEqual({ hasPassword: false });
    expect(await app.console.call('mail:setPassword', { password: PASSWORD })).toEqual({
      hasPassword: true,
    });
    expect(await app.console.call('mail:status')).toEqual({ hasPassword: true });
    const vaultFile = await readFile(join(app.console.dataDir, 'vault.json'), 'utf8');
    expect(vaultFile).not.toContain(PASSWORD);
    expect(await app.console.call('mail:clearPassword')).toEqual({ hasPassword: false });
  });

  it('tests the built-in catcher when that is the choice', async () => {
    const app = await start();
    const result = await test(app, DEFAULT_MAIL_SETTINGS);
    expect(result).toMatchObject({ ok: true, code: 'mail.catcherReady' });
  });

  it('logs in with the saved password, and says so when the server refuses it', async () => {
    const app = await start();
    const server = await authServer();
    const mail = smtpSettings(server.port, { user: 'beheer' });
    await app.console.call('mail:setPassword', { password: PASSWORD });
    expect(await test(app, mail)).toMatchObject({ ok: true, code: 'mail.connected' });

    const refused = await test(app, mail, 'wrong-password');
    expect(refused).toMatchObject({ ok: false, code: 'mail.authRefused' });
    expect(refused.message).toContain('refused the user name or the password for beheer');

    // A batch with a refused login: every invitation says why, and the password shows nowhere.
    await app.console.call('mail:setPassword', { password: `${PASSWORD}-old` });
    await useMail(app.console, mail);
    const { task } = await sendAndWait(app.console, {
      tokenId: app.token.id,
      recipients: [recipient(1), recipient(2)],
    });
    expect(task).toMatchObject({ status: 'failed', error: { code: 'mail.authRefused' } });
    const { items } = await invitationsOf(app.console);
    expect(items.every((i) => i.state === 'failed' && i.error?.code === 'mail.authRefused')).toBe(
      true,
    );
    const everything = JSON.stringify([app.console.answers, app.console.events, app.console.logs]);
    expect(everything).not.toContain(PASSWORD);
    expect(everything).not.toContain(Buffer.from(PASSWORD).toString('base64'));
  });

  it('says nothing is listening on a closed port, and names the relay for port 25', async () => {
    const app = await start();
    const port = await closedPort();
    const result = await test(app, smtpSettings(port));
    expect(result).toMatchObject({ ok: false, code: 'mail.portBlocked', params: { port } });
    expect(result.message).toContain(`Nothing is listening on port ${port}`);
  });

  it('says a server name cannot be found', async () => {
    const app = await start();
    const result = await test(app, smtpSettings(587, { host: 'no-such-server.invalid' }));
    expect(result).toMatchObject({ ok: false, code: 'mail.unknownHost' });
    expect(result.message).toContain('no-such-server.invalid could not be found');
  });

  it('says when a server does not answer in time', async () => {
    const app = await start();
    const sockets = new Set<Socket>();
    const silent: Server = createServer((socket) => sockets.add(socket)); // never greets
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    cleanups.push(
      () =>
        new Promise<void>((resolve) => {
          for (const socket of sockets) socket.destroy();
          silent.close(() => resolve());
        }),
    );
    const port = (silent.address() as { port: number }).port;
    const result = await test(app, smtpSettings(port));
    expect(result).toMatchObject({ ok: false, code: 'mail.timeout' });
  });

  it('says STARTTLS is required when the server wants encryption first', async () => {
    const app = await start({ ...FAST_MAIL, tls: { ca: identity.cert } });
    const server: TestSmtpServer = await serve({
      key: identity.key,
      cert: identity.cert,
      disabledCommands: ['AUTH'],
      onMailFrom(_address, session, callback) {
        if (session.secure) return callback();
        callback(
          Object.assign(new Error('Must issue a STARTTLS command first'), { responseCode: 530 }),
        );
      },
    });
    const plain = await test(app, smtpSettings(server.port, { security: 'none' }));
    expect(plain).toMatchObject({ ok: false, code: 'mail.starttlsRequired' });
    expect(plain.message).toContain('Choose STARTTLS');

    // With STARTTLS (and the school's own CA trusted) the same server takes the batch.
    await useMail(app.console, smtpSettings(server.port, { security: 'starttls' }));
    const { task } = await sendAndWait(app.console, {
      tokenId: app.token.id,
      recipients: [recipient(1)],
    });
    expect(task).toMatchObject({ status: 'succeeded', result: { sent: 1 } });
    expect(server.received).toHaveLength(1);
  });

  it('says a certificate is not trusted, and a TLS choice does not match the port', async () => {
    const app = await start();
    const server = await serve({
      key: identity.key,
      cert: identity.cert,
      disabledCommands: ['AUTH'],
    });
    const untrusted = await test(app, smtpSettings(server.port, { security: 'starttls' }));
    expect(untrusted).toMatchObject({ ok: false, code: 'mail.certificateNotTrusted' });
    expect(untrusted.message).toContain('self-signed');

    const mismatch = await test(app, smtpSettings(server.port, { security: 'tls' }));
    expect(mismatch).toMatchObject({ ok: false, code: 'mail.tlsMismatch' });
  });

  it('says the server refuses the sender address', async () => {
    const app = await start();
    const server = await serve({
      disabledCommands: ['STARTTLS', 'AUTH'],
      onMailFrom(address, _session, callback) {
        callback(
          Object.assign(new Error(`Sender ${address.address} not allowed`), { responseCode: 553 }),
        );
      },
    });
    const result = await test(app, smtpSettings(server.port));
    expect(result).toMatchObject({ ok: false, code: 'mail.senderRefused' });
    expect(result.message).toContain('uitnodigingen@regenboog.example');
  });
});

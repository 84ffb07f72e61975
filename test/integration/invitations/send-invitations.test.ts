import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InvitationSnapshot } from '../../../shared/domain/invitations';
import type { OutboxMessage, OutboxPage } from '../../../shared/domain/outbox';
import { startSmtpServer, type TestSmtpServer } from '../mail/smtp-fixture';
import {
  finishedTask,
  invitationsOf,
  recipient,
  sendAndWait,
  smtpSettings,
  startInvitationConsole,
  useMail,
  type InvitationConsole,
} from './invitation-console';

/**
 * invitations:send through the host, as either front door calls it: each invitation recorded,
 * rendered in the user's language with the sandbox's invitation link, handed to a real SMTP
 * server on loopback (parsed with mailparser), and its outcome recorded.
 */
describe('sending invitations', () => {
  let app: InvitationConsole;
  const servers: TestSmtpServer[] = [];

  beforeEach(async () => {
    app = await startInvitationConsole();
  });
  afterEach(async () => {
    await app.close();
    for (const server of servers.splice(0)) await server.close();
  });

  const serve = async (options: Parameters<typeof startSmtpServer>[0] = {}) => {
    const server = await startSmtpServer({ disabledCommands: ['STARTTLS', 'AUTH'], ...options });
    servers.push(server);
    return server;
  };

  const linkFor = (code: string) =>
    `${new URL(app.sandbox.baseUrl).origin}/invite?inviteCode=${code}&mt=8`;

  it('sends into the built-in catcher by default: the Outbox holds each mail once', async () => {
    const { task } = await sendAndWait(app.console, {
      tokenId: app.token.id,
      recipients: [recipient(1), recipient(2)],
    });
    expect(task).toMatchObject({
      status: 'succeeded',
      result: { sent: 2, failed: 0, canceled: 0 },
    });
    expect(task.progress).toEqual({ done: 2, total: 2 });
    expect(task.params).toMatchObject({ tokenName: 'Hoofdgebouw', targetName: 'Groep 7B' });
    expect(JSON.stringify(task.params)).not.toContain('leerling1'); // the batch, not its people

    const page = await app.console.call<OutboxPage>('outbox:list', { offset: 0, limit: 10 });
    expect(page.total).toBe(2);
    const { items } = await invitationsOf(app.console);
    expect(new Set(page.items.map((m) => m.messageId))).toEqual(
      new Set(items.map((i) => i.messageId)),
    );
    const message = await app.console.call<OutboxMessage>('outbox:get', { id: page.items[0]!.id });
    expect(message.html).toContain('/invite?inviteCode=code');
    await expect
      .poll(() => app.console.events.some((e) => e.event === 'outbox:changed'))
      .toBe(true);

    const cleared = await app.console.call<{ cleared: number }>('outbox:clear');
    expect(cleared).toEqual({ cleared: 2 });
    expect(await app.console.call<OutboxPage>('outbox:list', { offset: 0, limit: 10 })).toEqual({
      total: 0,
      items: [],
    });
  });

  it('writes in each user’s language, with the school’s name and the link to its inviteCode', async () => {
    const server = await serve();
    await useMail(app.console, smtpSettings(server.port));
    const { task } = await sendAndWait(app.console, {
      tokenId: app.token.id,
      recipients: [recipient(1, { language: 'nl' }), recipient(2, { language: 'en' })],
    });
    expect(task.status).toBe('succeeded');
    expect(server.received).toHaveLength(2);
    const { items } = await invitationsOf(app.console);
    const school = app.token.locationName || app.token.orgName;

    for (const invitation of items) {
      const mail = server.received.find((m) => m.parsed.messageId === invitation.messageId)!;
      expect(mail, invitation.email).toBeDefined();
      const code = invitation.userId === 'user-1' ? 'code0001' : 'code0002';
      expect(mail.parsed.html).toContain(`href="${linkFor(code).replace(/&/g, '&amp;')}"`);
      expect(mail.parsed.text).toContain(linkFor(code));
      expect(mail.parsed.subject).toContain(school);
      expect(mail.envelope).toEqual({
        from: 'uitnodigingen@regenboog.example',
        to: [invitation.email],
      });
      expect(mail.parsed.headers.get('content-language')).toBe(invitation.language);
      expect(mail.parsed.messageId).toBe(`<invitation-${invitation.id}@vpp-console.local>`);
      if (invitation.language === 'nl') {
        expect(mail.parsed.text).toContain('Log in: ');
        expect(mail.parsed.subject).toContain('nodigt je uit');
      } else {
        expect(mail.parsed.text).toContain('Sign In: ');
        expect(mail.parsed.subject).toContain('invites you');
      }
      expect(invitation).toMatchObject({ state: 'sent', attempts: 1, error: null });
      expect(invitation.sentAt).toBeGreaterThan(0);
    }
  });

  it('keeps names that try to add headers or recipients inside the To header, encoded', async () => {
    const server = await serve();
    await useMail(app.console, smtpSettings(server.port));
    const names = [
      'Eve\r\nBcc: victim@elsewhere.example',
      'Chef "Boss" <boss@elsewhere.example>, mallory@elsewhere.example',
      'Zoë Ørsted-Çelik 日本',
    ];
    const { task } = await sendAndWait(app.console, {
      tokenId: app.token.id,
      recipients: names.map((fullName, n) => recipient(n + 1, { fullName })),
    });
    expect(task.status).toBe('succeeded');
    expect(server.received).toHaveLength(3);
    for (const mail of server.received) {
      expect(mail.envelope.to).toHaveLength(1);
      expect(mail.envelope.to[0]).toMatch(/^leerling\d@regenboog\.example$/);
      expect(mail.parsed.headers.has('bcc')).toBe(false);
      const to = mail.parsed.to as { value: { address: string; name: string }[] };
      expect(to.value).toHaveLength(1);
      expect(to.value[0]!.address).toBe(mail.envelope.to[0]);
      const header = mail.raw.split(/\r?\n(?![ \t])/).find((line) => /^To:/i.test(line))!;
      expect(header, 'ASCII only on the wire').toMatch(/^[\x20-\x7e\r\n\t]+$/);
    }
    const zoe = server.received.find((m) => m.envelope.to[0] === 'leerling3@regenboog.example')!;
    expect((zoe.parsed.to as { value: { name: string }[] }).value[0]!.name).toBe(
      'Zoë Ørsted-Çelik 日本',
    );
    expect(zoe.raw).toMatch(/^To: =\?UTF-8\?/im);
  });

  it('retries a 4xx with backoff, then records one delivery', async () => {
    let refusals = 2;
    const server = await serve({
      onRcptTo(_address, _session, callback) {
        if (refusals-- > 0) {
          return callback(Object.assign(new Error('Greylisted'), { responseCode: 451 }));
        }
        callback();
      },
    });
    await useMail(app.console, smtpSettings(server.port));
    const { task } = await sendAndWait(app.console, {
      tokenId: app.token.id,
      recipients: [recipient(1)],
    });
    expect(task).toMatchObject({ status: 'succeeded', result: { sent: 1 } });
    expect(server.received).toHaveLength(1);
    const [invitation] = (await invitationsOf(app.console)).items;
    expect(invitation).toMatchObject({ state: 'sent', attempts: 3 });
  });

  it('records a 5xx for one recipient, sends the others, and Resend delivers it later', async () => {
    let refuse = true;
    const server = await serve({
      onRcptTo(address, _session, callback) {
        if (refuse && address.address === 'leerling2@regenboog.example') {
          return callback(Object.assign(new Error('No such mailbox'), { responseCode: 550 }));
        }
        callback();
      },
    });
    await useMail(app.console, smtpSettings(server.port));
    const { task } = await sendAndWait(app.console, {
      tokenId: app.token.id,
      recipients: [recipient(1), recipient(2), recipient(3)],
    });
    expect(task).toMatchObject({ status: 'succeeded', result: { sent: 2, failed: 1 } });
    const failed = (await invitationsOf(app.console)).items.find((i) => i.state === 'failed')!;
    expect(failed).toMatchObject({
      userId: 'user-2',
      lastAction: { kind: 'failed' },
      error: { code: 'mail.recipientRefused' },
    });
    expect(failed.error!.message).toContain('No such mailbox');

    refuse = false;
    const batch = await app.console.call<{ task: { id: string }; invitations: number }>(
      'invitations:resend',
      { invitationIds: [failed.id], targetName: 'Leerling 2' },
    );
    expect(batch.invitations).toBe(1);
    expect(await finishedTask(app.console, batch.task.id)).toMatchObject({
      status: 'succeeded',
      result: { sent: 1, failed: 0 },
    });
    const all = (await invitationsOf(app.console)).items;
    const resent = all.find((i) => i.userId === 'user-2' && i.id !== failed.id)!;
    expect(resent).toMatchObject({ state: 'sent', lastAction: { kind: 'resent' } });
    expect(resent.messageId).not.toBe(failed.messageId);
    expect(all.find((i) => i.id === failed.id)!.state).toBe('failed'); // the old one stays as it was
    expect(server.received.filter((m) => m.envelope.to[0] === failed.email)).toHaveLength(1);
  });

  it('fails the batch with a plain sentence when nothing is listening', async () => {
    const server = await serve();
    await server.close();
    servers.splice(servers.indexOf(server), 1);
    await useMail(app.console, smtpSettings(server.port));
    const { task } = await sendAndWait(app.console, {
      tokenId: app.token.id,
      recipients: [recipient(1), recipient(2)],
    });
    expect(task.status).toBe('failed');
    expect(task.error).toMatchObject({ code: 'mail.portBlocked' });
    expect(task.error!.message).toContain(`Nothing is listening on port ${server.port}`);
    const { items } = await invitationsOf(app.console);
    expect(items.map((i) => [i.state, i.error?.code])).toEqual([
      ['failed', 'mail.portBlocked'],
      ['failed', 'mail.portBlocked'],
    ]);
  });

  it('announces changes in batches, without the invite codes', async () => {
    await sendAndWait(app.console, {
      tokenId: app.token.id,
      recipients: Array.from({ length: 40 }, (_, n) => recipient(n + 1)),
    });
    await expect
      .poll(
        () =>
          app.console.events
            .filter((e) => e.event === 'invitations:changed')
            .flatMap((e) => (e.payload as { invitations: InvitationSnapshot[] }).invitations)
            .filter((i) => i.state === 'sent').length,
      )
      .toBe(40);
    const changes = app.console.events.filter((e) => e.event === 'invitations:changed');
    // 40 invitations × (queued, sending, sent) would be 120 events one by one.
    expect(changes.length).toBeLessThan(10);
    expect(JSON.stringify(changes)).not.toContain('code00');
  });

  it('cancels what is left when the admin cancels the batch', async () => {
    const server = await serve({
      onRcptTo: (_address, _session, callback) => setTimeout(() => callback(), 20),
    });
    await useMail(app.console, smtpSettings(server.port));
    const batch = await app.console.call<{ task: { id: string } }>('invitations:send', {
      tokenId: app.token.id,
      targetName: 'Hele school',
      recipients: Array.from({ length: 200 }, (_, n) => recipient(n + 1)),
    });
    await expect.poll(() => server.received.length).toBeGreaterThan(0);
    await app.console.call('tasks:cancel', { id: batch.task.id });
    expect(await finishedTask(app.console, batch.task.id)).toMatchObject({ status: 'cancelled' });
    const { items } = await invitationsOf(app.console);
    const states = new Set(items.map((i) => i.state));
    expect(states.has('queued') || states.has('sending')).toBe(false);
    const sent = items.filter((i) => i.state === 'sent');
    const canceled = items.filter((i) => i.state === 'canceled');
    expect(canceled.length).toBeGreaterThan(0);
    expect(canceled[0]!.lastAction.kind).toBe('canceled');
    expect(sent.length + canceled.length).toBe(200);
    expect(server.received).toHaveLength(sent.length);
  });
});

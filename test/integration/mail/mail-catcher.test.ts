import { afterEach, describe, expect, it } from 'vitest';
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildInvitationMail } from '../../../electron/mail/invitation-message';
import { startMailCatcher, type MailCatcher } from '../../../electron/mail/mail-catcher';
import { createMailer } from '../../../electron/mail/mailer';
import { OutboxStore, type OutboxSummary } from '../../../electron/mail/outbox-store';
import { DEFAULT_MAIL_SETTINGS } from '../../../shared/domain/mail';
import { FAST_TIMEOUTS, withTempDir } from './smtp-fixture';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const tempDir = async () => {
  const temp = await withTempDir();
  cleanups.push(temp.remove);
  return temp.dir;
};

const catcherIn = async (dataDir: string, limit?: number): Promise<MailCatcher> => {
  const catcher = await startMailCatcher({ dataDir, limit });
  cleanups.push(() => catcher.close());
  return catcher;
};

const invitation = (n: number) =>
  buildInvitationMail({
    invitationId: `inv-${n}`,
    recipient: { name: `Zoë ${n}`, address: `zoe${n}@school.example` },
    language: 'nl',
    schoolName: 'De School',
    invitationUrl: `https://example.invalid/invite?code=${n}`,
    sender: DEFAULT_MAIL_SETTINGS.sender,
  });

const sendThrough = async (catcher: MailCatcher, count: number, from = 1) => {
  const mailer = createMailer(DEFAULT_MAIL_SETTINGS, {
    catcher: catcher.address,
    transport: { timeouts: FAST_TIMEOUTS },
  });
  try {
    const messages = Array.from({ length: count }, (_, i) => invitation(from + i));
    const results = await mailer.send(messages);
    expect(results.every((r) => r.status === 'sent')).toBe(true);
  } finally {
    mailer.close();
  }
};

describe('the mail catcher', () => {
  it('listens on loopback and keeps a sent message in the Outbox with text, html and headers', async () => {
    const dataDir = await tempDir();
    const catcher = await catcherIn(dataDir);
    expect(catcher.address.host).toBe('127.0.0.1');
    expect(catcher.address.port).toBeGreaterThan(0);
    const announced: OutboxSummary[] = [];
    catcher.outbox.onMessage((summary) => announced.push(summary));

    await sendThrough(catcher, 1);

    const { total, messages } = await catcher.outbox.list({ offset: 0, limit: 10 });
    expect(total).toBe(1);
    expect(announced).toEqual(messages);
    const message = await catcher.outbox.get(messages[0]!.id);
    expect(message).toMatchObject({
      subject: 'De School nodigt je uit voor distributie via het VPP',
      messageId: '<invitation-inv-1@vpp-console.local>',
      envelope: { from: 'invitations@vpp-console.local', to: ['zoe1@school.example'] },
    });
    expect(message?.from).toContain('invitations@vpp-console.local');
    expect(message?.to).toContain('Zoë 1');
    expect(message?.text).toContain('Log in: https://example.invalid/invite?code=1');
    expect(message?.html).toContain('>Log in</a>');
    const keys = message!.headers.map((h) => h.key);
    expect(keys).toEqual(expect.arrayContaining(['from', 'to', 'subject', 'message-id', 'date']));
    expect(message!.headers.find((h) => h.key === 'to')?.line).toMatch(/^To: =\?UTF-8\?/);
  });

  it('keeps messages across a restart, newest first', async () => {
    const dataDir = await tempDir();
    const first = await catcherIn(dataDir);
    await sendThrough(first, 3);
    await first.close();

    const reopened = new OutboxStore(dataDir);
    await reopened.open();
    const { total, messages } = await reopened.list({ limit: 10 });
    expect(total).toBe(3);
    const subjects = await Promise.all(messages.map((m) => reopened.get(m.id)));
    expect(subjects.map((m) => m?.messageId)).toHaveLength(3);
    expect(new Set(subjects.map((m) => m?.messageId))).toEqual(
      new Set([1, 2, 3].map((n) => `<invitation-inv-${n}@vpp-console.local>`)),
    );
    // Newest first: ids sort in arrival order.
    expect(messages.map((m) => m.id)).toEqual(
      messages
        .map((m) => m.id)
        .sort()
        .reverse(),
    );

    const second = await catcherIn(dataDir);
    await sendThrough(second, 1, 10);
    const after = await second.outbox.list({ limit: 1 });
    expect(after.total).toBe(4);
    expect(after.messages[0]?.messageId).toBe('<invitation-inv-10@vpp-console.local>');
  });

  it('stays bounded: the oldest messages are pruned', async () => {
    const dataDir = await tempDir();
    const catcher = await catcherIn(dataDir, 5);
    await sendThrough(catcher, 8);
    const { total, messages } = await catcher.outbox.list({ limit: 50 });
    expect(total).toBe(5);
    const kept = await Promise.all(messages.map((m) => catcher.outbox.get(m.id)));
    expect(new Set(kept.map((m) => m?.envelope.to[0]))).toEqual(
      new Set([4, 5, 6, 7, 8].map((n) => `zoe${n}@school.example`)),
    );
    const files = (await readdir(join(dataDir, 'outbox'))).filter((f) => f.endsWith('.json'));
    expect(files).toHaveLength(5);

    // A smaller bound on re-opening prunes there and then.
    await catcher.close();
    const smaller = new OutboxStore(dataDir, { limit: 2 });
    await smaller.open();
    expect(smaller.size).toBe(2);
    expect(
      (await readdir(join(dataDir, 'outbox'))).filter((f) => f.endsWith('.json')),
    ).toHaveLength(2);
  });

  it('pages the list and ignores ids that are not its own', async () => {
    const dataDir = await tempDir();
    const store = new OutboxStore(dataDir);
    await store.open();
    for (let n = 0; n < 7; n++) {
      await store.add({
        subject: `m${n}`,
        from: 'a@school.example',
        to: 'b@school.example',
        date: new Date().toISOString(),
        messageId: `<m${n}@x>`,
        headers: [],
        text: '',
        html: null,
        envelope: { from: 'a@school.example', to: ['b@school.example'] },
      });
    }
    const page = await store.list({ offset: 2, limit: 3 });
    expect(page.total).toBe(7);
    expect(page.messages.map((m) => m.subject)).toEqual(['m4', 'm3', 'm2']);
    expect(await store.get('../../etc/passwd')).toBeUndefined();
    expect(await store.get('0000000000000-000000-00000000')).toBeUndefined();

    // A write cut short leaves only a temporary file: never listed, cleared on opening.
    await writeFile(join(dataDir, 'outbox', '1999999999999-000000-deadbeef.json.abc.tmp'), '{');
    const reopened = new OutboxStore(dataDir);
    await reopened.open();
    expect(reopened.size).toBe(7);
    expect((await readdir(join(dataDir, 'outbox'))).some((f) => f.endsWith('.tmp'))).toBe(false);
  });

  it('keeps one message per Message-ID, also across a restart, and can be emptied', async () => {
    const dataDir = await tempDir();
    const first = await startMailCatcher({ dataDir });
    await sendThrough(first, 3);
    await sendThrough(first, 2); // invitations 1 and 2 again, as a resumed batch would send them
    expect(first.outbox.size).toBe(3);
    await first.close();

    const again = await catcherIn(dataDir);
    await sendThrough(again, 4); // 1–3 are kept already; 4 is new
    const { total, messages } = await again.outbox.list();
    expect(total).toBe(4);
    expect(new Set(messages.map((m) => m.messageId)).size).toBe(4);
    expect(await again.outbox.clear()).toBe(4);
    expect(again.outbox.size).toBe(0);
    expect((await readdir(join(dataDir, 'outbox'))).filter((f) => f.endsWith('.json'))).toEqual([]);
    await sendThrough(again, 1); // after a clear, a message is kept anew
    expect(again.outbox.size).toBe(1);
  });
});

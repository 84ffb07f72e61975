import { spawn } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import type { InvitationSnapshot } from '../../../shared/domain/invitations';
import { DEFAULT_MAIL_SETTINGS, type MailSettings } from '../../../shared/domain/mail';
import type { TaskSnapshot } from '../../../shared/domain/tasks';
import type { RunningSandbox } from '../../../electron/sandbox/index';
import { MAIL_DEFAULT_IN_FLIGHT } from '../../../electron/mail/mailer';
import { startSmtpServer, withTempDir } from '../mail/smtp-fixture';
import { startTestSandbox } from '../vpp/sandbox-fixture';
import { smtpSettings } from './invitation-console';

const repoRoot = resolve(import.meta.dirname, '../../..');
const COUNT = 300;

interface Resumed {
  task: TaskSnapshot;
  invitations: InvitationSnapshot[];
  outboxIds: string[];
}

const child = (dataDir: string, mode: 'send' | 'resume', env: Record<string, string>) =>
  spawn(
    process.execPath,
    ['--import', 'tsx', 'test/integration/invitations/crash-child.ts', dataDir, mode],
    { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } },
  );

/** Starts the batch and SIGKILLs the console once `killWhen` says the batch is under way. */
const sendThenKill = (
  dataDir: string,
  env: Record<string, string>,
  killWhen: () => Promise<boolean>,
): Promise<void> =>
  new Promise((resolveKilled, reject) => {
    const process = child(dataDir, 'send', env);
    let stderr = '';
    let watching = false;
    process.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    process.stdout.on('data', (chunk: Buffer) => {
      if (watching || !chunk.toString().includes('sending')) return;
      watching = true;
      void (async () => {
        while (!(await killWhen())) await sleep(2);
        process.kill('SIGKILL');
      })();
    });
    process.once('close', (_code, signal) => {
      if (signal === 'SIGKILL') resolveKilled();
      else reject(new Error(`the console ended by itself:\n${stderr}`));
    });
  });

const resume = (dataDir: string, env: Record<string, string>): Promise<Resumed> =>
  new Promise((resolveResumed, reject) => {
    const process = child(dataDir, 'resume', env);
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => process.kill('SIGKILL'), 40_000);
    process.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    process.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    process.once('close', (code) => {
      clearTimeout(timer);
      if (code !== 0) return reject(new Error(`the restarted console failed:\n${stderr}`));
      resolveResumed(JSON.parse(stdout.trim().split('\n').at(-1)!) as Resumed);
    });
  });

const countBy = (ids: readonly string[]) => {
  const counts = new Map<string, number>();
  for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
};

/**
 * Kill the console mid-batch (SIGKILL: no chance to tidy up), start it again on the same data
 * folder: the batch resumes and every invitation is delivered, none lost, and a message cut off
 * in flight goes again with its own Message-ID, so a mailbox keeps one of each.
 */
describe('a mail batch cut off by a crash', () => {
  let sandbox: RunningSandbox;
  const cleanups: (() => Promise<unknown>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  const setUp = async (mail: MailSettings) => {
    sandbox = await startTestSandbox();
    cleanups.push(() => sandbox.close());
    const temp = await withTempDir();
    cleanups.push(temp.remove);
    const env = {
      VPP_TEST_SANDBOX_URL: sandbox.baseUrl,
      VPP_TEST_DEMO_TOKEN: sandbox.tokens.demo,
      VPP_TEST_MAIL: JSON.stringify(mail),
      VPP_TEST_COUNT: String(COUNT),
    };
    return { dataDir: temp.dir, env };
  };

  const expectAllSentOnce = (resumed: Resumed) => {
    expect(resumed.task).toMatchObject({
      status: 'succeeded',
      result: { sent: COUNT, failed: 0, canceled: 0 },
    });
    expect(resumed.invitations).toHaveLength(COUNT);
    expect(resumed.invitations.every((invitation) => invitation.state === 'sent')).toBe(true);
    expect(new Set(resumed.invitations.map((i) => i.userId)).size).toBe(COUNT);
  };

  it('delivers each invitation to the built-in catcher exactly once', async () => {
    const { dataDir, env } = await setUp(DEFAULT_MAIL_SETTINGS);
    const outbox = join(dataDir, 'outbox');
    let keptAtKill = 0;
    await sendThenKill(dataDir, env, async () => {
      keptAtKill = (await readdir(outbox).catch(() => [])).filter((n) =>
        n.endsWith('.json'),
      ).length;
      return keptAtKill >= COUNT / 3;
    });
    expect(keptAtKill).toBeLessThan(COUNT); // killed mid-batch

    const resumed = await resume(dataDir, env);
    expectAllSentOnce(resumed);
    // The Outbox keeps one message per Message-ID: exactly the invitations, each once.
    expect(resumed.outboxIds).toHaveLength(COUNT);
    expect(new Set(resumed.outboxIds)).toEqual(
      new Set(resumed.invitations.map((i) => i.messageId)),
    );
  }, 60_000);

  it('delivers each invitation to an SMTP server: none lost, a resent one under its Message-ID', async () => {
    const server = await startSmtpServer({
      disabledCommands: ['STARTTLS', 'AUTH'],
      // A little slower than loopback, like a real server, so the kill lands mid-batch.
      onRcptTo: (_address, _session, callback) => setTimeout(() => callback(), 3),
    });
    cleanups.push(() => server.close());
    const { dataDir, env } = await setUp(smtpSettings(server.port));
    await sendThenKill(dataDir, env, async () => server.received.length >= COUNT / 3);
    const receivedAtKill = server.received.length;
    expect(receivedAtKill).toBeLessThan(COUNT);

    const resumed = await resume(dataDir, env);
    expectAllSentOnce(resumed);
    const counts = countBy(server.received.map((mail) => mail.parsed.messageId ?? ''));
    // No loss: every invitation's Message-ID arrived, and nothing else did.
    expect(new Set(counts.keys())).toEqual(new Set(resumed.invitations.map((i) => i.messageId)));
    // No duplicate invitation: only messages in flight at the kill may have gone twice, and
    // always as the same message (same Message-ID), which a mailbox keeps once.
    const twice = [...counts.values()].filter((n) => n > 1);
    expect(twice.every((n) => n === 2)).toBe(true);
    expect(twice.length).toBeLessThanOrEqual(MAIL_DEFAULT_IN_FLIGHT);
  }, 60_000);
});

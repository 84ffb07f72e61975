/**
 * Run by crash-resume.test.ts as its own Node process (`node --import tsx`), on the data folder
 * in argv[2]. `send`: sets up the console (passphrase vault, the demo token, the mail settings
 * in VPP_TEST_MAIL), sends VPP_TEST_COUNT invitations and waits to be killed. `resume`: opens
 * the vault (which resumes the cut-off batch), waits for it to finish, prints the invitations
 * (and the Outbox's Message-IDs) as one JSON line and closes.
 */
import { createHost } from '../../../electron/host/host';
import type { InvitationPage } from '../../../shared/domain/invitations';
import type { MailSettings } from '../../../shared/domain/mail';
import type { OutboxPage } from '../../../shared/domain/outbox';
import type { TaskSnapshot } from '../../../shared/domain/tasks';
import type { TokenDraft } from '../../../shared/domain/tokens';
import { FAST_TIMEOUTS } from '../mail/smtp-fixture';
import { fieldsFor, PASSPHRASE } from '../tokens/token-console';
import { recipient } from './invitation-console';

const [dataDir, mode] = process.argv.slice(2) as [string, 'send' | 'resume'];
const env = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};

const run = async () => {
  const host = await createHost({
    dataDir,
    frontDoor: 'browser',
    appVersion: '0.9.0-test',
    systemLocale: 'en-US',
    startSandbox: async () => ({
      baseUrl: env('VPP_TEST_SANDBOX_URL'),
      demoToken: env('VPP_TEST_DEMO_TOKEN'),
      close: async () => {},
    }),
    mail: { transport: { timeouts: FAST_TIMEOUTS } },
    log: () => {},
  });
  const call = async <T>(channel: string, payload?: unknown): Promise<T> => {
    const result = await host.dispatch(channel, payload, { frontDoor: 'browser' });
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value as T;
  };

  if (mode === 'send') {
    await call('vault:create', { passphrase: PASSPHRASE });
    const draft = await call<TokenDraft>('tokens:inspect', { source: { kind: 'demo' } });
    const token = await call<{ id: string }>('tokens:add', {
      draftId: draft.draftId,
      fields: fieldsFor('Hoofdgebouw'),
    });
    await call('settings:update', { mail: JSON.parse(env('VPP_TEST_MAIL')) as MailSettings });
    const count = Number(env('VPP_TEST_COUNT'));
    await call('invitations:send', {
      tokenId: token.id,
      targetName: 'Hele school',
      recipients: Array.from({ length: count }, (_, n) => recipient(n + 1)),
    });
    process.stdout.write('sending\n');
    return; // the batch runs until the test kills this process
  }

  const finished = new Promise<TaskSnapshot>((resolve) =>
    host.subscribe((event, payload) => {
      const task = payload as TaskSnapshot;
      if (event === 'tasks:changed' && task.kind === 'mail:sendInvitations' && task.finishedAt) {
        resolve(task);
      }
    }),
  );
  await call('vault:unlock', { passphrase: PASSPHRASE });
  const task = await finished;
  const invitations = await call<InvitationPage>('invitations:list', { offset: 0, limit: 5_000 });
  const outboxIds: string[] = [];
  for (let offset = 0; ; offset += 500) {
    const page = await call<OutboxPage>('outbox:list', { offset, limit: 500 });
    outboxIds.push(...page.items.map((item) => item.messageId));
    if (page.items.length < 500) break;
  }
  await host.close();
  process.stdout.write(`${JSON.stringify({ task, invitations: invitations.items, outboxIds })}\n`);
};

run().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});

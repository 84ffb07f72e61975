/**
 * `npm run bench:mail -- [--json]` (issue 9): 5,000 invitations through the console's real mail
 * path — invitations:send on the host, each recorded in the journal, rendered with the service
 * config's invitation link and handed to the mailer — to a loopback smtp-server; then the same
 * 5,000 rendered messages through a bare pooled nodemailer transport to the same server.
 * Both are counted by Message-ID at the server. Progress goes to stderr; with `--json` the
 * last stdout line is the result.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { createHost, type Host } from '../electron/host/host';
import { buildInvitationMail, type OutgoingMail } from '../electron/mail';
import { startSandbox, type RunningSandbox } from '../electron/sandbox/index';
import { VppClient } from '../electron/vpp/client';
import type {
  InvitationPage,
  InvitationRecipient,
  InvitationSnapshot,
} from '../shared/domain/invitations';
import { DEFAULT_MAIL_SETTINGS, type MailSettings } from '../shared/domain/mail';
import type { TaskSnapshot } from '../shared/domain/tasks';
import type { TokenDraft, TokenSnapshot } from '../shared/domain/tokens';
import { BenchFailure, seconds, type BenchLog } from './bench/bench-log';
import { runBenchMain, type Teardown } from './bench/bench-main';
import { sendBare } from './bench/mail-baseline';
import { mailUsage, parseMailBenchArgs, type MailBenchArgs } from './bench/mail-args';
import { MessageTally, startBenchSmtpServer, type BenchSmtpServer } from './bench/mail-server';

export interface MailBenchResult {
  bench: 'mail';
  messages: number;
  seconds: number;
  baselineSeconds: number;
  throughputRatio: number;
  lost: number;
  duplicated: number;
}

const TARGET_RATIO = 0.8;
const WARM_UP_MESSAGES = 300;
const SENDER = { address: 'uitnodigingen@regenboog.example', name: 'Basisschool De Regenboog' };

const recipients = (count: number): InvitationRecipient[] =>
  Array.from({ length: count }, (_, n) => ({
    userId: `bench-user-${n}`,
    clientUserId: `bench-client-${n}`,
    fullName: n % 7 === 0 ? `Zoë de Vries ${n}` : `Leerling ${n}`,
    email: `leerling${n}@regenboog.example`,
    language: n % 2 ? 'nl' : 'en',
    inviteCode: randomBytes(16).toString('hex'),
  }));

const call = async <T>(host: Host, channel: string, payload?: unknown): Promise<T> => {
  const result = await host.dispatch(channel, payload, { frontDoor: 'browser' });
  if (!result.ok) throw new BenchFailure(`${channel} failed: ${result.error.message}`);
  return result.value as T;
};

const startConsole = async (
  args: MailBenchArgs,
  sandbox: RunningSandbox,
  dataDir: string,
  log: BenchLog,
) => {
  const host = await createHost({
    dataDir,
    frontDoor: 'browser',
    appVersion: 'bench',
    systemLocale: 'en-US',
    startSandbox: async () => ({
      baseUrl: sandbox.baseUrl,
      demoToken: sandbox.tokens.demo,
      close: async () => {},
    }),
    mail: { transport: { maxConnections: args.connections } },
    log: (line) => log(`host: ${line}`),
  });
  // Random, used once and never shown: the data folder is thrown away afterwards.
  await call(host, 'vault:create', { passphrase: randomBytes(24).toString('base64url') });
  const draft = await call<TokenDraft>(host, 'tokens:inspect', { source: { kind: 'demo' } });
  const token = await call<TokenSnapshot>(host, 'tokens:add', {
    draftId: draft.draftId,
    fields: {
      name: 'Bench',
      description: '',
      categories: [],
      appleId: '',
      type: 'education',
      registerManagedAppleIds: true,
    },
  });
  return { host, token };
};

const smtpMail = (port: number): MailSettings => ({
  ...DEFAULT_MAIL_SETTINGS,
  mode: 'smtp',
  smtp: { host: '127.0.0.1', port, security: 'none', relayThroughIsp: false },
  sender: SENDER,
});

/** invitations:send, timed until its task has finished. */
const sendThroughConsole = async (
  host: Host,
  token: TokenSnapshot,
  people: InvitationRecipient[],
) => {
  // Every task that finishes, so the batch's is found even if it ends before the call answers.
  const finished = new Map<string, TaskSnapshot>();
  const off = host.subscribe((event, payload) => {
    const task = payload as TaskSnapshot;
    if (event === 'tasks:changed' && task.finishedAt !== null) finished.set(task.id, task);
  });
  const started = performance.now();
  const batch = await call<{ task: TaskSnapshot }>(host, 'invitations:send', {
    tokenId: token.id,
    targetName: 'Hele school',
    recipients: people,
  });
  const recordedSeconds = (performance.now() - started) / 1000;
  while (!finished.has(batch.task.id)) await sleep(5);
  const task = finished.get(batch.task.id)!;
  const elapsed = (performance.now() - started) / 1000;
  off();
  return { task, seconds: elapsed, recordedSeconds };
};

const allInvitations = async (host: Host): Promise<InvitationSnapshot[]> => {
  const all: InvitationSnapshot[] = [];
  for (let offset = 0; ; offset += 5_000) {
    const page = await call<InvitationPage>(host, 'invitations:list', { offset, limit: 5_000 });
    all.push(...page.items);
    if (all.length >= page.total || page.items.length === 0) return all;
  }
};

/** The console's messages again, rendered the same way, for the bare transport. */
const renderAgain = async (
  sandbox: RunningSandbox,
  token: TokenSnapshot,
  invitations: readonly InvitationSnapshot[],
  codes: Map<string, string>,
): Promise<OutgoingMail[]> => {
  const client = new VppClient({ token: sandbox.tokens.demo, baseUrl: sandbox.baseUrl });
  const messages: OutgoingMail[] = [];
  for (const invitation of invitations) {
    messages.push(
      buildInvitationMail({
        invitationId: invitation.id,
        recipient: { name: invitation.fullName, address: invitation.email },
        language: invitation.language,
        schoolName: token.locationName || token.orgName,
        invitationUrl: await client.invitationUrl(codes.get(invitation.userId) ?? ''),
        sender: SENDER,
      }),
    );
  }
  return messages;
};

const runBench = async (
  args: MailBenchArgs,
  log: BenchLog,
  teardowns: Teardown[],
): Promise<MailBenchResult> => {
  const server: BenchSmtpServer = await startBenchSmtpServer();
  teardowns.push(() => server.close());
  const sandbox = await startSandbox({ port: 0, seed: 'demo', rps: 1000 });
  teardowns.push(() => sandbox.close());
  const dataDir = await mkdtemp(join(tmpdir(), 'vpp-bench-mail-'));
  if (args.keep) log(`data folder: ${dataDir}`);
  else teardowns.push(() => rm(dataDir, { recursive: true, force: true }));
  const { host, token } = await startConsole(args, sandbox, dataDir, log);
  teardowns.push(() => host.close());
  await call(host, 'settings:update', { mail: smtpMail(server.port) });
  const endpoint = { host: '127.0.0.1', port: server.port, security: 'none' as const };

  // Both paths once, small, so neither run pays for the first connections and the JIT.
  const codesOf = (people: InvitationRecipient[]) =>
    new Map(people.map((person) => [person.userId, person.inviteCode]));
  server.countInto(new MessageTally());
  const warmPeople = recipients(WARM_UP_MESSAGES);
  const warmUp = await sendThroughConsole(host, token, warmPeople);
  const warmMessages = await renderAgain(
    sandbox,
    token,
    await allInvitations(host),
    codesOf(warmPeople),
  );
  await sendBare(endpoint, warmMessages, args.connections);
  log(`warm-up: ${WARM_UP_MESSAGES} through the console in ${warmUp.seconds.toFixed(2)} s`);

  const consoleTally = new MessageTally();
  server.countInto(consoleTally);
  log(`console: sending ${args.messages} invitations`);
  const people = recipients(args.messages);
  const sent = await sendThroughConsole(host, token, people);
  if (sent.task.status !== 'succeeded') {
    throw new BenchFailure(`the mail batch ended ${sent.task.status}: ${sent.task.error?.message}`);
  }
  const invitations = (await allInvitations(host)).filter((i) => i.taskId === sent.task.id);
  log(
    `console: ${JSON.stringify(sent.task.result)} in ${sent.seconds.toFixed(2)} s (all recorded as queued after ${sent.recordedSeconds.toFixed(2)} s)`,
  );
  const { lost, duplicated } = consoleTally.compare(invitations.map((i) => i.messageId));

  // The inviteCodes stay in main; the bench knows them as it made them, by user.
  const messages = await renderAgain(sandbox, token, invitations, codesOf(people));
  const bareTally = new MessageTally();
  server.countInto(bareTally);
  log(`baseline: the same ${messages.length} messages through a bare pooled transport`);
  const bare = await sendBare(endpoint, messages, args.connections);
  const bareCheck = bareTally.compare(messages.map((m) => String(m.options.messageId)));
  log(`baseline: ${bare.seconds.toFixed(2)} s, ${bare.refused} refused, ${bareCheck.lost} lost`);
  if (bare.refused > 0 || bareCheck.lost > 0) {
    throw new BenchFailure('the bare transport did not deliver every message: no baseline');
  }

  return {
    bench: 'mail',
    messages: invitations.length,
    seconds: seconds(sent.seconds * 1000),
    baselineSeconds: seconds(bare.seconds * 1000),
    throughputRatio: Math.round((bare.seconds / sent.seconds) * 100) / 100,
    lost,
    duplicated,
  };
};

/** The targets this bench checks: throughput near a bare sender's, and every mail once. */
const problemsOf = (args: MailBenchArgs, result: MailBenchResult): string[] => [
  ...(result.throughputRatio < TARGET_RATIO
    ? [`throughputRatio ${result.throughputRatio} is under the target ${TARGET_RATIO}`]
    : []),
  ...(result.lost > 0 ? [`${result.lost} invitations were lost`] : []),
  ...(result.duplicated > 0 ? [`${result.duplicated} messages arrived twice`] : []),
  ...(result.messages !== args.messages
    ? [`${result.messages} invitations recorded, not ${args.messages}`]
    : []),
];

process.exit(
  await runBenchMain({
    parseArgs: parseMailBenchArgs,
    usage: mailUsage,
    run: async (args, log, teardowns) => {
      const result = await runBench(args, log, teardowns);
      return { result, problems: problemsOf(args, result) };
    },
    report: (log, result) =>
      log(
        `${result.messages} invitations: ${result.seconds} s through the console, ${result.baselineSeconds} s bare (ratio ${result.throughputRatio}, target ≥ ${TARGET_RATIO})`,
      ),
  }),
);

import { SendInvitationsParams } from '../../shared/domain/invitations';
import type { MailSettings } from '../../shared/domain/mail';
import type { TaskError } from '../../shared/domain/tasks';
import type { TokenSnapshot } from '../../shared/domain/tokens';
import { AppError, errorInfoOf } from '../host/app-error';
import {
  buildInvitationMail,
  InvalidRecipientError,
  type Mailer,
  type OutgoingMail,
  type SendResult,
} from '../mail';
import type { Job, JobContext, TaskResult } from '../tasks/task-runner';
import type { InvitationJournal } from './invitation-journal';
import { isUnfinished, type InvitationRecord } from './invitation-record';

export interface SendInvitationsDeps {
  journal: InvitationJournal;
  tokens: {
    get(tokenId: string): Pick<TokenSnapshot, 'locationName' | 'orgName'> | undefined;
    clientFor(tokenId: string): Promise<{
      invitationUrl(inviteCode: string, options?: { signal?: AbortSignal }): Promise<string>;
    }>;
  };
  mailSettings: () => MailSettings;
  /** A mailer for these settings (starting the catcher when they name it). */
  openMailer: (settings: MailSettings) => Promise<Pick<Mailer, 'send' | 'close'>>;
  /** True once the console is closing: a stop then leaves the rest for the next start. */
  closing: () => boolean;
  now?: () => number;
}

/** Steps are a list in the task's detail: a few updates a second are plenty. */
const STEP_INTERVAL_MS = 500;
export const SENDING_STEP = 'tasks.steps.sendingInvitations';

const badParams = () =>
  new AppError('task.badParams', 'This mail batch doesn’t say which invitations to send.', {
    kind: 'mail:sendInvitations',
  });

const badAddress = (address: string): TaskError => ({
  code: 'mail.recipientRefused',
  message: `${address} is not an email address this console can send to. Correct it, then send the invitation again.`,
  params: { recipient: address },
});

/** Counts over the whole batch, so a batch resumed after a restart reports all of it. */
const countsOf = (records: readonly InvitationRecord[]) => {
  const counts = { sent: 0, failed: 0, canceled: 0, left: 0 };
  for (const record of records) {
    if (record.state === 'sent') counts.sent += 1;
    else if (record.state === 'failed') counts.failed += 1;
    else if (record.state === 'canceled') counts.canceled += 1;
    else counts.left += 1;
  }
  return counts;
};

/**
 * `mail:sendInvitations`: sends the batch's invitations that are still queued (or were being
 * sent when the console stopped) and records each one's outcome as it comes. Every message
 * carries the Message-ID of its invitation, so one sent again after a crash is the same mail.
 * Cancel leaves the rest `canceled`; closing the console leaves them for the next start.
 */
export const sendInvitationsJob =
  (deps: SendInvitationsDeps): Job =>
  async (rawParams, context): Promise<TaskResult> => {
    const parsed = SendInvitationsParams.safeParse(rawParams);
    if (!parsed.success) throw badParams();
    const { batchId, tokenId } = parsed.data;
    const now = deps.now ?? Date.now;
    const { journal } = deps;
    const batch = () => journal.inBatch(batchId);
    const all = batch();
    const todo = all.filter(isUnfinished);
    const counts = countsOf(all);
    const report = reporter(context, counts, all.length, now);
    report(true);
    if (todo.length === 0) return result(all);

    let messages: OutgoingMail[];
    let mailer: Pick<Mailer, 'send' | 'close'>;
    try {
      const rendered = await render(deps, tokenId, todo, context.signal);
      if (rendered.invalid.length > 0) {
        counts.failed += rendered.invalid.length;
        counts.left -= rendered.invalid.length;
        await journal.record(
          rendered.invalid.map((record) => ({
            ...record,
            state: 'failed' as const,
            lastAction: { kind: 'failed' as const, at: now() },
            error: badAddress(record.email),
          })),
        );
      }
      messages = rendered.messages;
      mailer = await deps.openMailer(deps.mailSettings());
    } catch (error) {
      context.signal.throwIfAborted();
      // Nothing was sent: each says why, and Resend can try them again once it is fixed.
      const why = errorInfoOf(error);
      await journal.record(
        todo.map((record) => ({
          ...record,
          state: 'failed' as const,
          lastAction: { kind: 'failed' as const, at: now() },
          error: why,
        })),
      );
      throw error;
    }

    let sentNow = 0;
    let firstFailure: TaskError | undefined;
    try {
      await mailer.send(messages, {
        signal: context.signal,
        onStart: (message) => {
          const record = journal.get(message.id);
          if (record) journal.note([{ ...record, state: 'sending' }]);
        },
        onResult: (outcome) => {
          const record = journal.get(outcome.id);
          const next = record && afterSend(record, outcome, now());
          if (!next) return;
          journal.note([next]);
          counts.left -= 1;
          if (next.state === 'sent') {
            counts.sent += 1;
            sentNow += 1;
          } else {
            counts.failed += 1;
            firstFailure ??= next.error ?? undefined;
          }
          report(false);
        },
      });
    } finally {
      mailer.close();
    }

    if (context.signal.aborted && !deps.closing()) {
      const left = batch().filter(isUnfinished);
      journal.note(
        left.map((record) => ({
          ...record,
          state: 'canceled' as const,
          lastAction: { kind: 'canceled' as const, at: now() },
        })),
      );
    }
    await journal.flush();
    const final = batch();
    Object.assign(counts, countsOf(final));
    report(true);
    // Nothing went out: the task fails with the reason (the server down, a refused login).
    if (sentNow === 0 && firstFailure && !context.signal.aborted) {
      throw new AppError(firstFailure.code, firstFailure.message, firstFailure.params);
    }
    return result(final);
  };

const result = (records: readonly InvitationRecord[]): TaskResult => {
  const { sent, failed, canceled } = countsOf(records);
  return { sent, failed, canceled };
};

/** The invitation after the mailer's word on it; undefined when it was never sent. */
const afterSend = (
  record: InvitationRecord,
  outcome: SendResult,
  at: number,
): InvitationRecord | undefined => {
  const attempts = record.attempts + outcome.attempts;
  if (outcome.status === 'sent') {
    return {
      ...record,
      state: 'sent',
      sentAt: at,
      attempts,
      error: null,
      lastAction: { kind: record.lastAction.kind === 'resent' ? 'resent' : 'sent', at },
    };
  }
  if (outcome.status === 'failed') {
    return {
      ...record,
      state: 'failed',
      attempts,
      error: outcome.error ?? null,
      lastAction: { kind: 'failed', at },
    };
  }
  return undefined;
};

const render = async (
  deps: SendInvitationsDeps,
  tokenId: string,
  todo: readonly InvitationRecord[],
  signal: AbortSignal,
): Promise<{ messages: OutgoingMail[]; invalid: InvitationRecord[] }> => {
  const token = deps.tokens.get(tokenId);
  if (!token) {
    throw new AppError(
      'tokens.notFound',
      'The content token these invitations are for was removed. Add it again, then resend them.',
    );
  }
  const client = await deps.tokens.clientFor(tokenId);
  const settings = deps.mailSettings();
  const schoolName = token.locationName || token.orgName;
  const messages: OutgoingMail[] = [];
  const invalid: InvitationRecord[] = [];
  for (const record of todo) {
    const invitationUrl = await client.invitationUrl(record.inviteCode, { signal });
    try {
      messages.push(
        buildInvitationMail({
          invitationId: record.id,
          recipient: { name: record.fullName, address: record.email },
          language: record.language,
          schoolName,
          invitationUrl,
          sender: settings.sender,
        }),
      );
    } catch (error) {
      if (!(error instanceof InvalidRecipientError)) throw error;
      invalid.push(record);
    }
  }
  return { messages, invalid };
};

type Counts = ReturnType<typeof countsOf>;

/** Progress (what is done of the batch) and, a few times a second, the step with its counts. */
const reporter = (
  context: JobContext,
  counts: Counts,
  total: number,
  now: () => number,
): ((force: boolean) => void) => {
  let lastStep = 0;
  return (force) => {
    context.progress(total - counts.left, total);
    if (!force && now() - lastStep < STEP_INTERVAL_MS) return;
    lastStep = now();
    context.step(SENDING_STEP, { sent: counts.sent, failed: counts.failed, left: counts.left });
  };
};

import { randomUUID } from 'node:crypto';
import type {
  InvitationAction,
  InvitationPage,
  InvitationRecipient,
  SendInvitationsParams,
  SendInvitationsRequest,
} from '../../shared/domain/invitations';
import type { TaskSnapshot } from '../../shared/domain/tasks';
import type { TokenSnapshot } from '../../shared/domain/tokens';
import { AppError, errorInfoOf } from '../host/app-error';
import { invitationMessageId } from '../mail';
import type { TaskRunner } from '../tasks/task-runner';
import type { InvitationJournal } from './invitation-journal';
import { isUnfinished, snapshotOf, type InvitationRecord } from './invitation-record';

export interface InvitationServiceDeps {
  journal: InvitationJournal;
  tasks: Pick<TaskRunner, 'start'>;
  tokens: { get(tokenId: string): Pick<TokenSnapshot, 'name'> | undefined };
  now?: () => number;
  newId?: () => string;
}

export interface InvitationBatch {
  task: TaskSnapshot;
  invitations: number;
}

const tokenGone = () =>
  new AppError(
    'tokens.notFound',
    'The content token these invitations are for was removed. Add it again, then send them.',
  );

/**
 * Send and Resend: every invitation is recorded as queued (and on disk) before the task that
 * sends it starts, so a console killed at any moment knows what still has to go out.
 */
export class InvitationService {
  private readonly now: () => number;
  private readonly newId: () => string;

  constructor(private readonly deps: InvitationServiceDeps) {
    this.now = deps.now ?? Date.now;
    this.newId = deps.newId ?? randomUUID;
  }

  send(request: SendInvitationsRequest): Promise<InvitationBatch> {
    return this.startBatch(request, 'queued');
  }

  /** A new invitation per user named (once each), in one new batch per token. */
  async resend(request: { invitationIds: string[]; targetName: string }): Promise<InvitationBatch> {
    const byToken = new Map<string, Map<string, InvitationRecipient>>();
    for (const id of request.invitationIds) {
      const record = this.deps.journal.get(id);
      if (!record) continue;
      const users = byToken.get(record.tokenId) ?? new Map<string, InvitationRecipient>();
      byToken.set(record.tokenId, users);
      users.set(record.userId, {
        userId: record.userId,
        clientUserId: record.clientUserId,
        fullName: record.fullName,
        email: record.email,
        language: record.language,
        inviteCode: record.inviteCode,
      });
    }
    if (byToken.size === 0) {
      throw new AppError(
        'invitations.notFound',
        'These invitations are no longer known to this console. Send new ones instead.',
      );
    }
    const batches: InvitationBatch[] = [];
    for (const [tokenId, users] of byToken) {
      const recipients = [...users.values()];
      batches.push(
        await this.startBatch({ tokenId, recipients, targetName: request.targetName }, 'resent'),
      );
    }
    // One task per token; the first answers, and all of them are in Active Tasks.
    return {
      task: batches[0]!.task,
      invitations: batches.reduce((sum, batch) => sum + batch.invitations, 0),
    };
  }

  list(page: { offset: number; limit: number }): InvitationPage {
    return {
      total: this.deps.journal.size,
      items: this.deps.journal.page(page.offset, page.limit).map(snapshotOf),
    };
  }

  /** On start: a new task for every batch a stop cut short. Returns the tasks started. */
  async resumeUnfinished(): Promise<TaskSnapshot[]> {
    const started: TaskSnapshot[] = [];
    for (const first of this.deps.journal.unfinishedBatches()) {
      const taskId = this.newId();
      const left = this.deps.journal.inBatch(first.batchId).filter(isUnfinished);
      await this.deps.journal.record(left.map((record) => ({ ...record, taskId })));
      started.push(
        this.startTask(taskId, {
          batchId: first.batchId,
          tokenId: first.tokenId,
          tokenName: this.deps.tokens.get(first.tokenId)?.name ?? '',
          targetName: first.targetName,
          count: left.length,
        }),
      );
    }
    return started;
  }

  private async startBatch(
    request: SendInvitationsRequest,
    action: Extract<InvitationAction, 'queued' | 'resent'>,
  ): Promise<InvitationBatch> {
    const token = this.deps.tokens.get(request.tokenId);
    if (!token) throw tokenGone();
    const batchId = this.newId();
    const taskId = this.newId();
    const at = this.now();
    const unique = new Map(request.recipients.map((recipient) => [recipient.userId, recipient]));
    const records: InvitationRecord[] = [...unique.values()].map((recipient) => {
      const id = this.newId();
      return {
        id,
        batchId,
        taskId,
        tokenId: request.tokenId,
        userId: recipient.userId,
        clientUserId: recipient.clientUserId,
        fullName: recipient.fullName,
        email: recipient.email,
        language: recipient.language,
        method: 'email',
        state: 'queued',
        createdAt: at,
        sentAt: null,
        attempts: 0,
        lastAction: { kind: action, at },
        error: null,
        messageId: invitationMessageId(id),
        inviteCode: recipient.inviteCode,
        targetName: request.targetName,
      };
    });
    try {
      await this.deps.journal.record(records);
    } catch {
      throw new AppError(
        'invitations.notRecorded',
        'The invitations could not be recorded in the data folder, so none were sent. Check that the disk has room, then try again.',
      );
    }
    try {
      const task = this.startTask(taskId, {
        batchId,
        tokenId: request.tokenId,
        tokenName: token.name,
        targetName: request.targetName,
        count: records.length,
      });
      return { task, invitations: records.length };
    } catch (error) {
      // No task will send them: say why on each, so Resend can pick them up later.
      const why = errorInfoOf(error);
      await this.deps.journal.record(
        records.map((record) => ({
          ...record,
          state: 'failed' as const,
          error: why,
          lastAction: { kind: 'failed' as const, at: this.now() },
        })),
      );
      throw error;
    }
  }

  private startTask(taskId: string, params: SendInvitationsParams): TaskSnapshot {
    return this.deps.tasks.start({ id: taskId, kind: 'mail:sendInvitations', params });
  }
}

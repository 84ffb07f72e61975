import type { MailSettings } from '../../shared/domain/mail';
import type { TokenSnapshot } from '../../shared/domain/tokens';
import type { EventHub } from '../host/event-hub';
import type { Mailer } from '../mail';
import type { Job, TaskRunner } from '../tasks/task-runner';
import { InvitationChanges } from './invitation-changes';
import { InvitationJournal } from './invitation-journal';
import { InvitationService } from './invitation-service';
import { sendInvitationsJob, type SendInvitationsDeps } from './send-invitations-job';

export interface InvitationServicesOptions {
  dataDir: string;
  tokens: SendInvitationsDeps['tokens'] & {
    get(tokenId: string): Pick<TokenSnapshot, 'name' | 'locationName' | 'orgName'> | undefined;
  };
  mailSettings: () => MailSettings;
  openMailer: (settings: MailSettings) => Promise<Pick<Mailer, 'send' | 'close'>>;
  events: Pick<EventHub, 'emit'>;
  log?: (message: string) => void;
}

export interface InvitationServices {
  invitations: InvitationService;
  /** The `mail:sendInvitations` job, for the task runner. */
  job: Job;
  /** Hands over the runner, once it is built. */
  attach(tasks: Pick<TaskRunner, 'start'>): void;
  /** Resumes the batches a stop cut short; call once tokens can be used (the vault is open). */
  resumeUnfinished(): Promise<void>;
  /** Before the runner closes: a batch stopped from now on is left for the next start. */
  closing(): void;
  close(): Promise<void>;
}

/**
 * The invitation journal, its batched `invitations:changed` events, Send / Resend and the
 * mail batch job, composed for the host. The job exists before the runner (the runner takes
 * its jobs when built); the service gets the runner in `start`.
 */
export const createInvitationServices = async (
  options: InvitationServicesOptions,
): Promise<InvitationServices> => {
  const journal = new InvitationJournal(options.dataDir, options.log);
  await journal.load();
  const changes = new InvitationChanges((invitations) =>
    options.events.emit('invitations:changed', { invitations }),
  );
  const offChanges = journal.onChange((records) => changes.add(records));
  let closing = false;
  // The runner is built after its jobs (this one among them); it is handed over in `start`.
  let runner: Pick<TaskRunner, 'start'> | undefined;
  const invitations = new InvitationService({
    journal,
    tokens: options.tokens,
    tasks: {
      start: (request) => {
        if (!runner) throw new Error('The invitation services have not started');
        return runner.start(request);
      },
    },
  });
  const job = sendInvitationsJob({
    journal,
    tokens: options.tokens,
    mailSettings: options.mailSettings,
    openMailer: options.openMailer,
    closing: () => closing,
  });
  return {
    invitations,
    job,
    attach: (tasks) => {
      runner = tasks;
    },
    resumeUnfinished: async () => {
      await invitations.resumeUnfinished();
    },
    closing: () => {
      closing = true;
    },
    close: async () => {
      offChanges();
      await journal.flush();
      changes.flush();
    },
  };
};

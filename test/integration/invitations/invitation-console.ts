import { expect } from 'vitest';
import type { InvitationPage, InvitationRecipient } from '../../../shared/domain/invitations';
import { DEFAULT_MAIL_SETTINGS, type MailSettings } from '../../../shared/domain/mail';
import type { TaskSnapshot } from '../../../shared/domain/tasks';
import type { TokenSnapshot } from '../../../shared/domain/tokens';
import type { RunningSandbox } from '../../../electron/sandbox/index';
import type { HostOptions } from '../../../electron/host/host';
import { FAST_TIMEOUTS } from '../mail/smtp-fixture';
import { startTestSandbox } from '../vpp/sandbox-fixture';
import {
  addToken,
  keychainOptions,
  startTokenConsole,
  type TokenConsole,
} from '../tokens/token-console';

/** Retries without real waiting, so a 4xx test stays quick. */
export const FAST_MAIL: NonNullable<HostOptions['mail']> = {
  transport: { timeouts: FAST_TIMEOUTS },
  mailer: { retry: { attempts: 3, baseDelayMs: 20, maxDelayMs: 50 } },
  diagnoseTimeoutMs: 3_000,
};

export interface InvitationConsole {
  sandbox: RunningSandbox;
  console: TokenConsole;
  token: TokenSnapshot;
  close(): Promise<void>;
}

/** A host with the demo token of a test sandbox, its vault in the (fake) keychain. */
export const startInvitationConsole = async (
  options: Partial<HostOptions> = {},
): Promise<InvitationConsole> => {
  const sandbox = await startTestSandbox();
  const console = await startTokenConsole(sandbox, {
    ...keychainOptions(),
    mail: FAST_MAIL,
    ...options,
  });
  const token = await addToken(console, sandbox.tokens.demo, 'Hoofdgebouw');
  return {
    sandbox,
    console,
    token,
    close: async () => {
      await console.close();
      await sandbox.close();
    },
  };
};

export const recipient = (
  n: number,
  overrides: Partial<InvitationRecipient> = {},
): InvitationRecipient => ({
  userId: `user-${n}`,
  clientUserId: `client-${n}`,
  fullName: `Leerling ${n}`,
  email: `leerling${n}@regenboog.example`,
  language: n % 2 ? 'nl' : 'en',
  inviteCode: `code${String(n).padStart(4, '0')}`,
  ...overrides,
});

export const smtpSettings = (
  port: number,
  smtp: Partial<MailSettings['smtp']> = {},
): MailSettings => ({
  ...DEFAULT_MAIL_SETTINGS,
  mode: 'smtp',
  smtp: { host: '127.0.0.1', port, security: 'none', relayThroughIsp: false, ...smtp },
  sender: { address: 'uitnodigingen@regenboog.example', name: 'Basisschool De Regenboog' },
});

export const useMail = (console: TokenConsole, mail: MailSettings) =>
  console.call('settings:update', { mail });

/** Resolves with the task's final snapshot, as the host announced it. */
export const finishedTask = async (console: TokenConsole, id: string): Promise<TaskSnapshot> => {
  let final: TaskSnapshot | undefined;
  await expect
    .poll(
      () => {
        final = console.events
          .filter((entry) => entry.event === 'tasks:changed')
          .map((entry) => entry.payload as TaskSnapshot)
          .find((task) => task.id === id && task.finishedAt !== null);
        return final !== undefined;
      },
      { timeout: 20_000, interval: 20 },
    )
    .toBe(true);
  return final!;
};

export const sendAndWait = async (
  console: TokenConsole,
  request: { tokenId: string; recipients: InvitationRecipient[]; targetName?: string },
) => {
  const batch = await console.call<{ task: TaskSnapshot; invitations: number }>(
    'invitations:send',
    { targetName: 'Groep 7B', ...request },
  );
  return { batch, task: await finishedTask(console, batch.task.id) };
};

export const invitationsOf = (console: TokenConsole) =>
  console.call<InvitationPage>('invitations:list', { offset: 0, limit: 5_000 });

import type { AppError } from '../host/app-error';
import type { MailSettings } from '../../shared/domain/mail';
import type { OutgoingMail } from './invitation-message';
import { fromNodemailerError, mailErrors, type MailErrors } from './mail-errors';
import { defaultSleep } from '../vpp/sleep';
import {
  createSmtpTransport,
  endpointFromSettings,
  type SmtpEndpoint,
  type SmtpTransport,
  type TransportOptions,
} from './transport';

export type SendStatus = 'sent' | 'failed' | 'notSent';

/** What happened to one message; `notSent` when the batch was cancelled or stopped first. */
export interface SendResult {
  id: string;
  to: string;
  status: SendStatus;
  attempts: number;
  /** The server's last reply (for `sent`, its queue id line). */
  response?: string;
  error?: { code: string; message: string; params?: Record<string, string | number> };
}

export interface SendProgress {
  sent: number;
  failed: number;
  left: number;
}

export interface RetryPolicy {
  /** Tries per message in all, the first included. */
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

/** 4xx (greylisting, a full queue) usually clears within a minute. */
export const DEFAULT_RETRY: RetryPolicy = { attempts: 4, baseDelayMs: 2_000, maxDelayMs: 30_000 };

/** Messages handed to the pool at once by default: what a crash can leave in flight. */
export const MAIL_DEFAULT_IN_FLIGHT = 20;

export interface MailerOptions {
  retry?: Partial<RetryPolicy>;
  /** Messages handed to the pool at once; the pool itself keeps `maxConnections` busy. */
  inFlight?: number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export interface SendOptions {
  signal?: AbortSignal;
  onProgress?: (progress: SendProgress) => void;
  /** Just before a message goes to the server (first attempt): the journal marks it `sending`. */
  onStart?: (message: OutgoingMail) => void;
  /** As soon as a message has its final result, so it can be recorded before the batch ends. */
  onResult?: (result: SendResult) => void;
}

type Outcome =
  | { kind: 'sent'; response?: string }
  | { kind: 'retry'; error: AppError; response?: string }
  | { kind: 'failed'; error: AppError; response?: string }
  /** The server or the settings are at fault: every other message would fail the same way. */
  | { kind: 'fatal'; error: AppError; response?: string; retryable: boolean };

const FATAL_CODES = new Set([
  'mail.unknownHost',
  'mail.certificateNotTrusted',
  'mail.authRefused',
  'mail.tlsMismatch',
  'mail.starttlsRequired',
  'mail.senderRefused',
]);

/**
 * Sends a batch over one pooled transport and reports per message: a 4xx reply (or a dropped
 * connection) is retried with exponential backoff up to `attempts`; a 5xx for a recipient
 * fails that message with the server's words while the others go on; a failure that every
 * message would share (bad login, untrusted certificate, sender refused) stops the batch.
 */
export class Mailer {
  readonly #transport: SmtpTransport;
  readonly #errors: MailErrors;
  readonly #sender: string;
  readonly #retry: RetryPolicy;
  readonly #inFlight: number;
  readonly #sleep: (ms: number, signal?: AbortSignal) => Promise<void>;

  constructor(
    transport: SmtpTransport,
    context: { endpoint: SmtpEndpoint; sender: string },
    options: MailerOptions = {},
  ) {
    this.#transport = transport;
    this.#errors = mailErrors(context.endpoint);
    this.#sender = context.sender;
    this.#retry = { ...DEFAULT_RETRY, ...options.retry };
    this.#inFlight = Math.max(1, options.inFlight ?? MAIL_DEFAULT_IN_FLIGHT);
    this.#sleep = options.sleep ?? defaultSleep;
  }

  async send(messages: readonly OutgoingMail[], options: SendOptions = {}): Promise<SendResult[]> {
    const { signal, onProgress, onStart, onResult } = options;
    const results: SendResult[] = new Array(messages.length);
    const progress: SendProgress = { sent: 0, failed: 0, left: messages.length };
    let next = 0;
    let stopped: { error: AppError } | undefined;

    const settle = (index: number, result: SendResult) => {
      results[index] = result;
      progress.left -= 1;
      if (result.status === 'sent') progress.sent += 1;
      else if (result.status === 'failed') progress.failed += 1;
      onResult?.(result);
      onProgress?.({ ...progress });
    };

    const worker = async () => {
      while (next < messages.length && !signal?.aborted && !stopped) {
        const index = next++;
        onStart?.(messages[index]!);
        settle(
          index,
          await this.#sendOne(messages[index]!, signal, (error) => (stopped = { error })),
        );
      }
    };
    await Promise.all(
      Array.from({ length: Math.min(this.#inFlight, messages.length) }, () => worker()),
    );

    // Whatever was never started: cancelled, or stopped by a failure they would all share.
    for (let index = 0; index < messages.length; index++) {
      if (results[index]) continue;
      const message = messages[index]!;
      settle(
        index,
        stopped
          ? {
              id: message.id,
              to: message.to,
              status: 'failed',
              attempts: 0,
              error: info(stopped.error),
            }
          : { id: message.id, to: message.to, status: 'notSent', attempts: 0 },
      );
    }
    return results;
  }

  close(): void {
    this.#transport.close();
  }

  async #sendOne(
    message: OutgoingMail,
    signal: AbortSignal | undefined,
    stop: (error: AppError) => void,
  ): Promise<SendResult> {
    const base = { id: message.id, to: message.to };
    for (let attempt = 1; ; attempt++) {
      const outcome = await this.#attempt(message);
      if (outcome.kind === 'sent') {
        return { ...base, status: 'sent', attempts: attempt, response: outcome.response };
      }
      const retryable = outcome.kind === 'retry' || (outcome.kind === 'fatal' && outcome.retryable);
      if (!retryable || attempt >= this.#retry.attempts) {
        if (outcome.kind === 'fatal') stop(outcome.error);
        return {
          ...base,
          status: 'failed',
          attempts: attempt,
          ...(outcome.response ? { response: outcome.response } : {}),
          error: info(outcome.error),
        };
      }
      const delay = Math.min(
        this.#retry.maxDelayMs,
        this.#retry.baseDelayMs * 2 ** (attempt - 1) * (0.75 + Math.random() * 0.5),
      );
      try {
        await this.#sleep(delay, signal);
      } catch {
        return { ...base, status: 'notSent', attempts: attempt, error: info(outcome.error) };
      }
    }
  }

  async #attempt(message: OutgoingMail): Promise<Outcome> {
    try {
      const info = await this.#transport.sendMail(message.options);
      const rejected = info.rejected ?? [];
      if (rejected.length > 0) {
        // One recipient per invitation: a partial acceptance cannot happen, but say so if it does.
        return { kind: 'failed', error: this.#errors.recipientRefused(rejected.join(', ')) };
      }
      return { kind: 'sent', response: info.response };
    } catch (caught) {
      const failure = (caught ?? {}) as {
        responseCode?: number;
        response?: string;
        permanent?: boolean;
        rejectedErrors?: { responseCode?: number; response?: string }[];
      };
      // An all-recipients RCPT refusal arrives as EENVELOPE with the per-recipient replies.
      const replyOf = failure.rejectedErrors?.[0] ?? failure;
      const responseCode = replyOf.responseCode ?? failure.responseCode;
      const response = replyOf.response ?? failure.response;
      const error = fromNodemailerError(
        { ...(caught as object), responseCode, response },
        this.#errors,
        { sender: this.#sender, recipient: message.to },
      );
      const withReply = response ? { response } : {};
      if (responseCode && responseCode >= 400 && responseCode < 500) {
        return { kind: 'retry', error, ...withReply };
      }
      if (FATAL_CODES.has(error.code))
        return { kind: 'fatal', error, retryable: false, ...withReply };
      if (responseCode && responseCode >= 500) return { kind: 'failed', error, ...withReply };
      // No reply at all: the connection failed. Worth a retry; if it persists, so would the rest.
      return { kind: 'fatal', error, retryable: true, ...withReply };
    }
  }
}

const info = (error: AppError): NonNullable<SendResult['error']> => ({
  code: error.code,
  message: error.message,
  ...(error.params ? { params: error.params } : {}),
});

export interface CreateMailerDeps {
  /** The catcher's loopback address, when mode is `catcher` (the catcher must be running). */
  catcher?: { host: string; port: number };
  /** From the vault (`mail:password`), when the settings name a user. */
  password?: string;
  transport?: TransportOptions;
  tls?: SmtpEndpoint['tls'];
  mailer?: MailerOptions;
}

/** The endpoint the settings point at: the embedded catcher, or the school's server (or its relay). */
export const endpointFor = (settings: MailSettings, deps: CreateMailerDeps): SmtpEndpoint => {
  if (settings.mode === 'catcher') {
    if (!deps.catcher) throw new Error('The mail catcher is not running');
    return { host: deps.catcher.host, port: deps.catcher.port, security: 'none' };
  }
  return {
    ...endpointFromSettings(settings.smtp, deps.password),
    ...(deps.tls ? { tls: deps.tls } : {}),
  };
};

export const createMailer = (settings: MailSettings, deps: CreateMailerDeps = {}): Mailer => {
  const endpoint = endpointFor(settings, deps);
  return new Mailer(
    createSmtpTransport(endpoint, deps.transport),
    { endpoint, sender: settings.sender.address },
    deps.mailer,
  );
};

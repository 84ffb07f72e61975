import { lookup } from 'node:dns/promises';
import { connect as connectPlain, isIP } from 'node:net';
import { connect as connectTls, type ConnectionOptions } from 'node:tls';
import { isMailAddress } from '../../shared/domain/mail';
import { AppError } from '../host/app-error';
import { DialogueTimeout, SmtpDialogue, type SmtpReply } from './smtp-dialogue';
import { mailErrors, isCertificateError, isTlsProtocolError } from './mail-errors';
import type { SmtpEndpoint } from './transport';

export interface DiagnoseOptions {
  /** The sender's address, tried with MAIL FROM (then RSET: nothing is sent). */
  sender: string;
  /** Per step; Test Connection should answer well within a minute. */
  timeoutMs?: number;
  clientName?: string;
  signal?: AbortSignal;
}

export interface MailDiagnosis {
  host: string;
  port: number;
  /** The conversation so far, in plain words, for the Test Connection sheet. */
  steps: string[];
  secure: boolean;
  authenticated: boolean;
}

const DEFAULT_STEP_TIMEOUT_MS = 10_000;

/**
 * Test Connection: connect, EHLO, STARTTLS or TLS, AUTH when a user is set, then MAIL FROM the
 * sender and RSET. Resolves with what went well, or throws one AppError (`mail.*`) saying what
 * went wrong in words an admin can act on. The password never appears in a message.
 */
export const diagnoseSmtp = async (
  endpoint: SmtpEndpoint,
  options: DiagnoseOptions,
): Promise<MailDiagnosis> => {
  const timeoutMs = options.timeoutMs ?? DEFAULT_STEP_TIMEOUT_MS;
  const errors = mailErrors(endpoint);
  const steps: string[] = [];
  const signal = options.signal;
  signal?.throwIfAborted();
  if (!isMailAddress(options.sender)) throw errors.senderRefused(options.sender);

  const address = await resolve(endpoint.host, timeoutMs, errors);
  const servername = isIP(endpoint.host) ? undefined : endpoint.host;
  const tls: ConnectionOptions = {
    ...endpoint.tls,
    ...(servername ? { servername } : {}),
    rejectUnauthorized: true,
  };

  let dialogue: SmtpDialogue;
  try {
    dialogue = await SmtpDialogue.open({
      address,
      port: endpoint.port,
      implicitTls: endpoint.security === 'tls',
      tls,
      connectTimeoutMs: timeoutMs,
      replyTimeoutMs: timeoutMs,
    });
  } catch (error) {
    throw connectFailure(error, endpoint, errors);
  }
  const onAbort = () => dialogue.close();
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    steps.push(
      `Connected to ${endpoint.host} on port ${endpoint.port}${endpoint.security === 'tls' ? ' over TLS' : ''}.`,
    );
    const greeting = await dialogue.reply('the greeting').catch(async (error: unknown) => {
      if (error instanceof DialogueTimeout && endpoint.security !== 'tls') {
        // A server that waits in silence may be expecting a TLS handshake first.
        if (await speaksTls(address, endpoint.port, tls, timeoutMs)) throw errors.expectsTls();
      }
      throw stepFailure(error, errors);
    });
    if (greeting.code !== 220) throw errors.refusedAtGreeting(greeting.text);

    let extensions = await ehlo(dialogue, options.clientName, errors);
    if (endpoint.security === 'starttls') {
      if (!extensions.has('STARTTLS')) throw errors.noStarttls();
      const ready = await dialogue.command('STARTTLS').catch((error: unknown) => {
        throw stepFailure(error, errors);
      });
      if (ready.code !== 220) throw errors.noStarttls(ready.text);
      await dialogue.startTls(tls, timeoutMs).catch((error: unknown) => {
        throw tlsFailure(error, errors);
      });
      steps.push('Switched to an encrypted connection (STARTTLS).');
      extensions = await ehlo(dialogue, options.clientName, errors);
    }

    let authenticated = false;
    if (endpoint.user) {
      await authenticate(dialogue, extensions, endpoint, errors);
      authenticated = true;
      steps.push(`Logged in as ${endpoint.user}.`);
    }

    const mailFrom = await dialogue
      .command(`MAIL FROM:<${options.sender}>`, 'the answer to MAIL FROM')
      .catch((error: unknown) => {
        throw stepFailure(error, errors);
      });
    if (mailFrom.code !== 250) {
      if (asksForTls(mailFrom)) throw errors.starttlsRequired(mailFrom.text);
      if (mailFrom.code === 530) throw errors.authRequired(mailFrom.text);
      throw errors.senderRefused(options.sender, mailFrom.text);
    }
    steps.push(`The server accepts mail from ${options.sender}.`);
    await dialogue.command('RSET').catch(() => undefined);
    return {
      host: endpoint.host,
      port: endpoint.port,
      steps,
      secure: dialogue.secure,
      authenticated,
    };
  } catch (error) {
    signal?.throwIfAborted();
    throw error;
  } finally {
    signal?.removeEventListener('abort', onAbort);
    dialogue.quit();
  }
};

const resolve = async (
  host: string,
  timeoutMs: number,
  errors: ReturnType<typeof mailErrors>,
): Promise<string> => {
  if (isIP(host)) return host;
  let timer: NodeJS.Timeout | undefined;
  try {
    const found = await Promise.race([
      lookup(host),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new DialogueTimeout('the name lookup')), timeoutMs);
      }),
    ]);
    return found.address;
  } catch (error) {
    if (error instanceof DialogueTimeout) throw errors.timeout('looking up the server’s name');
    throw errors.unknownHost();
  } finally {
    clearTimeout(timer);
  }
};

const ehlo = async (
  dialogue: SmtpDialogue,
  clientName: string | undefined,
  errors: ReturnType<typeof mailErrors>,
): Promise<Set<string>> => {
  const name = clientName ?? 'vpp-console.local';
  try {
    const reply = await dialogue.command(`EHLO ${name}`);
    if (reply.code === 250) {
      return new Set(reply.lines.slice(1).map((line) => line.slice(4).trim().toUpperCase()));
    }
    const helo = await dialogue.command(`HELO ${name}`);
    if (helo.code !== 250) throw errors.refusedAtGreeting(helo.text);
    return new Set();
  } catch (error) {
    throw stepFailure(error, errors);
  }
};

const authenticate = async (
  dialogue: SmtpDialogue,
  extensions: Set<string>,
  endpoint: SmtpEndpoint,
  errors: ReturnType<typeof mailErrors>,
): Promise<void> => {
  const mechanisms = new Set(
    [...extensions]
      .filter((line) => line.startsWith('AUTH ') || line.startsWith('AUTH='))
      .flatMap((line) => line.slice(5).split(/\s+/)),
  );
  if (!mechanisms.has('PLAIN') && !mechanisms.has('LOGIN')) {
    // Many servers offer AUTH only once the connection is encrypted.
    if (!dialogue.secure && extensions.has('STARTTLS')) throw errors.starttlsRequired();
    throw errors.noLogin();
  }
  const user = endpoint.user ?? '';
  const password = endpoint.password ?? '';
  const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
  const send = (line: string) =>
    dialogue.command(line, 'the answer to the login').catch((error: unknown) => {
      throw stepFailure(error, errors);
    });
  let reply: SmtpReply;
  if (mechanisms.has('PLAIN')) {
    reply = await send(`AUTH PLAIN ${base64(`\u0000${user}\u0000${password}`)}`);
  } else {
    reply = await send('AUTH LOGIN');
    if (reply.code === 334) reply = await send(base64(user));
    if (reply.code === 334) reply = await send(base64(password));
  }
  if (reply.code === 235) return;
  if (asksForTls(reply)) throw errors.starttlsRequired(errors.redact(reply.text));
  throw errors.authRefused(errors.redact(reply.text));
};

/** 530 "Must issue a STARTTLS command first", 538 "Encryption required" and the like. */
const asksForTls = (reply: SmtpReply): boolean =>
  (reply.code === 530 || reply.code === 538 || reply.code === 523) &&
  /starttls|tls|encrypt|secure/i.test(reply.text);

/** Does the port complete (or at least begin) a TLS handshake? A certificate error says yes. */
const speaksTls = (
  address: string,
  port: number,
  tls: ConnectionOptions,
  timeoutMs: number,
): Promise<boolean> =>
  new Promise((resolve) => {
    // Our own TCP socket under the TLS one, so a handshake cut short really closes it.
    const raw = connectPlain({ host: address, port });
    const socket = connectTls({ ...tls, socket: raw });
    const done = (answer: boolean) => {
      clearTimeout(timer);
      socket.destroy();
      raw.destroy();
      resolve(answer);
    };
    raw.once('error', () => done(false));
    const timer = setTimeout(() => done(false), timeoutMs);
    socket.once('secureConnect', () => done(true));
    socket.once('error', (error) => done(isCertificateError(error)));
  });

const connectFailure = (
  error: unknown,
  endpoint: SmtpEndpoint,
  errors: ReturnType<typeof mailErrors>,
): AppError => {
  if (error instanceof DialogueTimeout) return errors.timeout('connecting');
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ECONNREFUSED' || code === 'EHOSTUNREACH' || code === 'ENETUNREACH') {
    return errors.portBlocked();
  }
  if (endpoint.security === 'tls') return tlsFailure(error, errors);
  return errors.connectionLost(error);
};

const tlsFailure = (error: unknown, errors: ReturnType<typeof mailErrors>): AppError => {
  if (error instanceof AppError) return error;
  if (error instanceof DialogueTimeout) return errors.timeout('setting up encryption');
  if (isCertificateError(error)) return errors.certificateNotTrusted(error);
  if (isTlsProtocolError(error)) return errors.notTls();
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ECONNREFUSED') return errors.portBlocked();
  return errors.notTls();
};

const stepFailure = (error: unknown, errors: ReturnType<typeof mailErrors>): AppError => {
  if (error instanceof AppError) return error;
  if (error instanceof DialogueTimeout) return errors.timeout(`waiting for ${error.waitingFor}`);
  return errors.connectionLost(error);
};

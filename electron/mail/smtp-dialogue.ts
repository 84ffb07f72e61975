import { connect as connectPlain, type Socket } from 'node:net';
import { connect as connectTls, type ConnectionOptions, type TLSSocket } from 'node:tls';

/** One SMTP reply: `250-first` … `250 last` joined. */
export interface SmtpReply {
  code: number;
  lines: string[];
  text: string;
}

/** A reply that did not arrive in time; the connection is closed when it is thrown. */
export class DialogueTimeout extends Error {
  constructor(readonly waitingFor: string) {
    super(`Timed out waiting for ${waitingFor}`);
    this.name = 'DialogueTimeout';
  }
}

const MAX_REPLY_BYTES = 64 * 1024;

/**
 * A bare SMTP client that speaks one command at a time, so Test Connection knows exactly which
 * step failed (nodemailer's transport folds MAIL FROM into a whole send). Used only for
 * diagnosis; mail goes out through nodemailer.
 */
export class SmtpDialogue {
  #socket: Socket | TLSSocket;
  #buffer = '';
  #lines: string[] = [];
  #waiter?: { resolve: (reply: SmtpReply) => void; reject: (error: Error) => void };
  #failure?: Error;
  readonly #replyTimeoutMs: number;

  private constructor(socket: Socket | TLSSocket, replyTimeoutMs: number) {
    this.#socket = socket;
    this.#replyTimeoutMs = replyTimeoutMs;
    this.#listen(socket);
  }

  /** Connects (plain or TLS from the first byte) and resolves once the socket is up. */
  static open(options: {
    address: string;
    port: number;
    implicitTls: boolean;
    tls: ConnectionOptions;
    connectTimeoutMs: number;
    replyTimeoutMs: number;
  }): Promise<SmtpDialogue> {
    return new Promise((resolve, reject) => {
      const socket = options.implicitTls
        ? connectTls({ ...options.tls, host: options.address, port: options.port })
        : connectPlain({ host: options.address, port: options.port });
      const timer = setTimeout(() => {
        socket.destroy();
        reject(new DialogueTimeout('the connection'));
      }, options.connectTimeoutMs);
      const fail = (error: Error) => {
        clearTimeout(timer);
        socket.destroy();
        reject(error);
      };
      socket.once('error', fail);
      socket.once(options.implicitTls ? 'secureConnect' : 'connect', () => {
        clearTimeout(timer);
        socket.off('error', fail);
        resolve(new SmtpDialogue(socket, options.replyTimeoutMs));
      });
    });
  }

  /** The next complete reply (the greeting first). */
  reply(waitingFor = 'the server’s reply'): Promise<SmtpReply> {
    if (this.#failure) return Promise.reject(this.#failure);
    const ready = this.#takeReply();
    if (ready) return Promise.resolve(ready);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#waiter = undefined;
        this.close();
        reject(new DialogueTimeout(waitingFor));
      }, this.#replyTimeoutMs);
      this.#waiter = {
        resolve: (reply) => {
          clearTimeout(timer);
          resolve(reply);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      };
    });
  }

  command(line: string, waitingFor?: string): Promise<SmtpReply> {
    if (/[\r\n]/.test(line)) throw new Error('An SMTP command is one line');
    this.#socket.write(`${line}\r\n`);
    return this.reply(waitingFor);
  }

  /** Upgrades after a 220 to STARTTLS; rejects with the TLS error (certificate or protocol). */
  startTls(tls: ConnectionOptions, timeoutMs: number): Promise<void> {
    const plain = this.#socket;
    plain.removeAllListeners('data');
    plain.removeAllListeners('error');
    plain.removeAllListeners('close');
    return new Promise((resolve, reject) => {
      const secure = connectTls({ ...tls, socket: plain });
      const timer = setTimeout(() => {
        secure.destroy();
        reject(new DialogueTimeout('the TLS handshake'));
      }, timeoutMs);
      secure.once('error', (error) => {
        clearTimeout(timer);
        secure.destroy();
        reject(error);
      });
      secure.once('secureConnect', () => {
        clearTimeout(timer);
        secure.removeAllListeners('error');
        this.#socket = secure;
        this.#buffer = '';
        this.#lines = [];
        this.#listen(secure);
        resolve();
      });
    });
  }

  get secure(): boolean {
    return 'encrypted' in this.#socket && this.#socket.encrypted === true;
  }

  /** Says QUIT when it can, then closes; never throws. */
  quit(): void {
    if (!this.#failure && this.#socket.writable) this.#socket.end('QUIT\r\n');
    this.close();
  }

  close(): void {
    this.#socket.destroy();
  }

  #listen(socket: Socket | TLSSocket): void {
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      this.#buffer += chunk;
      if (this.#buffer.length > MAX_REPLY_BYTES) {
        this.#fail(new Error('The server sent an over-long reply'));
        return;
      }
      let end: number;
      while ((end = this.#buffer.indexOf('\n')) >= 0) {
        this.#lines.push(this.#buffer.slice(0, end).replace(/\r$/, ''));
        this.#buffer = this.#buffer.slice(end + 1);
      }
      const waiter = this.#waiter;
      if (!waiter) return;
      const reply = this.#takeReply();
      if (reply) {
        this.#waiter = undefined;
        waiter.resolve(reply);
      }
    });
    socket.on('error', (error) => this.#fail(error));
    socket.on('close', () => this.#fail(new Error('The server closed the connection')));
  }

  #fail(error: Error): void {
    this.#failure ??= error;
    const waiter = this.#waiter;
    this.#waiter = undefined;
    waiter?.reject(this.#failure);
    this.#socket.destroy();
  }

  /** A reply ends at the first line whose code is followed by a space (or nothing). */
  #takeReply(): SmtpReply | undefined {
    const last = this.#lines.findIndex((line) => /^\d{3}(?: |$)/.test(line));
    if (last < 0) return undefined;
    const lines = this.#lines.splice(0, last + 1);
    const code = Number(lines[last]!.slice(0, 3));
    const text = lines.map((line) => line.slice(4)).join(' ');
    return { code, lines, text: text.trim() };
  }
}

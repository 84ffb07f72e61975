import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** What the server received in one phase of the bench, counted by Message-ID. */
export class MessageTally {
  readonly byMessageId = new Map<string, number>();
  received = 0;

  add(messageId: string): void {
    this.received += 1;
    this.byMessageId.set(messageId, (this.byMessageId.get(messageId) ?? 0) + 1);
  }

  /** Of `expected`, how many never arrived, and how many arrivals were one too many. */
  compare(expected: readonly string[]): { lost: number; duplicated: number } {
    const lost = expected.filter((id) => !this.byMessageId.has(id)).length;
    return { lost, duplicated: this.received - this.byMessageId.size };
  }
}

export interface BenchSmtpServer {
  port: number;
  /** Where arrivals are counted from now on. */
  countInto(tally: MessageTally): void;
  close(): Promise<void>;
}

// Long ones are folded onto the next line ("Message-ID:\r\n <…>").
const MESSAGE_ID = /^message-id:\s*(<[^>\s]*>)/im;

/**
 * A plain loopback smtp-server that reads each message's header for its Message-ID and counts
 * it; the same work whichever client sends, so both runs meet the same server.
 */
export const startBenchSmtpServer = async (): Promise<BenchSmtpServer> => {
  let tally = new MessageTally();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    closeTimeout: 1_000,
    maxClients: 200,
    onData(stream, _session, callback) {
      let head = '';
      stream.on('data', (chunk: Buffer) => {
        if (head.length < 16_384 && !head.includes('\r\n\r\n')) head += chunk.toString('latin1');
      });
      stream.on('end', () => {
        tally.add(MESSAGE_ID.exec(head.split('\r\n\r\n')[0] ?? '')?.[1] ?? '');
        callback();
      });
    },
  });
  server.on('error', () => undefined);
  const port = await new Promise<number>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.server.address() as AddressInfo).port)),
  );
  return {
    port,
    countInto: (next) => (tally = next),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};

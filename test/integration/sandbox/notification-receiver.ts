import { generateKeyPairSync } from 'node:crypto';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import forge from 'node-forge';

export interface TlsIdentity {
  key: string;
  /** PEM; also what a test passes as the sandbox's `notificationCa`. */
  cert: string;
}

/** A self-signed certificate for 127.0.0.1, as a school's own webhook receiver might have. */
export const selfSignedIdentity = (): TlsIdentity => {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(publicKey);
  cert.serialNumber = forge.util.bytesToHex(forge.random.getBytesSync(8));
  cert.validity.notBefore = new Date(Date.now() - 60_000);
  cert.validity.notAfter = new Date(Date.now() + 24 * 3600_000);
  const name = [{ name: 'commonName', value: 'VPP Console test receiver' }];
  cert.setSubject(name);
  cert.setIssuer(name);
  cert.setExtensions([{ name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }] }]);
  cert.sign(forge.pki.privateKeyFromPem(privateKey), forge.md.sha256.create());
  return { key: privateKey, cert: forge.pki.certificateToPem(cert) };
};

export interface ReceivedNotification {
  authorization: string | undefined;
  contentType: string | undefined;
  // The webhook body is loosely typed JSON; tests read the fields they assert.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

/**
 * An MDM's webhook endpoint over real HTTPS on 127.0.0.1: records every POST and answers 200,
 * or the statuses queued with `answerNext` (0 = close the connection without an answer).
 */
export class NotificationReceiver {
  readonly received: ReceivedNotification[] = [];
  private readonly answers: number[] = [];

  private readonly server: Server;
  private origin = '';

  private constructor(identity: TlsIdentity) {
    this.server = createServer(identity, (req, res) => {
      let text = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => (text += chunk));
      req.on('end', () => {
        this.received.push({
          authorization: req.headers.authorization,
          contentType: req.headers['content-type'],
          body: JSON.parse(text),
        });
        const status = this.answers.shift() ?? 200;
        if (status === 0) return void req.socket.destroy();
        res.writeHead(status).end();
      });
    });
  }

  static async start(identity: TlsIdentity): Promise<NotificationReceiver> {
    const receiver = new NotificationReceiver(identity);
    await new Promise<void>((resolve) => receiver.server.listen(0, '127.0.0.1', resolve));
    receiver.origin = `https://127.0.0.1:${(receiver.server.address() as AddressInfo).port}`;
    return receiver;
  }

  get url(): string {
    return `${this.origin}/vpp/notify`;
  }

  answerNext(...statuses: number[]): void {
    this.answers.push(...statuses);
  }

  /** Forgets what arrived and any queued answers (between tests). */
  reset(): void {
    this.received.length = 0;
    this.answers.length = 0;
  }

  ofType(notificationType: string): ReceivedNotification['body'][] {
    return this.received
      .map((notification) => notification.body)
      .filter((body) => body.notificationType === notificationType);
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }
}

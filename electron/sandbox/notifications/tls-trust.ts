import { X509Certificate } from 'node:crypto';
import { Agent } from 'node:https';
import { rootCertificates } from 'node:tls';

const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

export class CaBundleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CaBundleError';
  }
}

/** The certificates of a PEM bundle; a sentence naming the problem when none is usable. */
export const parseCaBundle = (pem: string | Buffer): string[] => {
  const text = typeof pem === 'string' ? pem : pem.toString('utf8');
  const blocks = text.match(PEM_CERTIFICATE) ?? [];
  if (blocks.length === 0)
    throw new CaBundleError(
      'notificationCa must hold a PEM certificate ("-----BEGIN CERTIFICATE-----…").',
    );
  blocks.forEach((block, index) => {
    try {
      new X509Certificate(block);
    } catch {
      throw new CaBundleError(
        `notificationCa: certificate ${index + 1} is not a valid certificate.`,
      );
    }
  });
  return blocks;
};

/**
 * The HTTPS agent deliveries go through. Like Apple, the sandbox only talks to HTTPS receivers
 * with a certificate it trusts: the system's CAs, plus `extraCa` (a test's or a demo's
 * self-signed receiver). Verification is never switched off.
 */
export const notificationAgent = (extraCa?: string | Buffer): Agent =>
  new Agent({
    keepAlive: false,
    ...(extraCa !== undefined ? { ca: [...rootCertificates, ...parseCaBundle(extraCa)] } : {}),
  });

import { createSmtpTransport, type SmtpEndpoint } from '../../electron/mail/transport';
import type { OutgoingMail } from '../../electron/mail';

/**
 * The floor: the same rendered messages through a bare pooled nodemailer transport (the
 * console's pool options), all handed over at once, no journal, no per-message bookkeeping.
 * Resolves with the seconds it took and how many the server refused.
 */
export const sendBare = async (
  endpoint: SmtpEndpoint,
  messages: readonly OutgoingMail[],
  connections: number,
): Promise<{ seconds: number; refused: number }> => {
  const transport = createSmtpTransport(endpoint, { maxConnections: connections });
  try {
    const started = performance.now();
    const outcomes = await Promise.allSettled(
      messages.map((message) => transport.sendMail(message.options)),
    );
    const seconds = (performance.now() - started) / 1000;
    return { seconds, refused: outcomes.filter((o) => o.status === 'rejected').length };
  } finally {
    transport.close();
  }
};

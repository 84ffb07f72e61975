import { parseArgs } from 'node:util';

export interface MailBenchArgs {
  json: boolean;
  messages: number;
  /** The pool's connections, for the console's mailer and the bare baseline alike. */
  connections: number;
  keep: boolean;
}

export const mailUsage = `Usage: npm run bench:mail -- [--json] [--messages N] [--connections N] [--keep]
  --json           print the result as JSON, as the last line on stdout
  --messages N     invitations to send (5000)
  --connections N  SMTP connections in the pool, for both runs (5, the console's default)
  --keep           keep the temporary data folder (its path is printed)`;

const whole = (name: string, text: string, min: number, max: number): number => {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max)
    throw new Error(`--${name} must be a whole number from ${min} to ${max}, not "${text}".`);
  return value;
};

/** Throws an Error with a one-line reason for a bad flag. */
export const parseMailBenchArgs = (argv: readonly string[]): MailBenchArgs | 'help' => {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      json: { type: 'boolean', default: false },
      messages: { type: 'string', default: '5000' },
      connections: { type: 'string', default: '5' },
      keep: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return 'help';
  return {
    json: values.json,
    messages: whole('messages', values.messages, 1, 50_000),
    connections: whole('connections', values.connections, 1, 50),
    keep: values.keep,
  };
};

import { createHash } from 'node:crypto';
import { DAY_MS, formatAppleDate } from './dates';
import { encodeContentToken } from './token-codec';
import type { LocationKey } from '../state/location';

export type TokenName = 'demo' | 'expiringSoon' | 'expired' | 'revoked' | 'otherMdm';

export const TOKEN_NAMES: readonly TokenName[] = [
  'demo',
  'expiringSoon',
  'expired',
  'revoked',
  'otherMdm',
];

export const TOKEN_FILE_NAMES: Readonly<Record<TokenName, string>> = {
  demo: 'demo.vpptoken',
  expiringSoon: 'expiring-soon.vpptoken',
  expired: 'expired.vpptoken',
  revoked: 'revoked.vpptoken',
  otherMdm: 'other-mdm.vpptoken',
};

/** Which location each token opens, and how long it is valid from the sandbox's start. */
const TOKEN_PLAN: Readonly<
  Record<TokenName, { location: LocationKey; validDays: number; revoked: boolean }>
> = {
  demo: { location: 'demo', validDays: 365, revoked: false },
  expiringSoon: { location: 'expiringSoon', validDays: 10, revoked: false },
  expired: { location: 'demo', validDays: -5, revoked: false },
  revoked: { location: 'demo', validDays: 300, revoked: true },
  otherMdm: { location: 'otherMdm', validDays: 365, revoked: false },
};

export interface IssuedToken {
  name: TokenName;
  location: LocationKey;
  expiresAt: Date;
  revoked: boolean;
  /** The whole file content: what a client sends as the Bearer value. */
  fileContent: string;
}

/**
 * The sandbox's content tokens, known by their inner secret. Secrets are derived from the seed
 * name, so a token saved by the console keeps working after the sandbox restarts; its validity
 * is always counted from this start.
 */
export class TokenRegistry {
  private readonly bySecret = new Map<string, IssuedToken>();
  private readonly byName = new Map<TokenName, IssuedToken>();

  constructor(seed: string, orgName: string, startedAt: Date) {
    for (const name of TOKEN_NAMES) {
      const plan = TOKEN_PLAN[name];
      const secret = createHash('sha256').update(`vpp-sandbox:${seed}:${name}`).digest('base64');
      const expiresAt = new Date(startedAt.getTime() + plan.validDays * DAY_MS);
      const fileContent = encodeContentToken({
        token: secret,
        expDate: formatAppleDate(expiresAt),
        orgName,
      });
      const issued: IssuedToken = {
        name,
        location: plan.location,
        expiresAt,
        revoked: plan.revoked,
        fileContent,
      };
      this.bySecret.set(secret, issued);
      this.byName.set(name, issued);
    }
  }

  findBySecret(secret: string): IssuedToken | undefined {
    return this.bySecret.get(secret);
  }

  get(name: TokenName): IssuedToken {
    return this.byName.get(name)!;
  }

  /** As when the school downloads a new token in Apple School Manager: the old one stops. */
  revoke(name: TokenName): void {
    this.get(name).revoked = true;
  }

  fileContents(): Record<TokenName, string> {
    return Object.fromEntries(
      TOKEN_NAMES.map((name) => [name, this.get(name).fileContent]),
    ) as Record<TokenName, string>;
  }
}

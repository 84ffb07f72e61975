import { useEffect, useState } from 'react';
import type { TokenHealth } from '../../../shared/domain/tokens';
import type { TokenRow } from '../../db/types';

const DAY = 24 * 60 * 60_000;

/** The console warns this many days ahead (TOKEN_WARNING_DAYS' first step). */
export const EXPIRY_WARNING_DAYS = 30;

/** Days left until the token expires, rounded up (1 on its last day); 0 or less once past. */
export const daysLeft = (token: Pick<TokenRow, 'expiresAt'>, now: number): number =>
  Math.ceil((Date.parse(token.expiresAt) - now) / DAY);

/**
 * The token's health as of `now`: main's word, and the date's where main hasn't caught up yet
 * (a console left open over the expiry day).
 */
export const healthAt = (token: TokenRow, now: number): TokenHealth => {
  if (token.health === 'revoked' || token.health === 'expired') return token.health;
  const days = daysLeft(token, now);
  if (days <= 0) return 'expired';
  if (token.health === 'expiringSoon' || days <= EXPIRY_WARNING_DAYS) return 'expiringSoon';
  return 'ok';
};

/** Something about a token the admin should act on, for the banner (most urgent first). */
export type TokenProblemKind = 'expired' | 'revoked' | 'takenFromUs' | 'expiringSoon' | 'otherMdm';

export interface TokenProblem {
  kind: TokenProblemKind;
  token: TokenRow;
  days: number;
}

const rank: Record<TokenProblemKind, number> = {
  expired: 0,
  revoked: 0,
  takenFromUs: 1,
  expiringSoon: 2,
  otherMdm: 3,
};

/** One problem per token (its most urgent), most urgent token first. */
export const tokenProblems = (tokens: TokenRow[], now: number): TokenProblem[] =>
  tokens
    .flatMap((token): TokenProblem[] => {
      const health = healthAt(token, now);
      const days = daysLeft(token, now);
      const kind: TokenProblemKind | undefined =
        health === 'expired' || health === 'revoked'
          ? health
          : token.mdm.state === 'takenFromUs'
            ? 'takenFromUs'
            : health === 'expiringSoon'
              ? 'expiringSoon'
              : token.mdm.state === 'other'
                ? 'otherMdm'
                : undefined;
      return kind ? [{ kind, token, days }] : [];
    })
    .sort(
      (a, b) =>
        rank[a.kind] - rank[b.kind] || a.days - b.days || a.token.name.localeCompare(b.token.name),
    );

/** Whether another product manages the token's location (so Take Over… applies). */
export const managedElsewhere = (token: Pick<TokenRow, 'mdm'>) =>
  token.mdm.state === 'other' || token.mdm.state === 'takenFromUs';

/** The time, updated every minute, so "expires in N days" turns over while the console is open. */
export const useNow = (everyMs = 60_000): number => {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
};

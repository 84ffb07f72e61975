/**
 * The fault SPEC of `--faults` and `admin.setFaults()`: comma-separated rules, each a kind
 * followed by `:key=value` options, e.g.
 *   `503:times=2:retryAfter=1,slow:ms=1500:path=/users,drop:every=10,500:rate=0.1`
 * Kinds: 503 (9729 + Retry-After), 500 (9603 + Retry-After), 429 (9646), slow (delay, then
 * answer normally), drop (close the connection without an answer).
 * Options: times=N (only the next N matching requests), every=N (every Nth matching request),
 * rate=P (probability 0..1, from a seeded generator), path=/prefix (below /mdm/v2, e.g. /assets),
 * method=GET|POST, retryAfter=S (seconds; 503/500), ms=N (slow).
 */
export type FaultKind = '503' | '500' | '429' | 'slow' | 'drop';

export interface FaultRule {
  kind: FaultKind;
  times?: number;
  every: number;
  rate: number;
  path?: string;
  method?: 'GET' | 'POST';
  retryAfterSeconds: number;
  delayMs: number;
}

const KINDS: readonly FaultKind[] = ['503', '500', '429', 'slow', 'drop'];

export class FaultSpecError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FaultSpecError';
  }
}

const wholeNumber = (rule: string, key: string, value: string, min: number): number => {
  if (!/^\d+$/.test(value) || Number(value) < min)
    throw new FaultSpecError(
      `Fault "${rule}": ${key} must be a whole number ≥ ${min}, not "${value}".`,
    );
  return Number(value);
};

const parseRule = (text: string): FaultRule => {
  const [kind, ...options] = text.split(':').map((part) => part.trim());
  if (!KINDS.includes(kind as FaultKind))
    throw new FaultSpecError(`Fault "${text}": the kind must be one of ${KINDS.join(', ')}.`);
  const rule: FaultRule = {
    kind: kind as FaultKind,
    every: 1,
    rate: 1,
    retryAfterSeconds: 2,
    delayMs: 2000,
  };
  for (const option of options) {
    const [key, value = ''] = option.split('=').map((part) => part.trim());
    switch (key) {
      case 'times':
        rule.times = wholeNumber(text, key, value, 1);
        break;
      case 'every':
        rule.every = wholeNumber(text, key, value, 1);
        break;
      case 'rate':
        rule.rate = Number(value);
        if (value === '' || !(rule.rate >= 0 && rule.rate <= 1))
          throw new FaultSpecError(
            `Fault "${text}": rate must be a number from 0 to 1, not "${value}".`,
          );
        break;
      case 'path':
        if (!value.startsWith('/'))
          throw new FaultSpecError(`Fault "${text}": path must start with "/", like path=/assets.`);
        rule.path = value.replace(/\/+$/, '') || '/';
        break;
      case 'method':
        if (value !== 'GET' && value !== 'POST')
          throw new FaultSpecError(`Fault "${text}": method must be GET or POST, not "${value}".`);
        rule.method = value;
        break;
      case 'retryAfter':
        rule.retryAfterSeconds = wholeNumber(text, key, value, 0);
        break;
      case 'ms':
        rule.delayMs = wholeNumber(text, key, value, 0);
        break;
      default:
        throw new FaultSpecError(
          `Fault "${text}": unknown option "${key}" (use times, every, rate, path, method, retryAfter, ms).`,
        );
    }
  }
  return rule;
};

/** Parses a SPEC; an empty string or "none" means no faults. */
export const parseFaultSpec = (spec: string): FaultRule[] => {
  const trimmed = spec.trim();
  if (trimmed === '' || trimmed === 'none') return [];
  return trimmed.split(',').map((rule) => {
    if (rule.trim() === '') throw new FaultSpecError(`The fault spec "${spec}" has an empty rule.`);
    return parseRule(rule.trim());
  });
};

/**
 * The fault SPEC of `--faults` and `admin.setFaults()`: comma-separated rules, each a kind
 * followed by `:key=value` options, e.g.
 *   `503:times=2:retryAfter=1,slow:ms=1500:path=/users,drop:every=10,500:rate=0.1`
 * Kinds: 503 (9729 + Retry-After), 500 (9603 + Retry-After), 429 (9646), slow (delay, then
 * answer normally), drop (close the connection without an answer).
 * Options: times=N (only the next N matching requests), every=N (every Nth matching request),
 * rate=P (probability 0..1, from a seeded generator), path=/prefix (below /mdm/v2, e.g. /assets),
 * method=GET|POST, retryAfter=S (seconds; 503/500), ms=N (slow).
 * Bounded (FAULT_BOUNDS, MAX_SPEC_LENGTH, MAX_RULES); anything outside is a FaultSpecError.
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

/**
 * Bounds that keep a typo from wedging the sandbox (a slow rule of a day, a Retry-After of a
 * year) while leaving every realistic test: the per-option ranges below, and a cap on the
 * spec as a whole (`--faults` and `POST /sandbox-admin/faults` take it from outside).
 */
export const FAULT_BOUNDS = {
  times: { min: 1, max: 1_000_000 },
  every: { min: 1, max: 1_000_000 },
  retryAfter: { min: 0, max: 86_400, note: 'a day' },
  ms: { min: 0, max: 600_000, note: '10 minutes' },
} as const satisfies Record<string, { min: number; max: number; note?: string }>;
export const MAX_SPEC_LENGTH = 2000;
export const MAX_RULES = 20;

/** The syntax and bounds, for the CLI to print after refusing a spec. */
export const FAULT_SPEC_USAGE = `--faults SPEC: comma-separated rules (at most ${MAX_RULES}, ${MAX_SPEC_LENGTH} characters), each KIND[:option=value…]
  KIND            503 | 500 | 429 | slow | drop
  times=N         only the next N matching requests (1 to ${FAULT_BOUNDS.times.max})
  every=N         every Nth matching request (1 to ${FAULT_BOUNDS.every.max})
  rate=P          probability from 0 to 1
  path=/prefix    only paths below /mdm/v2 starting with it
  method=GET|POST only that method
  retryAfter=S    Retry-After seconds of 503/500 (0 to ${FAULT_BOUNDS.retryAfter.max}, a day)
  ms=N            delay of slow (0 to ${FAULT_BOUNDS.ms.max}, 10 minutes)
  e.g. 503:times=2:retryAfter=1,slow:ms=1500:path=/users,drop:every=10`;

const wholeNumber = (rule: string, key: keyof typeof FAULT_BOUNDS, value: string): number => {
  const bounds: { min: number; max: number; note?: string } = FAULT_BOUNDS[key];
  const number = Number(value);
  if (!/^\d+$/.test(value) || number < bounds.min || number > bounds.max)
    throw new FaultSpecError(
      `Fault "${rule}": ${key} must be a whole number from ${bounds.min} to ${bounds.max}${bounds.note ? ` (${bounds.note})` : ''}, not "${value}".`,
    );
  return number;
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
        rule.times = wholeNumber(text, key, value);
        break;
      case 'every':
        rule.every = wholeNumber(text, key, value);
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
        rule.retryAfterSeconds = wholeNumber(text, key, value);
        break;
      case 'ms':
        rule.delayMs = wholeNumber(text, key, value);
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
  if (trimmed.length > MAX_SPEC_LENGTH)
    throw new FaultSpecError(
      `The fault spec is ${trimmed.length} characters long; at most ${MAX_SPEC_LENGTH} are accepted.`,
    );
  const rules = trimmed.split(',');
  if (rules.length > MAX_RULES)
    throw new FaultSpecError(
      `The fault spec has ${rules.length} rules; at most ${MAX_RULES} are accepted.`,
    );
  return rules.map((rule) => {
    if (rule.trim() === '') throw new FaultSpecError(`The fault spec "${spec}" has an empty rule.`);
    return parseRule(rule.trim());
  });
};

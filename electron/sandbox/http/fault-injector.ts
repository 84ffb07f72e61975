import { parseFaultSpec, type FaultKind, type FaultRule } from './fault-spec';
import { Prng } from '../seeds/prng';

export interface FaultDecision {
  /** Wait this long before answering (slow rules add up). */
  delayMs: number;
  /** The failure to answer with instead of the real response, if any. */
  failure?: { kind: Exclude<FaultKind, 'slow'>; retryAfterSeconds: number };
}

interface RuleState {
  rule: FaultRule;
  seen: number;
  fired: number;
}

/** Decides, per request to /mdm/v2, which configured faults hit it. */
export class FaultInjector {
  private rules: RuleState[] = [];
  private spec = '';
  private readonly random = new Prng('vpp-sandbox-faults');

  constructor(spec = '') {
    this.set(spec);
  }

  /** Replaces the rules (and their counters); throws FaultSpecError on a bad spec. */
  set(spec: string): void {
    this.rules = parseFaultSpec(spec).map((rule) => ({ rule, seen: 0, fired: 0 }));
    this.spec = spec.trim();
  }

  get current(): string {
    return this.spec;
  }

  /** `path` is relative to /mdm/v2, e.g. `/assets/associate`. */
  decide(method: string, path: string): FaultDecision {
    const decision: FaultDecision = { delayMs: 0 };
    for (const state of this.rules) {
      const { rule } = state;
      if (rule.method && rule.method !== method) continue;
      if (rule.path && path !== rule.path && !path.startsWith(`${rule.path}/`)) continue;
      if (rule.times !== undefined && state.fired >= rule.times) continue;
      state.seen++;
      if (state.seen % rule.every !== 0) continue;
      if (rule.rate < 1 && this.random.next() >= rule.rate) continue;
      state.fired++;
      if (rule.kind === 'slow') {
        decision.delayMs += rule.delayMs;
        continue;
      }
      decision.failure = { kind: rule.kind, retryAfterSeconds: rule.retryAfterSeconds };
      break;
    }
    return decision;
  }
}

import { describe, expect, it } from 'vitest';
import { FaultInjector } from '../../../electron/sandbox/http/fault-injector';
import { FaultSpecError, parseFaultSpec } from '../../../electron/sandbox/http/fault-spec';

const kinds = (injector: FaultInjector, count: number, method = 'GET', path = '/assets') =>
  Array.from({ length: count }, () => {
    const decision = injector.decide(method, path);
    return decision.failure?.kind ?? (decision.delayMs > 0 ? `slow ${decision.delayMs}` : 'ok');
  });

describe('fault spec', () => {
  it('parses the documented example', () => {
    expect(
      parseFaultSpec('503:times=2:retryAfter=1, slow:ms=1500:path=/users ,drop:every=10'),
    ).toEqual([
      { kind: '503', times: 2, every: 1, rate: 1, retryAfterSeconds: 1, delayMs: 2000 },
      { kind: 'slow', every: 1, rate: 1, retryAfterSeconds: 2, delayMs: 1500, path: '/users' },
      { kind: 'drop', every: 10, rate: 1, retryAfterSeconds: 2, delayMs: 2000 },
    ]);
    expect(parseFaultSpec('')).toEqual([]);
    expect(parseFaultSpec('none')).toEqual([]);
  });

  it('names what is wrong with a bad spec', () => {
    const messageOf = (spec: string) => {
      try {
        parseFaultSpec(spec);
      } catch (error) {
        expect(error).toBeInstanceOf(FaultSpecError);
        return (error as Error).message;
      }
      return 'accepted';
    };
    expect(messageOf('404')).toBe(
      'Fault "404": the kind must be one of 503, 500, 429, slow, drop.',
    );
    expect(messageOf('503:times=0')).toContain('times must be a whole number from 1 to 1000000');
    expect(messageOf('500:rate=2')).toContain('rate must be a number from 0 to 1');
    expect(messageOf('slow:path=users')).toContain('path must start with "/"');
    expect(messageOf('drop:method=PUT')).toContain('method must be GET or POST');
    expect(messageOf('503:often=1')).toContain('unknown option "often"');
    expect(messageOf('503,,drop')).toContain('has an empty rule');
  });
});

describe('fault spec bounds', () => {
  const messageOf = (spec: string) => {
    try {
      parseFaultSpec(spec);
    } catch (error) {
      expect(error).toBeInstanceOf(FaultSpecError);
      return (error as Error).message;
    }
    return 'accepted';
  };

  it('accepts every option up to its bound', () => {
    expect(
      parseFaultSpec('503:times=1000000:every=1000000:retryAfter=86400,slow:ms=600000'),
    ).toEqual([
      { kind: '503', times: 1e6, every: 1e6, rate: 1, retryAfterSeconds: 86_400, delayMs: 2000 },
      { kind: 'slow', every: 1, rate: 1, retryAfterSeconds: 2, delayMs: 600_000 },
    ]);
  });

  it('refuses a value past its bound, naming the rule, the option and the range', () => {
    expect(messageOf('slow:ms=600001')).toBe(
      'Fault "slow:ms=600001": ms must be a whole number from 0 to 600000 (10 minutes), not "600001".',
    );
    expect(messageOf('slow:ms=99999999999999999999')).toContain('ms must be a whole number from 0');
    expect(messageOf('503:times=1000001')).toBe(
      'Fault "503:times=1000001": times must be a whole number from 1 to 1000000, not "1000001".',
    );
    expect(messageOf('drop:every=0')).toContain('every must be a whole number from 1 to 1000000');
    expect(messageOf('drop:every=1000001')).toContain('every must be a whole number from 1');
    expect(messageOf('503:retryAfter=86401')).toBe(
      'Fault "503:retryAfter=86401": retryAfter must be a whole number from 0 to 86400 (a day), not "86401".',
    );
  });

  it('refuses a spec longer than 2000 characters or with more than 20 rules', () => {
    expect(messageOf(`slow:path=/${'a'.repeat(2000)}`)).toBe(
      'The fault spec is 2011 characters long; at most 2000 are accepted.',
    );
    expect(messageOf(Array.from({ length: 20 }, () => 'drop:times=1').join(','))).toBe('accepted');
    expect(messageOf(Array.from({ length: 21 }, () => 'drop:times=1').join(','))).toBe(
      'The fault spec has 21 rules; at most 20 are accepted.',
    );
  });
});

describe('fault injector', () => {
  it('fires `times` rules for the next N matching requests only', () => {
    expect(kinds(new FaultInjector('503:times=2'), 4)).toEqual(['503', '503', 'ok', 'ok']);
  });

  it('fires `every` rules on every Nth matching request', () => {
    expect(kinds(new FaultInjector('500:every=3'), 6)).toEqual([
      'ok',
      'ok',
      '500',
      'ok',
      'ok',
      '500',
    ]);
  });

  it('only matches the path prefix and method given', () => {
    const injector = new FaultInjector('drop:path=/assets:method=POST');
    expect(injector.decide('POST', '/assets/associate').failure?.kind).toBe('drop');
    expect(injector.decide('GET', '/assets').failure).toBeUndefined();
    expect(injector.decide('POST', '/users/create').failure).toBeUndefined();
    expect(injector.decide('POST', '/assetsx').failure).toBeUndefined();
  });

  it('adds slow delays and still lets a later failure rule fire', () => {
    const decision = new FaultInjector('slow:ms=100,slow:ms=50,429').decide('GET', '/users');
    expect(decision).toEqual({ delayMs: 150, failure: { kind: '429', retryAfterSeconds: 2 } });
  });

  it('draws `rate` from a seeded generator: the same sequence on every run', () => {
    const first = kinds(new FaultInjector('503:rate=0.5'), 40);
    expect(kinds(new FaultInjector('503:rate=0.5'), 40)).toEqual(first);
    const hits = first.filter((kind) => kind === '503').length;
    expect(hits).toBeGreaterThan(8);
    expect(hits).toBeLessThan(32);
  });

  it('can be replaced at run time; an empty spec clears it', () => {
    const injector = new FaultInjector('503');
    injector.set('');
    expect(kinds(injector, 2)).toEqual(['ok', 'ok']);
    expect(injector.current).toBe('');
    expect(() => injector.set('nonsense')).toThrow(FaultSpecError);
  });
});

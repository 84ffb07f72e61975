import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allocateLicenses,
  requestStateFor,
  serveQueue,
  type Allocation,
  type AllocationInput,
  LicenseRequest,
  type RequestState,
} from '../../../shared/domain/allocation';

// Few distinct times and ids, so ties and duplicates happen often.
const time = fc.option(fc.integer({ min: 0, max: 12 }), { nil: undefined });
const request = (id: fc.Arbitrary<string>) =>
  fc.record(
    {
      id,
      state: fc.constantFrom<RequestState>('accepted', 'notAccepted', 'retired'),
      acceptedAt: time,
      requestedAt: time,
    },
    { requiredKeys: ['id', 'state'] },
  );
const distinctRequests = fc.uniqueArray(request(fc.string({ minLength: 1, maxLength: 3 })), {
  selector: (r) => r.id,
  maxLength: 40,
});
const anyRequests = fc.array(request(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f')), {
  maxLength: 20,
});

const input = (requests: fc.Arbitrary<LicenseRequest[]>) =>
  requests.chain((list) =>
    fc.record({
      requests: fc.constant(list),
      available: fc.integer({ min: 0, max: 45 }),
      alreadyHolding: fc.subarray([...list.map((r) => r.id), 'someone-else']),
    }),
  );

type Input = AllocationInput & { alreadyHolding: string[] };

/** The order the rule serves in: the granted, then the queue. */
const servingOrder = (allocation: Allocation) => [
  ...allocation.granted.map((g) => g.id),
  ...allocation.waiting.map((w) => w.id),
];

const byId = (requests: readonly LicenseRequest[]) =>
  new Map(requests.map((r) => [r.id, r] as const));

/** Applies the grants as Apple would: the granted now hold the title, the free count drops. */
const applied = (given: Input, allocation: Allocation): Input => ({
  ...given,
  available: given.available - allocation.granted.length,
  alreadyHolding: [...given.alreadyHolding, ...allocation.granted.map((g) => g.id)],
});

describe('the first-come rule, for any input', () => {
  it('never grants more than are free, nor to a holder, a retired user or anyone twice', () => {
    fc.assert(
      fc.property(input(anyRequests), (given) => {
        const result = allocateLicenses(given);
        const granted = result.granted.map((g) => g.id);
        expect(granted.length).toBeLessThanOrEqual(given.available);
        expect(new Set(granted).size).toBe(granted.length);
        for (const id of granted) {
          expect(given.alreadyHolding).not.toContain(id);
          const entries = given.requests.filter((r) => r.id === id);
          expect(entries.some((r) => r.state === 'retired')).toBe(false);
        }
        expect(result.summary.leftOver).toBe(given.available - granted.length);
      }),
    );
  });

  it('places every distinct id exactly once: granted, waiting or skipped', () => {
    fc.assert(
      fc.property(input(anyRequests), (given) => {
        const result = allocateLicenses(given);
        const placed = [...servingOrder(result), ...result.skipped.map((s) => s.id)];
        expect([...placed].sort()).toEqual([...new Set(given.requests.map((r) => r.id))].sort());
        expect(result.summary.asked).toBe(placed.length);
        expect(result.waiting.map((w) => w.position)).toEqual(result.waiting.map((_, i) => i + 1));
      }),
    );
  });

  it('serves everyone who accepted before anyone who has not', () => {
    fc.assert(
      fc.property(input(distinctRequests), (given) => {
        const result = allocateLicenses(given);
        const states = servingOrder(result).map((id) => byId(given.requests).get(id)?.state);
        const firstNotAccepted = states.indexOf('notAccepted');
        if (firstNotAccepted >= 0) {
          expect(states.slice(firstNotAccepted)).not.toContain('accepted');
        }
        expect(states).not.toContain('retired');
        for (const grant of result.granted) {
          const accepted = byId(given.requests).get(grant.id)?.state === 'accepted';
          expect(grant.reason).toBe(accepted ? 'accepted' : 'licensesLeft');
        }
        for (const wait of result.waiting) {
          const accepted = byId(given.requests).get(wait.id)?.state === 'accepted';
          expect(wait.reason).toBe(accepted ? 'noLicense' : 'notAccepted');
        }
      }),
    );
  });

  it('orders by acceptance time (the accepted), then the order asked, then id', () => {
    // Those who have not accepted have no acceptance time to go by (a stale one is ignored).
    const key = (r: LicenseRequest) => [
      r.state === 'accepted' ? (r.acceptedAt ?? Infinity) : 0,
      r.requestedAt ?? Infinity,
    ];
    fc.assert(
      fc.property(input(distinctRequests), (given) => {
        const requests = byId(given.requests);
        const order = servingOrder(allocateLicenses(given)).map(
          (id) => requests.get(id) as LicenseRequest,
        );
        for (const state of ['accepted', 'notAccepted']) {
          const group = order.filter((r) => r.state === state);
          for (let i = 1; i < group.length; i++) {
            const [earlier, later] = [key(group[i - 1]), key(group[i])];
            const inOrder =
              earlier[0] < later[0] ||
              (earlier[0] === later[0] && earlier[1] < later[1]) ||
              (earlier[0] === later[0] && earlier[1] === later[1] && group[i - 1].id < group[i].id);
            expect(inOrder).toBe(true);
          }
        }
      }),
    );
  });

  it('gives the same answer whatever order the requests and holders come in', () => {
    const withShuffles = input(anyRequests).chain((given) =>
      fc.record({
        given: fc.constant(given),
        requests: fc.shuffledSubarray(given.requests, {
          minLength: given.requests.length,
          maxLength: given.requests.length,
        }),
        holding: fc.shuffledSubarray(given.alreadyHolding, {
          minLength: given.alreadyHolding.length,
          maxLength: given.alreadyHolding.length,
        }),
      }),
    );
    fc.assert(
      fc.property(withShuffles, ({ given, requests, holding }) => {
        expect(allocateLicenses({ ...given, requests, alreadyHolding: holding })).toEqual(
          allocateLicenses(given),
        );
      }),
    );
  });

  it('grants nothing new when run again after its grants were applied', () => {
    fc.assert(
      fc.property(input(anyRequests), (given) => {
        const first = allocateLicenses(given);
        const again = allocateLicenses(applied(given, first));
        expect(again.granted).toEqual([]);
        expect(again.waiting).toEqual(first.waiting);
      }),
    );
  });

  it('grants everyone eligible when the licences suffice', () => {
    fc.assert(
      fc.property(input(anyRequests), fc.integer({ min: 0, max: 5 }), (given, spare) => {
        const needed = allocateLicenses({ ...given, available: 0 }).summary.needed;
        const result = allocateLicenses({ ...given, available: needed + spare });
        expect(result.waiting).toEqual([]);
        expect(result.granted).toHaveLength(needed);
        expect(result.summary.leftOver).toBe(spare);
      }),
    );
  });
});

describe('serving the queue, for any input', () => {
  const queued = input(distinctRequests).map((given) => {
    const first = allocateLicenses(given);
    const queue = serveQueue(given.requests, given).queue;
    return { given: applied(given, first), queue };
  });

  it('does not serve anyone twice when it runs twice on the same freed licences', () => {
    fc.assert(
      fc.property(queued, fc.integer({ min: 0, max: 20 }), ({ given, queue }, freed) => {
        const now = { available: freed, alreadyHolding: given.alreadyHolding };
        const first = serveQueue(queue, now);
        const afterFirst = {
          available: freed - first.serve.length,
          alreadyHolding: [...now.alreadyHolding, ...first.serve.map((g) => g.id)],
        };
        expect(serveQueue(queue, afterFirst).serve).toEqual([]);
        expect(serveQueue(first.queue, afterFirst).serve).toEqual([]);
        expect(first.serve.length).toBeLessThanOrEqual(freed);
      }),
    );
  });

  it('serves the same people in two steps as one allocation of all the licences', () => {
    fc.assert(
      fc.property(input(distinctRequests), fc.integer({ min: 0, max: 20 }), (given, freedLater) => {
        const first = allocateLicenses(given);
        const later = serveQueue(serveQueue(given.requests, given).queue, {
          available: freedLater,
          alreadyHolding: [...given.alreadyHolding, ...first.granted.map((g) => g.id)],
        });
        const once = allocateLicenses({ ...given, available: given.available + freedLater });
        expect([...first.granted, ...later.serve]).toEqual(once.granted);
        expect(later.queue.map((r) => r.id)).toEqual(once.waiting.map((w) => w.id));
      }),
    );
  });
});

describe('the first-come rule, by example', () => {
  const minute = 60_000;
  const pupils = (count: number, state: LicenseRequest['state'] = 'accepted') =>
    Array.from({ length: count }, (_, i) => ({
      id: `pupil-${String(i + 1).padStart(2, '0')}`,
      state,
      // Pupil 32 accepted first, pupil 1 last: acceptance time decides, not the name.
      acceptedAt: state === 'accepted' ? (count - i) * minute : undefined,
    }));

  it('32 pupils, 25 licenses free: the 25 who accepted first get one, 7 wait', () => {
    const result = allocateLicenses({ available: 25, alreadyHolding: [], requests: pupils(32) });
    expect(result.summary).toMatchObject({ asked: 32, needed: 32, available: 25, waiting: 7 });
    expect(result.granted[0]).toEqual({ id: 'pupil-32', reason: 'accepted' });
    expect(result.granted.at(-1)?.id).toBe('pupil-08');
    expect(result.waiting.map((w) => [w.id, w.position, w.reason])).toEqual([
      ['pupil-07', 1, 'noLicense'],
      ['pupil-06', 2, 'noLicense'],
      ['pupil-05', 3, 'noLicense'],
      ['pupil-04', 4, 'noLicense'],
      ['pupil-03', 5, 'noLicense'],
      ['pupil-02', 6, 'noLicense'],
      ['pupil-01', 7, 'noLicense'],
    ]);
  });

  it('puts pupils who have not accepted behind all who have, and tells why', () => {
    const requests = [
      { id: 'late-invitee', state: 'notAccepted' as const, requestedAt: 1 },
      ...pupils(3),
    ];
    const result = allocateLicenses({ available: 2, alreadyHolding: [], requests });
    expect(result.granted.map((g) => g.id)).toEqual(['pupil-03', 'pupil-02']);
    expect(result.waiting).toEqual([
      { id: 'pupil-01', position: 1, reason: 'noLicense' },
      { id: 'late-invitee', position: 2, reason: 'notAccepted' },
    ]);
  });

  it('gives a pupil who has not accepted a licence when there are enough for all', () => {
    const requests = [{ id: 'late-invitee', state: 'notAccepted' as const }, ...pupils(2)];
    const result = allocateLicenses({ available: 3, alreadyHolding: [], requests });
    expect(result.granted.at(-1)).toEqual({ id: 'late-invitee', reason: 'licensesLeft' });
    expect(result.waiting).toEqual([]);
  });

  it('leaves out retired users and those who hold the title, without using a licence', () => {
    const requests = [
      ...pupils(2),
      { id: 'left-school', state: 'retired' as const, acceptedAt: 0 },
    ];
    const result = allocateLicenses({ available: 1, alreadyHolding: ['pupil-02'], requests });
    expect(result.granted).toEqual([{ id: 'pupil-01', reason: 'accepted' }]);
    expect(result.skipped).toEqual([
      { id: 'left-school', reason: 'retired' },
      { id: 'pupil-02', reason: 'alreadyHolds' },
    ]);
    expect(result.summary).toMatchObject({ asked: 3, needed: 1, leftOver: 0 });
  });

  it('counts a pupil asked for through two groups once, and a retired entry wins', () => {
    const requests: LicenseRequest[] = [
      { id: 'twice', state: 'accepted', acceptedAt: 5 },
      { id: 'twice', state: 'accepted', acceptedAt: 1 },
      { id: 'gone', state: 'accepted', acceptedAt: 0 },
      { id: 'gone', state: 'retired' },
    ];
    const result = allocateLicenses({ available: 5, alreadyHolding: [], requests });
    expect(result.granted).toEqual([{ id: 'twice', reason: 'accepted' }]);
    expect(result.skipped).toEqual([{ id: 'gone', reason: 'retired' }]);
  });

  it('moves a waiting pupil up when they accept before licences come back', () => {
    const queue: LicenseRequest[] = [
      { id: 'early', state: 'accepted', acceptedAt: 10 * minute },
      { id: 'was-late', state: 'notAccepted' },
    ];
    const nowAccepted = queue.map((r) =>
      r.id === 'was-late' ? { ...r, state: 'accepted' as const, acceptedAt: 5 * minute } : r,
    );
    const result = serveQueue(nowAccepted, { available: 1, alreadyHolding: [] });
    expect(result.serve).toEqual([{ id: 'was-late', reason: 'accepted' }]);
    expect(result.queue).toEqual([queue[0]]);
  });

  it('drops from the queue whoever got the title elsewhere or was retired meanwhile', () => {
    const queue: LicenseRequest[] = [
      { id: 'a', state: 'accepted', acceptedAt: 1 },
      { id: 'b', state: 'retired', acceptedAt: 2 },
      { id: 'c', state: 'accepted', acceptedAt: 3 },
    ];
    const result = serveQueue(queue, { available: 0, alreadyHolding: ['a'] });
    expect(result.serve).toEqual([]);
    expect(result.queue).toEqual([queue[2]]);
    expect(result.drop).toEqual([
      { id: 'a', reason: 'alreadyHolds' },
      { id: 'b', reason: 'retired' },
    ]);
  });

  it('takes nonsense free counts as none and no limit as enough for all', () => {
    const requests = pupils(3);
    for (const available of [-2, Number.NaN, 0.5]) {
      expect(allocateLicenses({ available, alreadyHolding: [], requests }).granted).toEqual([]);
    }
    const unlimited = allocateLicenses({ available: Infinity, alreadyHolding: [], requests });
    expect(unlimited.granted).toHaveLength(3);
  });

  it('refuses a stored queue entry without an id or with an unknown state', () => {
    expect(
      LicenseRequest.safeParse({ id: 'pupil-01', state: 'accepted', acceptedAt: 1 }).success,
    ).toBe(true);
    expect(LicenseRequest.safeParse({ id: '', state: 'accepted' }).success).toBe(false);
    expect(LicenseRequest.safeParse({ id: 'pupil-01', state: 'Associated' }).success).toBe(false);
  });

  it("reads Apple's user status: only Associated counts as accepted", () => {
    expect(requestStateFor('Associated')).toBe('accepted');
    expect(requestStateFor('Registered')).toBe('notAccepted');
    expect(requestStateFor(undefined)).toBe('notAccepted');
    expect(requestStateFor('Retired')).toBe('retired');
    expect(requestStateFor('Deleted')).toBe('retired');
  });
});

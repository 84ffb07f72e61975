import { describe, expect, it } from 'vitest';
import { planManageAssets, planRevokeAssets, planUsers } from '../../../electron/vpp/batch';
import { VppApiError } from '../../../electron/vpp/errors';
import { DEFAULT_LIMITS } from '../../../electron/vpp/service-config';

const ids = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, i) => `${prefix}-${String(i).padStart(4, '0')}`);
const assets = (count: number) => ids('app', count).map((adamId) => ({ adamId }));

const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof VppApiError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
};

/** Every (asset, target) pair the plan covers, to compare with the cross product asked for. */
const pairs = (plan: ReturnType<typeof planManageAssets>) =>
  plan.flatMap((request) =>
    request.assets.flatMap((asset) =>
      [...(request.clientUserIds ?? []), ...(request.serialNumbers ?? [])].map(
        (target) => `${asset.adamId}>${target}`,
      ),
    ),
  );

describe('planManageAssets', () => {
  it('splits by maxAssets and maxClientUserIds and covers every pair exactly once', () => {
    const request = { assets: assets(30), clientUserIds: ids('stu', 2500) };
    const plan = planManageAssets(request, DEFAULT_LIMITS);
    expect(plan).toHaveLength(2 * 3);
    for (const part of plan) {
      expect(part.assets.length).toBeLessThanOrEqual(25);
      expect(part.clientUserIds!.length).toBeLessThanOrEqual(1000);
    }
    const covered = pairs(plan);
    expect(new Set(covered).size).toBe(covered.length);
    expect(covered).toHaveLength(30 * 2500);
  });

  it('sends users and devices in separate requests', () => {
    const plan = planManageAssets(
      { assets: assets(1), clientUserIds: ['u1'], serialNumbers: ['S1', 'S2'] },
      DEFAULT_LIMITS,
    );
    expect(plan).toEqual([
      { assets: [{ adamId: 'app-0000' }], clientUserIds: ['u1'] },
      { assets: [{ adamId: 'app-0000' }], serialNumbers: ['S1', 'S2'] },
    ]);
  });

  it('obeys smaller limits from the service configuration', () => {
    const limits = { ...DEFAULT_LIMITS, maxAssets: 2, maxSerialNumbers: 3 };
    const plan = planManageAssets({ assets: assets(3), serialNumbers: ids('S', 7) }, limits);
    expect(plan.map((p) => [p.assets.length, p.serialNumbers!.length])).toEqual([
      [2, 3],
      [2, 3],
      [2, 1],
      [1, 3],
      [1, 3],
      [1, 1],
    ]);
  });

  it('drops duplicate assets, users and serials (Apple would refuse them: 9703–9705)', () => {
    const plan = planManageAssets(
      {
        assets: [
          { adamId: '1' },
          { adamId: '1', pricingParam: 'STDQ' },
          { adamId: '1', pricingParam: 'PLUS' },
        ],
        clientUserIds: ['a', 'a', 'b'],
      },
      DEFAULT_LIMITS,
    );
    expect(plan).toEqual([
      {
        assets: [{ adamId: '1' }, { adamId: '1', pricingParam: 'PLUS' }],
        clientUserIds: ['a', 'b'],
      },
    ]);
  });

  it('refuses a request without assets (9718) or without users and devices (9719)', () => {
    expect(
      refusal(() => planManageAssets({ assets: [], clientUserIds: ['a'] }, DEFAULT_LIMITS)),
    ).toMatchObject({ errorNumber: 9718, detectedLocally: true, code: 'apple.9718' });
    expect(refusal(() => planManageAssets({ assets: assets(1) }, DEFAULT_LIMITS)).errorNumber).toBe(
      9719,
    );
  });
});

describe('planRevokeAssets', () => {
  it('splits by the revoke limits, users and devices apart', () => {
    const plan = planRevokeAssets(
      { clientUserIds: ids('u', 250), serialNumbers: ids('S', 100) },
      DEFAULT_LIMITS,
    );
    expect(plan.map((p) => p.clientUserIds?.length ?? -(p.serialNumbers?.length ?? 0))).toEqual([
      100, 100, 50, -100,
    ]);
  });

  it('refuses an empty revoke (9719)', () => {
    expect(refusal(() => planRevokeAssets({}, DEFAULT_LIMITS)).errorNumber).toBe(9719);
  });
});

describe('planUsers', () => {
  it('splits by maxUsers and drops identical repeats', () => {
    const users = ids('u', 230).map((clientUserId) => ({ clientUserId }));
    const plan = planUsers([...users, users[0]!], 100);
    expect(plan.map((batch) => batch.length)).toEqual([100, 100, 30]);
  });

  it('refuses the same user twice with different details (9715), naming the user', () => {
    const error = refusal(() =>
      planUsers(
        [
          { clientUserId: 'u1', email: 'a@school.example' },
          { clientUserId: 'u1', email: 'b@school.example' },
        ],
        100,
      ),
    );
    expect(error.errorNumber).toBe(9715);
    expect(error.errorInfo?.clientUserIds).toEqual(['u1']);
  });

  it('refuses an empty list (9720) and a user without id (9602)', () => {
    expect(refusal(() => planUsers([], 100)).errorNumber).toBe(9720);
    expect(refusal(() => planUsers([{ clientUserId: ' ' }], 100)).errorNumber).toBe(9602);
  });
});

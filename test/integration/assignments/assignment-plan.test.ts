import { describe, expect, it } from 'vitest';
import { bodyOf, planAssignment, tasksOf } from '../../../electron/assignments/assignment-plan';
import type { AssignmentBatch } from '../../../electron/assignments/assignment-batch-store';

const batchOf = (assets: number, users: number, serials: number): AssignmentBatch => ({
  operation: 'associate',
  tokenId: 't',
  createdAt: 0,
  assets: Array.from({ length: assets }, (_, i) => ({ adamId: `${i}`, pricingParam: 'STDQ' })),
  clientUserIds: Array.from({ length: users }, (_, i) => `u${i}`),
  serialNumbers: Array.from({ length: serials }, (_, i) => `s${i}`),
});

describe('planning an assignment within Apple’s limits', () => {
  it('splits assets × users and assets × devices, never mixing users and devices', () => {
    const batch = batchOf(30, 2001, 5);
    const plan = planAssignment(batch, {
      maxAssets: 25,
      maxClientUserIds: 1000,
      maxSerialNumbers: 3,
    });
    // ⌈30/25⌉ × (⌈2001/1000⌉ + ⌈5/3⌉) = 2 × (3 + 2)
    expect(plan).toHaveLength(10);
    expect(plan.reduce((sum, request) => sum + tasksOf(request), 0)).toBe(30 * 2006);
    for (const request of plan) {
      const body = bodyOf(batch, request);
      expect(body.assets.length).toBeLessThanOrEqual(25);
      expect((body.clientUserIds?.length ?? 0) * (body.serialNumbers?.length ?? 0)).toBe(0);
      expect(body.clientUserIds?.length ?? 0).toBeLessThanOrEqual(1000);
      expect(body.serialNumbers?.length ?? 0).toBeLessThanOrEqual(3);
    }
    const users = plan.flatMap((request) =>
      request.assets[0] === 0 ? (bodyOf(batch, request).clientUserIds ?? []) : [],
    );
    expect(users).toEqual(batch.clientUserIds);
  });
});

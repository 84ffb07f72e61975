import { describe, expect, it } from 'vitest';
import { TaskTally } from '../../../electron/sandbox/events/task-tally';

const math = { adamId: '1', pricingParam: 'STDQ' as const };
const reading = { adamId: '2', pricingParam: 'STDQ' as const };

describe('event task tally', () => {
  it('counts failed tasks as assets × (users + devices) and never as completed', () => {
    const tally = new TaskTally();
    tally.complete(14);
    tally.fail(9609, { assets: [math, reading], clientUserIds: ['stu-999'] });
    expect(tally.completed).toBe(14);
    expect(tally.failed).toBe(2);
    expect(tally.completed + tally.failed).toBe(16);
  });

  it('groups failures by error number and asset set, listing every user and device', () => {
    const tally = new TaskTally();
    tally.fail(9709, { assets: [math], clientUserIds: ['a'] });
    tally.fail(9709, { assets: [math], serialNumbers: ['S1'] });
    tally.fail(9709, { assets: [reading], clientUserIds: ['a'] });
    tally.fail(9609, { assets: [math, reading], clientUserIds: ['x'] });
    tally.fail(9609, { assets: [math, reading], clientUserIds: ['y'] });
    expect(tally.failures()).toEqual([
      {
        errorNumber: 9709,
        errorMessage: "There aren't enough assets available to complete this association.",
        errorInfo: { assets: [math], clientUserIds: ['a'], serialNumbers: ['S1'] },
      },
      {
        errorNumber: 9709,
        errorMessage: "There aren't enough assets available to complete this association.",
        errorInfo: { assets: [reading], clientUserIds: ['a'] },
      },
      {
        errorNumber: 9609,
        errorMessage: 'Unable to find the registered user.',
        errorInfo: { assets: [math, reading], clientUserIds: ['x', 'y'] },
      },
    ]);
    expect(tally.failed).toBe(1 + 1 + 1 + 2 + 2);
  });

  it('counts one task per user for user events, which name no assets', () => {
    const tally = new TaskTally();
    tally.fail(9716, { clientUserIds: ['a'] });
    tally.fail(9716, { clientUserIds: ['b'] });
    expect(tally.failed).toBe(2);
    expect(tally.failures()).toEqual([
      {
        errorNumber: 9716,
        errorMessage: 'A registered user already exists with the specified clientUserId.',
        errorInfo: { clientUserIds: ['a', 'b'] },
      },
    ]);
  });
});

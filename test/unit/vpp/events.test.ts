import { describe, expect, it } from 'vitest';
import { VppApiError } from '../../../electron/vpp/errors';
import {
  failedTaskCount,
  succeeded,
  waitForEvent,
  waitForEvents,
  type EventProgress,
} from '../../../electron/vpp/events';
import { StatusResponse } from '../../../electron/vpp/types';

/** A fake clock the sleeps advance, so a ten-minute wait takes no time. */
const fakeTime = () => {
  const clock = { now: 0, sleeps: [] as number[] };
  return {
    clock,
    now: () => clock.now,
    sleep: async (ms: number) => {
      clock.sleeps.push(ms);
      clock.now += ms;
    },
  };
};

const status = (fields: Record<string, unknown>) =>
  StatusResponse.parse({ eventType: 'ASSOCIATE', ...fields });

describe('waitForEvent', () => {
  it('polls as Apple advises: first after a short delay, then every 30 s, reporting progress', async () => {
    const time = fakeTime();
    const answers = [
      status({ eventStatus: 'PENDING', numRequested: 16, numCompleted: 0 }),
      status({ eventStatus: 'PENDING', numRequested: 16, numCompleted: 9 }),
      status({ eventStatus: 'COMPLETE', numRequested: 16, numCompleted: 16 }),
    ];
    const seen: EventProgress[] = [];
    const final = await waitForEvent(
      'ev-1',
      { getStatus: async () => answers.shift()!, ...time },
      { onProgress: (p) => seen.push(p) },
    );
    expect(final.eventStatus).toBe('COMPLETE');
    expect(time.clock.sleeps).toEqual([5_000, 30_000, 30_000]);
    expect(seen.map((p) => `${p.numCompleted}/${p.numRequested} ${p.eventStatus}`)).toEqual([
      '0/16 PENDING',
      '9/16 PENDING',
      '16/16 COMPLETE',
    ]);
  });

  it('returns a FAILED status with its failures rather than throwing', async () => {
    const time = fakeTime();
    const failed = status({
      eventStatus: 'FAILED',
      numRequested: 6,
      numCompleted: 4,
      failures: [
        {
          errorNumber: 9609,
          errorMessage: 'Unable to find the registered user.',
          errorInfo: { clientUserIds: ['stu-999'] },
        },
      ],
    });
    const seen: EventProgress[] = [];
    const final = await waitForEvent(
      'ev-2',
      { getStatus: async () => failed, ...time },
      { firstPollDelayMs: 0, onProgress: (p) => seen.push(p) },
    );
    expect(final.failures[0]?.errorNumber).toBe(9609);
    expect(seen[0]?.numFailed).toBe(2);
  });

  it('gives up after the pending timeout with vpp.eventPending and the progress so far', async () => {
    const time = fakeTime();
    const pending = status({ eventStatus: 'PENDING', numRequested: 10, numCompleted: 3 });
    const attempt = waitForEvent('ev-3', { getStatus: async () => pending, ...time });
    await expect(attempt).rejects.toMatchObject({
      code: 'vpp.eventPending',
      params: { eventId: 'ev-3', numCompleted: 3, numRequested: 10 },
    });
    expect(time.clock.now).toBe(10 * 60_000);
  });

  it('tolerates 9708 right after submitting, but not after the grace period', async () => {
    const unknown = new VppApiError({
      errorNumber: 9708,
      errorMessage: 'Unable to find eventId',
      httpStatus: 400,
    });
    const time = fakeTime();
    let polls = 0;
    const final = await waitForEvent(
      'ev-4',
      {
        getStatus: async () => {
          if (++polls === 1) throw unknown;
          return status({ eventStatus: 'COMPLETE', numRequested: 1, numCompleted: 1 });
        },
        ...time,
      },
      { firstPollDelayMs: 0, pollIntervalMs: 1000, unknownEventGraceMs: 5000 },
    );
    expect(final.eventStatus).toBe('COMPLETE');

    const never = waitForEvent(
      'ev-5',
      { getStatus: async () => Promise.reject(unknown), ...fakeTime() },
      { firstPollDelayMs: 0, unknownEventGraceMs: 0 },
    );
    await expect(never).rejects.toMatchObject({ code: 'apple.9708' });
  });
});

describe('waitForEvents', () => {
  it('sums progress over the events of one batched write', async () => {
    const time = fakeTime();
    const script: Record<string, StatusResponse[]> = {
      a: [
        status({ eventStatus: 'PENDING', numRequested: 4, numCompleted: 1 }),
        status({ eventStatus: 'COMPLETE', numRequested: 4, numCompleted: 4 }),
      ],
      b: [
        status({ eventStatus: 'PENDING', numRequested: 2, numCompleted: 0 }),
        status({ eventStatus: 'PENDING', numRequested: 2, numCompleted: 1 }),
        status({
          eventStatus: 'FAILED',
          numRequested: 2,
          numCompleted: 1,
          failures: [{ errorNumber: 9709 }],
        }),
      ],
    };
    const seen: string[] = [];
    const finals = await waitForEvents(
      ['a', 'b'],
      { getStatus: async (id) => script[id]!.shift()!, ...time },
      {
        firstPollDelayMs: 0,
        pollIntervalMs: 10,
        onProgress: (p) => seen.push(`${p.numCompleted}/${p.numRequested} ${p.eventStatus}`),
      },
    );
    expect(finals.map((s) => s.eventStatus)).toEqual(['COMPLETE', 'FAILED']);
    expect(seen).toEqual(['1/6 PENDING', '5/6 PENDING', '5/6 FAILED']);
  });

  it('ends the wait on a status Apple may add later, reports it as-is and not as success', async () => {
    const time = fakeTime();
    const seen: string[] = [];
    const answers: Record<string, StatusResponse> = {
      a: status({ eventStatus: 'COMPLETE', numRequested: 2, numCompleted: 2 }),
      b: status({ eventStatus: 'CANCELLED', numRequested: 3, numCompleted: 1 }),
    };
    let polls = 0;
    const finals = await waitForEvents(
      ['a', 'b'],
      { getStatus: async (id) => (polls++, answers[id]!), ...time },
      { firstPollDelayMs: 0, onProgress: (p) => seen.push(`${p.eventStatus} ${p.numFailed}`) },
    );
    expect(polls).toBe(2);
    expect(finals.map((s) => s.eventStatus)).toEqual(['COMPLETE', 'CANCELLED']);
    expect(finals.map(succeeded)).toEqual([true, false]);
    expect(seen).toEqual(['CANCELLED 2']);
  });

  it('counts failed tasks from Apple’s numbers once finished', () => {
    expect(
      failedTaskCount(status({ eventStatus: 'FAILED', numRequested: 16, numCompleted: 14 })),
    ).toBe(2);
  });
});

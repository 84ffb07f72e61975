import { describe, expect, it } from 'vitest';
import { APPLE_ERRORS } from '../../../electron/sandbox/apple/error-catalogue';
import {
  assetManagementPayloads,
  userManagementPayloads,
} from '../../../electron/sandbox/notifications/payloads';
import type { SandboxEvent } from '../../../electron/sandbox/events/sandbox-event';

const pages = { adamId: '361309726', pricingParam: 'STDQ' as const };
const keynote = { adamId: '361285480', pricingParam: 'STDQ' as const };
const ids = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, i) => `${prefix}-${i}`);

const event = (type: SandboxEvent['type'], failures: SandboxEvent['failures'] = []) =>
  ({
    eventId: 'e-1',
    type,
    location: 'demo',
    numRequested: 0,
    status: failures.length ? 'FAILED' : 'COMPLETE',
    numCompleted: 0,
    failures,
    createdAt: new Date(),
  }) satisfies SandboxEvent;

const failure = (
  errorNumber: 9709 | 9609 | 9716,
  errorInfo: SandboxEvent['failures'][0]['errorInfo'],
) => ({
  errorNumber,
  errorMessage: APPLE_ERRORS[errorNumber].message,
  errorInfo,
});

describe('notification payloads', () => {
  it('splits a large failure into notifications of ≤ 100 assignments, each error naming its own part', () => {
    const users = ids('pupil', 75);
    const payloads = assetManagementPayloads(
      event('ASSOCIATE', [failure(9709, { assets: [pages, keynote], clientUserIds: users })]),
      [],
    );
    expect(payloads.map((p) => [p.result, p.assignments.length])).toEqual([
      ['FAILURE', 100],
      ['FAILURE', 50],
    ]);
    expect(payloads[0].error?.errorInfo).toEqual({
      assets: [pages, keynote],
      clientUserIds: users,
    });
    expect(payloads[1].error?.errorInfo).toEqual({
      assets: [keynote],
      clientUserIds: users.slice(25),
    });
    expect(payloads[1].assignments[0]).toEqual({ ...keynote, clientUserId: 'pupil-25' });
  });

  it('keeps successes and each failure group apart, one error per notification', () => {
    const payloads = assetManagementPayloads(
      event('DISASSOCIATE', [
        failure(9609, { assets: [pages], clientUserIds: ['gone'] }),
        failure(9709, { assets: [pages], serialNumbers: ['IPAD1'] }),
      ]),
      [{ ...pages, serialNumber: 'IPAD2' }],
    );
    expect(payloads.map((p) => [p.result, p.error?.errorNumber])).toEqual([
      ['SUCCESS', undefined],
      ['FAILURE', 9609],
      ['FAILURE', 9709],
    ]);
  });

  it('reports a revoke failure (no assets) through the error alone', () => {
    const [payload] = assetManagementPayloads(
      event('REVOKE', [failure(9609, { clientUserIds: ['gone'] })]),
      [],
    );
    expect(payload).toMatchObject({
      result: 'FAILURE',
      assignments: [],
      error: { errorNumber: 9609, errorInfo: { clientUserIds: ['gone'] } },
    });
  });

  it('sends one empty SUCCESS for an event that changed nothing', () => {
    expect(assetManagementPayloads(event('REVOKE'), [])).toEqual([
      { type: 'REVOKE', result: 'SUCCESS', eventId: 'e-1', assignments: [] },
    ]);
  });

  it('splits user results at 100', () => {
    const users = ids('new', 230).map((clientUserId) => ({
      clientUserId,
      status: 'Registered' as const,
    }));
    const payloads = userManagementPayloads(
      event('CREATE', [failure(9716, { clientUserIds: ['dup'] })]),
      users,
    );
    expect(payloads.map((p) => [p.result, p.users.length])).toEqual([
      ['SUCCESS', 100],
      ['SUCCESS', 100],
      ['SUCCESS', 30],
      ['FAILURE', 1],
    ]);
    expect(payloads[3].users).toEqual([{ clientUserId: 'dup' }]);
  });
});

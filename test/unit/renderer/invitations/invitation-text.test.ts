import { describe, expect, it } from 'vitest';
import type { TaskRow } from '../../../../renderer/db/types';
import { createI18n } from '../../../../renderer/i18n/i18n';
import {
  taskFacts,
  taskOutcome,
  taskStep,
  taskTarget,
  taskTitle,
} from '../../../../renderer/features/tasks/task-text';

const batch = (more: Partial<TaskRow> = {}): TaskRow => ({
  id: '20000000-0000-4000-8000-000000000001',
  kind: 'mail:sendInvitations',
  params: {
    batchId: '30000000-0000-4000-8000-000000000001',
    tokenId: 'token-1',
    tokenName: 'Onderbouw',
    targetName: 'Groep 7B',
    count: 14,
  },
  status: 'running',
  progress: { done: 5, total: 14 },
  step: 'tasks.steps.sendingInvitations',
  stepParams: { sent: 4, failed: 1, left: 9 },
  error: null,
  result: null,
  createdAt: 1,
  updatedAt: 2,
  finishedAt: null,
  confirmed: true,
  ...more,
});

describe('the words of a mail batch', () => {
  it('names the task and its group, and says its progress and outcome in English', () => {
    const i18n = createI18n('en');
    expect(taskTitle(i18n, batch())).toBe('Send email invitations');
    expect(taskTarget(i18n, batch())).toBe('Groep 7B');
    expect(taskStep(i18n, batch())).toBe('Sending invitations: 4 sent, 1 failed, 9 left…');
    const done = batch({
      status: 'succeeded',
      result: { sent: 13, failed: 1, canceled: 0 },
      finishedAt: 3,
    });
    expect(taskOutcome(i18n, done)).toBe(
      'Sent 13 invitations. 1 couldn’t be sent; Invitations says why.',
    );
    expect(taskFacts(i18n, done)).toEqual([
      { label: 'Sent', value: '13' },
      { label: 'Failed', value: '1' },
      { label: 'Canceled', value: '0' },
    ]);
  });

  it('says the same in Dutch', () => {
    const i18n = createI18n('nl');
    expect(taskTitle(i18n, batch())).toBe('Uitnodigingsmails versturen');
    expect(taskStep(i18n, batch())).toBe('Uitnodigingen versturen: 4 verstuurd, 1 mislukt, nog 9…');
    expect(taskOutcome(i18n, batch({ status: 'succeeded', result: { sent: 1, failed: 0 } }))).toBe(
      '1 uitnodiging verstuurd.',
    );
  });
});

import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { appleErrorSentence } from '../../../shared/apple-errors';
import type { TaskKind } from '../../../shared/domain/tasks';
import type { TaskRow } from '../../../renderer/db/types';
import { createI18n } from '../../../renderer/i18n/i18n';
import {
  rerunParamsOf,
  stepText,
  taskFacts,
  taskOutcome,
  taskTarget,
  taskTitle,
} from '../../../renderer/features/tasks/task-text';

/** The renderer's words for the two registration task kinds, in English and Dutch. */
describe('registration task texts', () => {
  const english = createI18n('en');
  const dutch = createI18n('nl');
  const params = {
    batchId: randomUUID(),
    tokenId: 'token-1',
    tokenName: 'Hoofdgebouw',
    targetName: 'Groep 7B',
    count: 250,
  };
  const row = (
    kind: TaskKind,
    result: TaskRow['result'],
    extra: Partial<TaskRow> = {},
  ): TaskRow => ({
    id: randomUUID(),
    kind,
    params,
    status: 'succeeded',
    progress: { done: 500, total: 500 },
    step: null,
    error: null,
    result,
    createdAt: 1,
    updatedAt: 2,
    finishedAt: 2,
    confirmed: true,
    ...extra,
  });

  it('names the task and its target, and Run Again repeats the same batch', () => {
    const task = row('vpp:registerUsers', null);
    expect(taskTitle(english, task)).toBe('Register 250 users with Apple');
    expect(taskTitle(dutch, task)).toBe('250 gebruikers bij Apple registreren');
    expect(
      taskTitle(english, row('vpp:retireUsers', null, { params: { ...params, count: 1 } })),
    ).toBe('Remove 1 user from the program');
    expect(taskTitle(dutch, row('vpp:retireUsers', null))).toBe(
      '250 gebruikers uit het programma verwijderen',
    );
    expect(taskTarget(english, task)).toBe('Groep 7B');
    expect(rerunParamsOf(task)).toEqual(params);
    expect(
      rerunParamsOf(row('vpp:registerUsers', null, { params: { tokenId: 'x' } })),
    ).toBeUndefined();
  });

  it('says what Apple did in one sentence, with who was registered already', () => {
    const all = row('vpp:registerUsers', {
      requested: 250,
      succeeded: 250,
      failed: 0,
      requests: 3,
      linked: 10,
    });
    expect(taskOutcome(english, all)).toBe(
      'Apple registered 250 users. 10 of them were registered already.',
    );
    expect(taskOutcome(dutch, all)).toBe(
      'Apple heeft 250 gebruikers geregistreerd. 10 daarvan waren al geregistreerd.',
    );
    const retired = row('vpp:retireUsers', { requested: 2, succeeded: 2, failed: 0, requests: 1 });
    expect(taskOutcome(english, retired)).toBe('Removed 2 users from the program.');
    expect(taskOutcome(dutch, retired)).toBe('2 gebruikers zijn uit het programma verwijderd.');
  });

  it('lists refused users with Apple’s reason in plain words, in both languages', () => {
    const partly = row('vpp:registerUsers', {
      requested: 7,
      succeeded: 5,
      failed: 2,
      requests: 5,
      linked: 0,
      reasons: '9717:2',
      refusedUsers: 'id-1, id-2',
    });
    expect(taskOutcome(english, partly)).toBe(
      'Apple registered 5 of 7 users and refused 2; the reasons are below.',
    );
    expect(taskOutcome(dutch, partly)).toContain('Apple heeft 5 van de 7 gebruikers geregistreerd');
    const facts = taskFacts(english, partly);
    expect(facts).toContainEqual({
      label: 'Refused: 2 users (Apple error 9717)',
      value: appleErrorSentence(9717, 'en'),
    });
    expect(appleErrorSentence(9717, 'en')).toContain('email address');
    expect(facts).toContainEqual({ label: 'Refused user IDs', value: 'id-1, id-2' });
    expect(facts).toContainEqual({ label: 'Requests to Apple', value: '5' });
    expect(taskFacts(dutch, partly)).toContainEqual({
      label: 'Geweigerd: 2 gebruikers (Apple-fout 9717)',
      value: appleErrorSentence(9717, 'nl'),
    });
  });

  it('turns main’s steps into words, and a task Apple refused whole into Apple’s sentence', () => {
    expect(stepText(english, 'vpp.tasks.steps.registering', { done: 100, total: 250 })).toBe(
      'Sending users to Apple (100 of 250)…',
    );
    expect(stepText(dutch, 'vpp.tasks.steps.waitingForApple', undefined)).toBe(
      'Wachten op het antwoord van Apple…',
    );
    expect(
      stepText(english, 'vpp.tasks.steps.refused', { count: 1, number: 9641, users: 'id-9' }),
    ).toBe('Apple refused 1 user (Apple error 9641): id-9');
    expect(stepText(dutch, 'vpp.tasks.steps.refusedUnnamed', { count: 3, number: 9603 })).toBe(
      'Apple weigerde 3 gebruikers (Apple-fout 9603).',
    );
    const failed = row('vpp:registerUsers', null, {
      status: 'failed',
      error: { code: 'apple.9717', message: 'x', params: { number: 9717, count: 2 } },
    });
    expect(taskOutcome(dutch, failed)).toBe(appleErrorSentence(9717, 'nl'));
  });
});

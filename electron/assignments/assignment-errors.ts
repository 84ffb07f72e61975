import { z } from 'zod';
import type { AssignmentOperation } from '../../shared/domain/assignments';
import { appleErrorSentence } from '../../shared/apple-errors';
import { AppError } from '../host/app-error';

/**
 * The assignment jobs' own failures. When Apple did none of the tasks, the task fails with
 * Apple's number for the main reason (`apple.9709`), whose sentence in shared/apple-errors
 * says what to do, in both languages.
 */
export const assignmentErrors = {
  badParams: (kind: string, error: z.ZodError) =>
    new AppError(
      'task.badParams',
      `This task doesn’t say which licenses to send to Apple (${z.prettifyError(error)}).`,
      { kind },
    ),

  /** Run Again of a batch whose file was removed (older than a month). */
  batchGone: () =>
    new AppError(
      'assignments.batchGone',
      'The list of users and devices of this task is no longer kept, so it can’t run again. Assign the apps or books again instead.',
    ),

  noneSucceeded: (operation: AssignmentOperation, errorNumber: number, count: number) =>
    new AppError(
      `apple.${errorNumber}`,
      `Apple ${operation === 'associate' ? 'assigned' : 'took back'} none of the ${count} licenses. ${appleErrorSentence(errorNumber, 'en')}`,
      { number: errorNumber, count },
    ),
};

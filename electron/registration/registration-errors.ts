import { z } from 'zod';
import { appleErrorSentence } from '../../shared/apple-errors';
import { AppError } from '../host/app-error';
import type { RegistrationOperation } from './registration-batch-store';

/**
 * The registration jobs' own failures. When Apple refused every user, the task fails with
 * Apple's number for the main reason (`apple.9717`): the one table in shared/apple-errors has
 * the sentence that says what to do, in both languages.
 */
export const registrationErrors = {
  badParams: (kind: string, error: z.ZodError) =>
    new AppError(
      'task.badParams',
      `This task doesn’t say which users to send to Apple (${z.prettifyError(error)}).`,
      { kind },
    ),

  /** Run Again of a batch whose list of users was removed (older than a month). */
  batchGone: () =>
    new AppError(
      'registration.batchGone',
      'The list of users of this task is no longer kept, so it can’t run again. Save the VPP section of the users or group again instead.',
    ),

  noneSucceeded: (operation: RegistrationOperation, errorNumber: number, count: number) =>
    new AppError(
      `apple.${errorNumber}`,
      `Apple ${operation === 'register' ? 'registered' : 'retired'} none of the ${count} users. ${appleErrorSentence(errorNumber, 'en')}`,
      { number: errorNumber, count },
    ),
};

import type { KindTexts } from './task-text';

// Placeholder texts until the mail batch's words are written (issue 9).
export const sendInvitationsTexts: KindTexts = {
  title: (i18n) => i18n.t('tasks.steps.working'),
  target: () => '',
  success: (i18n) => i18n.t('tasks.steps.working'),
  facts: () => [],
  rerunParams: (task) => task.params,
};

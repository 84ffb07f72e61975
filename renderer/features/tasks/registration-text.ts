import type { KindTexts } from './task-text';

// Placeholder texts until the registration tasks' words are written (issue 9).
const placeholder: KindTexts = {
  title: (i18n) => i18n.t('tasks.steps.working'),
  target: () => '',
  success: (i18n) => i18n.t('tasks.steps.working'),
  facts: () => [],
  rerunParams: (task) => task.params,
};

export const registerUsersTexts: KindTexts = placeholder;
export const retireUsersTexts: KindTexts = placeholder;

import type { Translation } from '../en';

/** Dutch strings of the mail area (Apple's Dutch, profile-manager-ui.md §8). */
export const mailNl: Translation['mail'] = {
  placeholder: '',
};

import type { Translation } from '../en';

/** Dutch strings of the directory area (Apple's Dutch, profile-manager-ui.md §8). */
export const directoryNl: Translation['directory'] = {
  placeholder: '',
};

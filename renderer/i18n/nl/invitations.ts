import type { Translation } from '../en';

/** Dutch strings of the invitations area (Apple's Dutch, profile-manager-ui.md §8). */
export const invitationsNl: Translation['invitations'] = {
  placeholder: '',
};

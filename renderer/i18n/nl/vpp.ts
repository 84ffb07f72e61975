import type { Translation } from '../en';

/** Dutch strings of the vpp area (Apple's Dutch, profile-manager-ui.md §8). */
export const vppNl: Translation['vpp'] = {
  placeholder: '',
};

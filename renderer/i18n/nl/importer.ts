import type { Translation } from '../en';

/** Dutch strings of the importer area (Apple's Dutch, profile-manager-ui.md §8). */
export const importerNl: Translation['importer'] = {
  placeholder: '',
};

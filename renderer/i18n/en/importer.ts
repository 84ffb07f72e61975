/** English strings of the importer area (merged into en.ts under `importer`). */
export const importerEn = {
  placeholder: '',
};

/** English strings of the directory area (merged into en.ts under `directory`). */
export const directoryEn = {
  placeholder: '',
};

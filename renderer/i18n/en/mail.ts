/** English strings of the mail area (merged into en.ts under `mail`). */
export const mailEn = {
  placeholder: '',
};

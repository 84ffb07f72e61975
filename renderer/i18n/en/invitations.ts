/** English strings of the invitations area (merged into en.ts under `invitations`). */
export const invitationsEn = {
  placeholder: '',
};

// Placeholder: replaced by the full shared fake of the electron module (electron/app helper).
export const electronMock = { default: {} };

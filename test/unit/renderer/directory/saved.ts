import { expect } from 'vitest';
import { eventually } from '../support/render';

/** Waits for a form's Save to finish: its note says "Saved." (or `text`). */
export const waitForSaved = (text = 'Saved.') =>
  eventually(() => expect(document.querySelector('.form-note')?.textContent).toBe(text));

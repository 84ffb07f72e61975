import { expect } from 'vitest';
import { act } from 'react';
import { click, eventually, typeInto } from '../support/render';

/**
 * Finding controls as an admin does: by what they say. Sheets render into document.body,
 * outside the view's container, so these look in the whole document.
 */
export const button = (name: string): HTMLButtonElement => {
  const found = [...document.querySelectorAll('button')].find(
    (candidate) =>
      candidate.getAttribute('aria-label') === name || candidate.textContent?.trim() === name,
  );
  expect(found, `a button “${name}”`).toBeDefined();
  return found!;
};

/** The toolbar's button (the + / − bar has one of the same name). */
export const toolbarButton = (name: string): HTMLButtonElement => {
  const found = [...document.querySelectorAll<HTMLButtonElement>('.toolbar button')].find(
    (candidate) => candidate.textContent?.trim() === name,
  );
  expect(found, `a toolbar button “${name}”`).toBeDefined();
  return found!;
};

/** The field whose label says `label`. */
export const field = <Element extends HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(
  label: string,
): Element => {
  const labelElement = [...document.querySelectorAll('label')].find(
    (candidate) => candidate.textContent === label,
  );
  expect(labelElement, `a field labelled “${label}”`).toBeDefined();
  return document.getElementById(labelElement!.htmlFor) as Element;
};

/** The sentence under a field that says what is wrong with it. */
export const fieldError = (label: string): string | null => {
  const input = field(label);
  const id = input.getAttribute('aria-describedby');
  return id ? (document.getElementById(id)?.textContent ?? null) : null;
};

export const sheet = (): HTMLElement | null => document.querySelector('[role="dialog"]');

export const sheetText = (): string => sheet()?.textContent ?? '';

/** The options of a listbox, by their first line. */
export const optionNames = (listbox: Element): string[] =>
  [...listbox.querySelectorAll('[role="option"] .row-primary')].map(
    (name) => name.textContent ?? '',
  );

/** Clicks, then lets what the click started (a transaction, a sheet closing) finish in act. */
export const clickAndSettle = async (target: Element, settleMs = 100) => {
  await act(async () => {
    (target as HTMLElement).click();
    await new Promise((resolve) => setTimeout(resolve, settleMs));
  });
};

/** A button of the open sheet (the window behind has buttons of the same name). */
export const sheetButton = (name: string): HTMLButtonElement => {
  const found = [...(sheet()?.querySelectorAll('button') ?? [])].find(
    (candidate) => candidate.textContent?.trim() === name,
  );
  expect(found, `a button “${name}” in the sheet`).toBeDefined();
  return found!;
};

/** Like `eventually`, for checks that read the database. */
export const eventuallyAsync = async (check: () => Promise<void>, timeoutMs = 3000) => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await act(async () => {
        await new Promise((resolve) => setTimeout(resolve, 10));
      });
    }
  }
};

/** Types `text` into the field, clicks Save, and waits for the field to say `sentence`. */
export const saveRefused = async (label: string, text: string, sentence: string) => {
  await typeInto(field<HTMLInputElement>(label), text);
  await click(button('Save'));
  await eventually(() => expect(fieldError(label)).toBe(sentence));
};

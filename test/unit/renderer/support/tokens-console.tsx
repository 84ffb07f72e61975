import { act } from 'react';
import { beforeEach } from 'vitest';
import { App } from '../../../../renderer/app';
import type { ConsoleDatabase } from '../../../../renderer/db/database';
import { useTokenSheets } from '../../../../renderer/features/tokens/token-sheets';
import { useUiStore } from '../../../../renderer/stores/ui-store';
import { createFakeMain, type FakeMainHandlers } from './fake-main';
import { fakeTokenMain, type FakeTokenMainOptions } from './fake-tokens';
import { renderPerTest } from './render-per-test';
import type { renderConsole } from './render';

/** Elements by their visible text, anywhere in the page (sheets are portaled to the body). */
export const byText = (selector: string, text: string) =>
  [...document.body.querySelectorAll<HTMLElement>(selector)].find(
    (element) => element.textContent?.trim() === text,
  );

export const dialog = () => document.body.querySelector<HTMLElement>('[role="dialog"]');

export const dialogTitle = () => {
  const sheet = dialog();
  return sheet && document.getElementById(sheet.getAttribute('aria-labelledby')!)?.textContent;
};

/** A sheet's button, by its label. */
export const sheetButton = (label: string) =>
  [...(dialog()?.querySelectorAll<HTMLButtonElement>('button') ?? [])].find(
    (button) => button.textContent?.trim() === label,
  );

/** The input a label names (FormRow labels point at their control). */
export const field = (label: string) => {
  const element = byText('label', label) as HTMLLabelElement | undefined;
  if (!element) throw new Error(`No field labelled “${label}”.`);
  return document.getElementById(element.htmlFor) as HTMLInputElement;
};

/** A token file as the browser hands it over (happy-dom's File). */
export const tokenFile = (content = 'eyJ0b2tlbiI6ImFiYyJ9', name = 'Hoofdgebouw.vpptoken') =>
  new File([content], name, { type: 'application/octet-stream' });

/** Chooses `file` in the open sheet's file field, as the Open panel would. */
export const chooseFile = async (file: File) => {
  const input = dialog()?.querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error('The sheet has no file field.');
  Object.defineProperty(input, 'files', { configurable: true, value: [file] });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
};

/** A drag event with files (happy-dom has DataTransfer, but no DragEvent). */
export const dragEvent = (type: string, files: File[] | null) => {
  const event = new Event(type, { bubbles: true, cancelable: true });
  let transfer: DataTransfer | null = null;
  if (files) {
    transfer = new DataTransfer();
    for (const file of files) transfer.items.add(file);
  }
  Object.defineProperty(event, 'dataTransfer', { value: transfer });
  return event;
};

export const dispatch = async (target: EventTarget, event: Event) => {
  await act(async () => {
    target.dispatchEvent(event);
  });
};

/**
 * The whole console (App) over a fake main with token and vault handlers, opened on Tokens.
 * The Tokens sheets' store is reset before each test of the calling file.
 */
export const tokensConsolePerTest = () => {
  const render = renderPerTest();
  beforeEach(() => useTokenSheets.setState({ sheet: null, droppedFile: null }));
  return async (
    options: FakeTokenMainOptions & {
      db?: ConsoleDatabase;
      handlers?: FakeMainHandlers;
      section?: 'tokens' | 'users';
      render?: Parameters<typeof renderConsole>[1];
    } = {},
  ) => {
    const tokens = fakeTokenMain(options);
    const main = createFakeMain({ ...tokens.handlers, ...options.handlers });
    const rendered = await render(<App />, { db: options.db, api: main.api, ...options.render });
    await act(async () => useUiStore.getState().selectSection(options.section ?? 'tokens'));
    return { ...rendered, main, tokens };
  };
};

import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import type { AppInfo } from '../../../../shared/domain/app-info';
import type { Settings } from '../../../../shared/domain/settings';
import { ConsoleDatabase } from '../../../../renderer/db/database';
import { SettingsProvider } from '../../../../renderer/features/settings/settings-context';
import { createI18n } from '../../../../renderer/i18n/i18n';
import type { UiLanguage } from '../../../../renderer/i18n/resolve-language';
import type { MainApi } from '../../../../renderer/services/main-api';
import { ServicesProvider } from '../../../../renderer/services/console-services';
import { initialUiState, useUiStore } from '../../../../renderer/stores/ui-store';
import { createFakeMain, defaultSettings, testAppInfo } from './fake-main';

// Tell React this is a test environment, so state updates inside act() flush without warnings.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export const freshDatabase = () => new ConsoleDatabase(`vpp-console-test-${crypto.randomUUID()}`);

export interface Rendered {
  container: HTMLElement;
  db: ConsoleDatabase;
  unmount(): Promise<void>;
}

/** Mounts `ui` with everything a view expects above it: i18n, database, main, settings. */
export const renderConsole = async (
  ui: ReactNode,
  options: {
    db?: ConsoleDatabase;
    api?: MainApi;
    settings?: Settings;
    language?: UiLanguage;
    appInfo?: Partial<AppInfo>;
  } = {},
): Promise<Rendered> => {
  useUiStore.setState(initialUiState);
  const db = options.db ?? freshDatabase();
  const api = options.api ?? createFakeMain().api;
  // The settings decide the language, as in the console; `language` is a shortcut for that.
  const settings = options.settings ?? { ...defaultSettings(), language: options.language ?? 'en' };
  const i18n = createI18n(options.language ?? 'en');
  const container = document.createElement('div');
  container.id = 'root';
  document.body.append(container);
  let root: Root | undefined;
  await act(async () => {
    root = createRoot(container);
    root.render(
      <I18nextProvider i18n={i18n}>
        <ServicesProvider services={{ db, api, appInfo: { ...testAppInfo, ...options.appInfo } }}>
          <SettingsProvider initial={settings}>{ui}</SettingsProvider>
        </ServicesProvider>
      </I18nextProvider>,
    );
  });
  return {
    container,
    db,
    unmount: async () => {
      await act(async () => root?.unmount());
      container.remove();
      db.close();
    },
  };
};

/** Retries `check` (inside act, so live queries can settle) until it stops throwing. */
export const eventually = async (check: () => void, timeoutMs = 3000): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      check();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await act(async () => {
        await new Promise((resolve) => setTimeout(resolve, 10));
      });
    }
  }
};

export const press = async (target: Element, key: string, init: KeyboardEventInit = {}) => {
  await act(async () => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, ...init }));
  });
};

export const click = async (target: Element) => {
  await act(async () => {
    (target as HTMLElement).click();
  });
};

/** Types into a React-controlled field the way a browser does: new value, then an input event. */
export const typeInto = async (input: HTMLInputElement, text: string) => {
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, text);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
};

/**
 * happy-dom does no layout, so every element is 0 px tall and a virtual list would show no
 * rows. This gives elements a window-sized client box until the returned function restores it.
 */
export const fakeLayout = (height = 600, width = 800): (() => void) => {
  const prototype = HTMLElement.prototype;
  const saved = ['clientHeight', 'clientWidth'].map(
    (name) => [name, Object.getOwnPropertyDescriptor(prototype, name)] as const,
  );
  Object.defineProperty(prototype, 'clientHeight', { configurable: true, get: () => height });
  Object.defineProperty(prototype, 'clientWidth', { configurable: true, get: () => width });
  return () => {
    for (const [name, descriptor] of saved) {
      if (descriptor) Object.defineProperty(prototype, name, descriptor);
      else delete (prototype as unknown as Record<string, unknown>)[name];
    }
  };
};

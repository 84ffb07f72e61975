import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/contract';
import { Settings, SettingsPatch } from '../../../shared/domain/settings';
import { App } from '../../../renderer/app';
import { SettingsView } from '../../../renderer/features/settings/settings-view';
import { useUiStore } from '../../../renderer/stores/ui-store';
import { createFakeMain, defaultSettings } from './support/fake-main';
import { click, eventually, press, renderConsole, typeInto, type Rendered } from './support/render';

let rendered: Rendered | undefined;
afterEach(async () => {
  await rendered?.unmount();
  rendered = undefined;
});

/** A main whose settings:update behaves like the real store: validate, merge, answer. */
const mainWithSettings = () => {
  let stored = defaultSettings();
  const updates: unknown[] = [];
  const main = createFakeMain({
    'settings:update': (patch) => {
      updates.push(patch);
      const parsed = SettingsPatch.safeParse(patch);
      if (!parsed.success) throw new ApiError({ code: 'ipc.badPayload', message: 'Bad patch.' });
      stored = Settings.parse({ ...stored, ...parsed.data });
      return stored;
    },
    'tasks:start': (request) => ({
      ...request,
      status: 'queued',
      progress: null,
      step: null,
      error: null,
      result: null,
      createdAt: 1,
      updatedAt: 1,
      finishedAt: null,
    }),
  });
  return { ...main, updates };
};

const byText = (container: HTMLElement, selector: string, text: string) =>
  [...container.querySelectorAll<HTMLElement>(selector)].find((el) => el.textContent === text);

const labelled = (container: HTMLElement, label: string) => {
  const element = byText(container, 'label', label) as HTMLLabelElement;
  const control = element.htmlFor
    ? container.querySelector(`#${CSS.escape(element.htmlFor)}`)
    : element.querySelector('input');
  return control as HTMLInputElement & HTMLSelectElement;
};

const choose = async (select: HTMLSelectElement, value: string) => {
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!.call(select, value);
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
};

describe('Settings: language', () => {
  it('switches the whole console to Dutch once the choice is saved, and says so in Dutch', async () => {
    const main = mainWithSettings();
    rendered = await renderConsole(<App />, { api: main.api });
    const { container } = rendered;
    await act(async () => useUiStore.getState().selectSection('settings'));
    const revert = byText(container, 'button', 'Revert')!;
    expect(revert.hasAttribute('disabled')).toBe(true);
    await choose(labelled(container, 'Language'), 'nl');
    // Nothing changes until Save, as everywhere in Settings.
    expect(main.updates).toEqual([]);
    expect(revert.hasAttribute('disabled')).toBe(false);
    await click(byText(container, 'button', 'Save')!);
    expect(main.updates).toEqual([{ language: 'nl' }]);
    await eventually(() => expect(container.textContent).toContain('Bewaard.'));
    await eventually(() =>
      expect(container.querySelector('[data-section="users"]')?.textContent).toBe('Gebruikers'),
    );
    expect(container.querySelector('nav')?.getAttribute('aria-label')).toBe('Navigatiekolom');
    expect(document.documentElement.lang).toBe('nl');
  });

  it('follows a change made in another window', async () => {
    const main = mainWithSettings();
    rendered = await renderConsole(<App />, { api: main.api });
    await act(async () => main.emit('settings:changed', { ...defaultSettings(), language: 'nl' }));
    await eventually(() =>
      expect(rendered!.container.querySelector('.sidebar-heading')?.textContent).toBe(
        'Bibliotheek',
      ),
    );
  });
});

/** Settings opened on its Apple Service pane, as Check Connection… in Active Tasks does. */
const renderAppleServicePane = async (main: ReturnType<typeof mainWithSettings>) => {
  rendered = await renderConsole(<SettingsView />, { api: main.api });
  await click(byText(rendered.container, '[role="tab"]', 'Apple Service')!);
  return rendered;
};

describe('Settings: Apple service', () => {
  it('refuses a missing or malformed custom URL with a clear message, and saves a good one', async () => {
    const main = mainWithSettings();
    const { container } = await renderAppleServicePane(main);
    await click(labelled(container, 'Custom URL'));
    await click(byText(container, 'button', 'Save')!);
    expect(container.querySelector('[role="alert"]')?.textContent).toBe(
      'Enter the address of the service.',
    );

    const url = labelled(container, 'Service URL');
    await typeInto(url, 'vpp.school.local');
    await click(byText(container, 'button', 'Save')!);
    expect(container.querySelector('[role="alert"]')?.textContent).toContain(
      'Enter a full address that starts with https://, or with http:// for a service on this computer',
    );
    expect(url.getAttribute('aria-invalid')).toBe('true');
    // Content tokens travel with every request: plain http only to this computer.
    await typeInto(url, 'http://vpp.school.example/mdm/v2');
    await click(byText(container, 'button', 'Save')!);
    expect(url.getAttribute('aria-invalid')).toBe('true');
    expect(main.updates).toEqual([]);

    await typeInto(url, 'http://127.0.0.1:8080/mdm/v2');
    await click(byText(container, 'button', 'Save')!);
    expect(main.updates).toEqual([
      { appleService: { mode: 'custom', customUrl: 'http://127.0.0.1:8080/mdm/v2' } },
    ]);
    await eventually(() => expect(container.textContent).toContain('Saved.'));
    expect(byText(container, 'button', 'Save')?.hasAttribute('disabled')).toBe(true);
  });

  it('asks in a sheet before switching to Apple’s real service; Escape changes nothing', async () => {
    const main = mainWithSettings();
    const { container } = await renderAppleServicePane(main);
    await click(labelled(container, 'Apple (vpp.itunes.apple.com)'));
    const save = byText(container, 'button', 'Save')!;
    save.focus();
    await click(save);

    const dialog = document.querySelector<HTMLElement>('[role="dialog"]')!;
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    const title = document.getElementById(dialog.getAttribute('aria-labelledby')!);
    expect(title?.textContent).toBe('Use Apple’s Service?');
    const [cancel, confirm] = [...dialog.querySelectorAll('button')];
    expect(document.activeElement).toBe(confirm);
    expect(container.hasAttribute('inert')).toBe(true);

    // Tab stays inside the sheet.
    await press(confirm, 'Tab');
    expect(document.activeElement).toBe(cancel);
    await press(cancel, 'Tab', { shiftKey: true });
    expect(document.activeElement).toBe(confirm);

    await press(confirm, 'Escape');
    expect(document.querySelector('[role="dialog"]')).toBeNull();
    expect(main.updates).toEqual([]);
    expect(container.hasAttribute('inert')).toBe(false);
    expect(document.activeElement).toBe(save);

    await click(save);
    await click(byText(document.body, '[role="dialog"] button', 'Use Apple')!);
    expect(main.updates).toEqual([{ appleService: { mode: 'apple' } }]);
    await eventually(() => expect(document.querySelector('[role="dialog"]')).toBeNull());
  });
});

describe('Settings: Check Connection', () => {
  it('checks the service shown on screen, saved or not, and names it', async () => {
    const main = mainWithSettings();
    const { container } = await renderAppleServicePane(main);
    await click(labelled(container, 'Custom URL'));
    // Checking a custom service with no address asks for one instead of checking another.
    await click(byText(container, 'button', 'Check Connection')!);
    expect(container.querySelector('[role="alert"]')?.textContent).toBe(
      'Enter the address of the service.',
    );
    await typeInto(labelled(container, 'Service URL'), 'http://127.0.0.1:4781/mdm/v2');
    await click(byText(container, 'button', 'Check Connection')!);
    const startCall = () => main.calls.find((call) => call.channel === 'tasks:start');
    await eventually(() => expect(startCall()).toBeDefined());
    expect(startCall()?.request).toMatchObject({
      kind: 'apple:checkService',
      params: { service: 'custom', url: 'http://127.0.0.1:4781/mdm/v2' },
    });
    // The setting itself was not saved by checking it.
    expect(main.updates).toEqual([]);
  });

  it('shows the newest check in words: running, failed with the reason, or canceled', async () => {
    const main = mainWithSettings();
    const { container, db } = await renderAppleServicePane(main);
    await click(byText(container, 'button', 'Check Connection')!);
    const startCall = () => main.calls.find((call) => call.channel === 'tasks:start');
    await eventually(() => expect(startCall()).toBeDefined());
    expect(startCall()?.request).toMatchObject({ params: { service: 'sandbox' } });
    const status = () => container.querySelector('.check-status')?.textContent;
    await eventually(() => expect(status()).toContain('Checking the service shown above…'));
    expect(byText(container, 'button', 'Cancel')).toBeDefined();

    const { id } = startCall()!.request as { id: string };
    await db.tasks.update(id, {
      status: 'failed',
      error: { code: 'network.unreachable', message: 'x', params: { url: 'http://127.0.0.1:9' } },
      updatedAt: 2,
      finishedAt: Date.now(),
    });
    await eventually(() => expect(status()).toContain('Failed'));
    expect(status()).toContain('127.0.0.1:9');
    expect(status()).not.toContain('internet');

    await db.tasks.update(id, {
      status: 'cancelled',
      error: { code: 'task.cancelled', message: 'The task was cancelled.' },
      updatedAt: 3,
    });
    await eventually(() => expect(status()).toContain('Canceled before it finished.'));
    expect(status()).not.toMatch(/fail/i);
    expect(container.querySelector('.check-status .tone-failure')).toBeNull();
  });
});

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
  it('switches the whole console to Dutch as soon as main has saved the choice', async () => {
    const main = mainWithSettings();
    rendered = await renderConsole(<App />, { api: main.api });
    const { container } = rendered;
    await act(async () => useUiStore.getState().selectSection('settings'));
    await choose(labelled(container, 'Language'), 'nl');
    expect(main.updates).toEqual([{ language: 'nl' }]);
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

describe('Settings: Apple service', () => {
  it('refuses a missing or malformed custom URL with a clear message, and saves a good one', async () => {
    const main = mainWithSettings();
    rendered = await renderConsole(<SettingsView />, { api: main.api });
    const { container } = rendered;
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
    rendered = await renderConsole(<SettingsView />, { api: main.api });
    const { container } = rendered;
    await click(labelled(container, 'Apple (vpp.itunes.apple.com)'));
    const save = byText(container, 'button', 'Save')!;
    save.focus();
    await click(save);

    const dialog = document.querySelector<HTMLElement>('[role="dialog"]')!;
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    const title = document.getElementById(dialog.getAttribute('aria-labelledby')!);
    expect(title?.textContent).toBe('Use Apple’s service?');
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
  it('starts the check as a task and repeats its newest outcome', async () => {
    const main = mainWithSettings();
    rendered = await renderConsole(<SettingsView />, { api: main.api });
    const { container, db } = rendered;
    await click(byText(container, 'button', 'Check Connection')!);
    const startCall = () => main.calls.find((call) => call.channel === 'tasks:start');
    await eventually(() => expect(startCall()).toBeDefined());
    const started = startCall();
    expect(started?.request).toMatchObject({ kind: 'apple:checkService', params: {} });
    await eventually(() =>
      expect(container.querySelector('[role="status"]')?.textContent).toContain(
        'Checking the Apple service… See Active Tasks.',
      ),
    );

    const { id } = started!.request as { id: string };
    await db.tasks.update(id, {
      status: 'failed',
      error: { code: 'network.unreachable', message: 'x', params: { url: 'http://127.0.0.1:9' } },
      updatedAt: 2,
      finishedAt: Date.now(),
    });
    await eventually(() =>
      expect(container.querySelector('[role="status"]')?.textContent).toContain(
        'The check failed: The console could not reach the service at 127.0.0.1:9.',
      ),
    );
  });
});

import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { Settings, SettingsPatch } from '../../../shared/domain/settings';
import { SettingsView } from '../../../renderer/features/settings/settings-view';
import { createFakeMain, defaultSettings } from './support/fake-main';
import { click, eventually, renderConsole, type Rendered } from './support/render';

let rendered: Rendered | undefined;
afterEach(async () => {
  await rendered?.unmount();
  rendered = undefined;
});

/** A main whose settings:update validates and merges like the real store. */
const mainWithSettings = (initial: Settings = defaultSettings()) => {
  let stored = initial;
  const updates: unknown[] = [];
  const main = createFakeMain({
    'settings:update': (patch) => {
      updates.push(patch);
      stored = Settings.parse({ ...stored, ...SettingsPatch.parse(patch) });
      return stored;
    },
  });
  return { ...main, updates };
};

const byText = (container: HTMLElement, selector: string, text: string) =>
  [...container.querySelectorAll<HTMLElement>(selector)].find((el) => el.textContent === text)!;

const intervalSelect = (container: HTMLElement) => {
  const label = byText(container, 'label', 'Check for changes') as HTMLLabelElement;
  return container.querySelector<HTMLSelectElement>(`#${CSS.escape(label.htmlFor)}`)!;
};

const choose = async (select: HTMLSelectElement, value: string) => {
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!.call(select, value);
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
};

const openSyncPane = async (
  main: ReturnType<typeof mainWithSettings>,
  options: { language?: 'en' | 'nl'; settings?: Settings } = {},
) => {
  rendered = await renderConsole(<SettingsView />, { api: main.api, ...options });
  const tab = options.language === 'nl' ? 'Synchronisatie' : 'Sync';
  await click(byText(rendered.container, '[role="tab"]', tab));
  return rendered.container;
};

describe('Settings: Sync', () => {
  it('offers 15 minutes to 12 hours, and saves the interval chosen', async () => {
    const main = mainWithSettings();
    const container = await openSyncPane(main);
    const select = intervalSelect(container);
    expect([...select.options].map((option) => option.textContent)).toEqual([
      'Every 15 minutes',
      'Every 30 minutes',
      'Every hour',
      'Every 2 hours',
      'Every 4 hours',
      'Every 6 hours',
      'Every 12 hours',
    ]);
    expect(select.value).toBe('30');
    expect(container.textContent).toContain(
      'A full sync, which also removes what Apple no longer has, runs every 7 days and whenever you click Sync Now.',
    );

    const save = byText(container, 'button', 'Save');
    expect(save.hasAttribute('disabled')).toBe(true);
    await choose(select, '120');
    expect(main.updates).toEqual([]);
    await click(save);
    expect(main.updates).toEqual([{ sync: { intervalMinutes: 120 } }]);
    await eventually(() => expect(container.textContent).toContain('Saved.'));
    expect(intervalSelect(container).value).toBe('120');
    expect(save.hasAttribute('disabled')).toBe(true);
  });

  it('takes a choice back with Revert, and keeps a saved value that isn’t one of the choices', async () => {
    const main = mainWithSettings();
    const container = await openSyncPane(main, {
      settings: Settings.parse({ language: 'en', sync: { intervalMinutes: 45 } }),
    });
    const select = intervalSelect(container);
    expect(select.value).toBe('45');
    expect(select.selectedOptions[0].textContent).toBe('Every 45 minutes');
    await choose(select, '720');
    await click(byText(container, 'button', 'Revert'));
    expect(intervalSelect(container).value).toBe('45');
    expect(main.updates).toEqual([]);
  });

  it('speaks Dutch', async () => {
    const dutch = Settings.parse({ language: 'nl' });
    const main = mainWithSettings(dutch);
    const container = await openSyncPane(main, { language: 'nl', settings: dutch });
    const label = byText(container, 'label', 'Zoek naar wijzigingen') as HTMLLabelElement;
    const select = container.querySelector<HTMLSelectElement>(`#${CSS.escape(label.htmlFor)}`)!;
    expect([...select.options].map((option) => option.textContent)).toEqual([
      'Elke 15 minuten',
      'Elke 30 minuten',
      'Elk uur',
      'Elke 2 uur',
      'Elke 4 uur',
      'Elke 6 uur',
      'Elke 12 uur',
    ]);
    await choose(select, '15');
    await click(byText(container, 'button', 'Bewaar'));
    expect(main.updates).toEqual([{ sync: { intervalMinutes: 15 } }]);
    await eventually(() => expect(container.textContent).toContain('Bewaard.'));
  });
});

import { act } from 'react';
import { describe, expect, it } from 'vitest';
import {
  initialDirectoryFilters,
  useDirectoryStore,
} from '../../../../renderer/features/directory/directory-store';
import { DevicesView } from '../../../../renderer/features/devices/devices-view';
import type { DeviceRow } from '../../../../renderer/db/types';
import { useUiStore } from '../../../../renderer/stores/ui-store';
import { click, eventually, freshDatabase, typeInto } from '../support/render';
import { renderPerTest } from '../support/render-per-test';
import { userRow } from '../support/users-list';
import {
  button,
  clickAndSettle,
  field,
  optionNames,
  sheet,
  sheetButton,
  sheetText,
  saveRefused,
  toolbarButton,
} from './directory-dom';
import { waitForSaved } from './saved';

const render = renderPerTest();

const device = (id: string, name: string, extra: Partial<DeviceRow> = {}) => ({
  id,
  name,
  deviceGroupIds: [] as string[],
  placeholder: false,
  createdAt: 1,
  updatedAt: 1,
  ...extra,
});

const seeded = async () => {
  useDirectoryStore.setState({ filters: initialDirectoryFilters });
  const db = freshDatabase();
  await db.users.bulkAdd([userRow('u1', 'Sara de Boer'), userRow('u2', 'Daan Jansen')]);
  await db.deviceGroups.add({ id: 'dg1', name: 'iPad-kar 1', createdAt: 1, updatedAt: 1 });
  await db.devices.bulkAdd([
    device('d1', 'iPad 01', {
      serialNumber: 'DMPX01',
      platform: 'iPadOS',
      deviceGroupIds: ['dg1'],
    }),
    device('d2', 'MacBook lokaal 3', { serialNumber: 'C02X03', platform: 'macOS', userId: 'u1' }),
  ]);
  const rendered = await render(<DevicesView />, { db });
  await eventually(() => expect(rendered.container.textContent).toContain('2 items'));
  return { ...rendered, db };
};

const select = async (id: string) => {
  await act(async () => useUiStore.getState().selectItem('devices', id));
  await eventually(() => expect(field('Serial Number')).toBeTruthy());
};

const choose = async (label: string, value: string) => {
  const select = field<HTMLSelectElement>(label);
  await act(async () => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
};

describe('devices', () => {
  it('+ adds a placeholder “New Device”; its fields save, the serial number as Apple prints it', async () => {
    const { db } = await seeded();
    await click(toolbarButton('Add'));
    await eventually(() =>
      expect(document.querySelector('.detail-title')?.textContent).toBe('New Device'),
    );
    await typeInto(field('Name'), 'iPad 02');
    await typeInto(field('Serial Number'), 'dmpx 02');
    await typeInto(field('Model'), 'iPad (10th generation)');
    await choose('Platform', 'iPadOS');
    await click(button('Save'));
    await waitForSaved();
    const created = (await db.devices.toArray()).find((row) => row.name === 'iPad 02');
    expect(created).toMatchObject({
      serialNumber: 'DMPX02',
      model: 'iPad (10th generation)',
      platform: 'iPadOS',
      placeholder: true,
    });
    // The saved form equals what it shows, so nothing is left to save.
    await eventually(() => expect(button('Save').disabled).toBe(true));
  });

  it('refuses a serial number another device has, and says which device', async () => {
    const { db } = await seeded();
    await select('d2');
    await saveRefused(
      'Serial Number',
      'dmpx01',
      'Serial number DMPX01 already belongs to “iPad 01”.',
    );
    await saveRefused('Name', '', 'Enter a name.');
    expect((await db.devices.get('d2'))?.serialNumber).toBe('C02X03');
  });

  it('assigns a user chosen from a searchable sheet, and None takes them off', async () => {
    const { db } = await seeded();
    await select('d1');
    expect(document.body.textContent).toContain('No user');
    await click(button('Choose…'));
    await eventually(() => expect(optionNames(sheet()!)).toEqual(['Daan Jansen', 'Sara de Boer']));
    await typeInto(sheet()!.querySelector('input[type="search"]')!, 'daan');
    await eventually(() => expect(optionNames(sheet()!)).toEqual(['Daan Jansen']));
    await click(sheet()!.querySelector('[role="option"]')!);
    await click(sheetButton('Choose'));
    await eventually(() =>
      expect(document.querySelector('.chosen-user')?.textContent).toBe('Daan Jansen'),
    );
    await click(button('Save'));
    await waitForSaved();
    expect((await db.devices.get('d1'))?.userId).toBe('u2');

    await click(button('None'));
    await click(button('Save'));
    await waitForSaved();
    expect((await db.devices.get('d1'))?.userId).toBeUndefined();
  });

  it('filters by platform and by having no user', async () => {
    const { container } = await seeded();
    const names = () => optionNames(container.querySelector('[role="listbox"]')!);
    await choose('Show', 'macOS');
    await eventually(() => expect(names()).toEqual(['MacBook lokaal 3']));
    await choose('Show', 'withoutUser');
    await eventually(() => expect(names()).toEqual(['iPad 01']));
    await choose('Show', 'iOS');
    await eventually(() =>
      expect(container.textContent).toContain(
        'Nothing in this list matches what’s chosen in Show.',
      ),
    );
    await choose('Show', 'all');
    await eventually(() => expect(names()).toEqual(['iPad 01', 'MacBook lokaal 3']));
  });

  it('deleting a device asks first, naming its device groups and user', async () => {
    const { db } = await seeded();
    await select('d2');
    await click(button('Delete'));
    await eventually(() =>
      expect(sheetText()).toContain('It is no longer assigned to Sara de Boer.'),
    );
    // It is in no device group, so the sheet does not mention any.
    expect(sheetText()).not.toContain('device group');
    expect(sheetText()).toContain('Apps assigned to it at Apple stay assigned');
    await clickAndSettle(sheetButton('Delete'));
    expect(sheet()).toBeNull();
    expect(await db.devices.get('d2')).toBeUndefined();
    expect(await db.users.get('u1')).toBeDefined();
  });
});

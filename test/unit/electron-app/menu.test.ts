import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  applicationMenuTemplate,
  installApplicationMenu,
  type MenuTemplate,
} from '../../../electron/app/menu';
import { menuLanguage } from '../../../electron/app/menu-labels';
import { fake, resetElectronMock } from '../../mocks/electron';

const items = (menu: MenuTemplate) => menu.map((item) => item.label);
const submenu = (menu: MenuTemplate, role: string) =>
  menu.find((item) => item.role === role)?.submenu as MenuTemplate;
const roles = (entries: MenuTemplate) => entries.map((entry) => entry.role);

const base = {
  platform: 'darwin' as const,
  isDev: false,
  language: 'en' as const,
  sendCommand: () => {},
};

describe('application menu', () => {
  it('has the macOS app menu on a Mac only', () => {
    const mac = applicationMenuTemplate({ ...base, openExternal: () => {} });
    const windows = applicationMenuTemplate({ ...base, platform: 'win32', openExternal: () => {} });
    expect(items(mac)).toEqual(['VPP Console', 'File', 'Edit', 'View', 'Window', 'Help']);
    expect(items(windows)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    expect(roles(submenu(windows, 'fileMenu')).at(-1)).toBe('quit');
  });

  it('keeps copy and paste working through the Edit menu’s roles', () => {
    const edit = submenu(applicationMenuTemplate({ ...base, openExternal: () => {} }), 'editMenu');
    expect(roles(edit)).toEqual(
      expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']),
    );
  });

  it('offers Reload and the developer tools only when not packaged', () => {
    const shipped = submenu(
      applicationMenuTemplate({ ...base, openExternal: () => {} }),
      'viewMenu',
    );
    const dev = submenu(
      applicationMenuTemplate({ ...base, isDev: true, openExternal: () => {} }),
      'viewMenu',
    );
    expect(roles(shipped)).not.toContain('reload');
    expect(roles(shipped)).not.toContain('toggleDevTools');
    // ⌘R is Sync Now, so a developer's reload is ⇧⌘R.
    expect(roles(dev)).toEqual(expect.arrayContaining(['forceReload', 'toggleDevTools']));
    expect(roles(dev)).not.toContain('reload');
  });

  it('shows the console’s shortcuts and hands them to the page: ⌘N add, ⌘F find, ⌘R sync', () => {
    const sent: string[] = [];
    const menu = applicationMenuTemplate({
      ...base,
      openExternal: () => {},
      sendCommand: (command) => sent.push(command),
    });
    const file = submenu(menu, 'fileMenu');
    const edit = submenu(menu, 'editMenu');
    const shortcut = (entries: MenuTemplate, label: string) =>
      entries.find((entry) => entry.label === label);
    expect(shortcut(file, 'Add…')?.accelerator).toBe('CmdOrCtrl+N');
    expect(shortcut(file, 'Sync Now')?.accelerator).toBe('CmdOrCtrl+R');
    expect(shortcut(edit, 'Find…')?.accelerator).toBe('CmdOrCtrl+F');
    for (const entry of [
      shortcut(file, 'Add…'),
      shortcut(edit, 'Find…'),
      shortcut(file, 'Sync Now'),
    ])
      entry?.click?.({} as never, undefined, {} as never);
    expect(sent).toEqual(['add', 'find', 'sync']);
    const dutch = applicationMenuTemplate({ ...base, language: 'nl', openExternal: () => {} });
    expect(submenu(dutch, 'fileMenu').map((entry) => entry.label)).toContain('Synchroniseer nu');
  });

  it('opens Apple School Manager’s guide from Help, in the admin’s language', () => {
    const openExternal = vi.fn();
    const help = (language: 'en' | 'nl') =>
      submenu(applicationMenuTemplate({ ...base, language, openExternal }), 'help');
    const [guideEn] = help('en');
    expect(guideEn.label).toBe('Apple School Manager User Guide');
    guideEn.click?.({} as never, undefined, {} as never);
    expect(openExternal).toHaveBeenLastCalledWith(
      'https://support.apple.com/guide/apple-school-manager/welcome/web',
    );
    const [guideNl, portalNl] = help('nl');
    expect(guideNl.label).toBe('Apple School Manager-gebruikershandleiding');
    guideNl.click?.({} as never, undefined, {} as never);
    expect(openExternal).toHaveBeenLastCalledWith(
      'https://support.apple.com/nl-nl/guide/apple-school-manager/welcome/web',
    );
    portalNl.click?.({} as never, undefined, {} as never);
    expect(openExternal).toHaveBeenLastCalledWith('https://school.apple.com/');
  });

  it('speaks Dutch in Dutch', () => {
    const menu = applicationMenuTemplate({ ...base, language: 'nl', openExternal: () => {} });
    expect(items(menu)).toEqual([
      'VPP Console',
      'Archief',
      'Wijzig',
      'Weergave',
      'Venster',
      'Help',
    ]);
    expect(submenu(menu, 'editMenu').map((item) => item.label)).toContain('Kopieer');
  });

  it('follows the language setting, and the system’s language for “system”', () => {
    expect(menuLanguage('nl', 'en-US')).toBe('nl');
    expect(menuLanguage('en', 'nl-NL')).toBe('en');
    expect(menuLanguage('system', 'nl-BE')).toBe('nl');
    expect(menuLanguage('system', 'de-DE')).toBe('en');
  });

  describe('installApplicationMenu', () => {
    beforeEach(() => resetElectronMock());

    it('sets the built menu as the application menu', () => {
      installApplicationMenu({ ...base, openExternal: () => {} });
      expect(items(fake.menu.application?.template as MenuTemplate)).toContain('Help');
    });
  });
});

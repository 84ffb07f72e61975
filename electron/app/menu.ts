import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/domain/menu-command';
import { helpLinks, MENU_LABELS, type MenuLanguage } from './menu-labels';

export interface ApplicationMenuOptions {
  platform: NodeJS.Platform;
  /** Unpackaged (`npm start`): adds Reload and the developer tools. */
  isDev: boolean;
  language: MenuLanguage;
  /** Opens a link through the external allow-list. */
  openExternal: (url: string) => void;
  /** Hands one of the console's shortcuts to the page in the focused window. */
  sendCommand: (command: MenuCommand) => void;
}

export type MenuTemplate = MenuItemConstructorOptions[];

/**
 * A small menu: the console's three shortcuts (shown here, run by the page), the standard
 * editing keys, and Help leading to Apple's own guide.
 */
export const applicationMenuTemplate = (options: ApplicationMenuOptions): MenuTemplate => {
  const label = MENU_LABELS[options.language];
  const links = helpLinks(options.language);
  const isMac = options.platform === 'darwin';

  const appMenu: MenuItemConstructorOptions = {
    role: 'appMenu',
    label: 'VPP Console',
    submenu: [
      { role: 'about', label: label.about },
      { type: 'separator' },
      { role: 'services', label: label.services },
      { type: 'separator' },
      { role: 'hide', label: label.hide },
      { role: 'hideOthers', label: label.hideOthers },
      { role: 'unhide', label: label.showAll },
      { type: 'separator' },
      { role: 'quit', label: label.quit },
    ],
  };
  // Windows and Linux have no app menu; Quit lives in File there.
  const command = (
    name: MenuCommand,
    itemLabel: string,
    accelerator: string,
  ): MenuItemConstructorOptions => ({
    label: itemLabel,
    accelerator,
    click: () => options.sendCommand(name),
  });
  const consoleCommands: MenuItemConstructorOptions[] = [
    command('add', label.add, 'CmdOrCtrl+N'),
    command('sync', label.syncNow, 'CmdOrCtrl+R'),
    { type: 'separator' },
  ];
  const fileMenu: MenuItemConstructorOptions = {
    role: 'fileMenu',
    label: label.file,
    submenu: [
      ...consoleCommands,
      isMac ? { role: 'close', label: label.close } : { role: 'quit', label: label.quit },
    ],
  };
  const editMenu: MenuItemConstructorOptions = {
    role: 'editMenu',
    label: label.edit,
    submenu: [
      { role: 'undo', label: label.undo },
      { role: 'redo', label: label.redo },
      { type: 'separator' },
      { role: 'cut', label: label.cut },
      { role: 'copy', label: label.copy },
      { role: 'paste', label: label.paste },
      { role: 'selectAll', label: label.selectAll },
      { type: 'separator' },
      command('find', label.find, 'CmdOrCtrl+F'),
    ],
  };
  // ⌘R is Sync Now; a developer reloads with ⇧⌘R.
  const devItems: MenuItemConstructorOptions[] = options.isDev
    ? [
        { role: 'forceReload', label: label.reload },
        { role: 'toggleDevTools', label: label.devTools },
        { type: 'separator' },
      ]
    : [];
  const viewMenu: MenuItemConstructorOptions = {
    role: 'viewMenu',
    label: label.view,
    submenu: [
      ...devItems,
      { role: 'resetZoom', label: label.resetZoom },
      { role: 'zoomIn', label: label.zoomIn },
      { role: 'zoomOut', label: label.zoomOut },
      { type: 'separator' },
      { role: 'togglefullscreen', label: label.fullScreen },
    ],
  };
  const windowMenu: MenuItemConstructorOptions = {
    role: 'windowMenu',
    label: label.window,
    submenu: [
      { role: 'minimize', label: label.minimize },
      { role: 'zoom', label: label.zoom },
      ...(isMac
        ? [{ type: 'separator' } as const, { role: 'front', label: label.front } as const]
        : [{ role: 'close', label: label.close } as const]),
    ],
  };
  const helpMenu: MenuItemConstructorOptions = {
    role: 'help',
    label: label.help,
    submenu: [
      {
        label: label.schoolManagerGuide,
        click: () => options.openExternal(links.schoolManagerGuide),
      },
      { label: label.openSchoolManager, click: () => options.openExternal(links.schoolManager) },
    ],
  };

  return [...(isMac ? [appMenu] : []), fileMenu, editMenu, viewMenu, windowMenu, helpMenu];
};

export const installApplicationMenu = (options: ApplicationMenuOptions): void => {
  Menu.setApplicationMenu(Menu.buildFromTemplate(applicationMenuTemplate(options)));
};

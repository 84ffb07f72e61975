import type { Language } from '../../shared/domain/settings';

export type MenuLanguage = 'en' | 'nl';

/** The console's language setting, with `system` resolved from the OS locale (e.g. `nl-BE`). */
export const menuLanguage = (setting: Language, systemLocale: string): MenuLanguage => {
  if (setting !== 'system') return setting;
  return systemLocale.toLowerCase().startsWith('nl') ? 'nl' : 'en';
};

/** Labels as macOS shows them in English and Dutch; roles supply the actions. */
export const MENU_LABELS = {
  en: {
    about: 'About VPP Console',
    services: 'Services',
    hide: 'Hide VPP Console',
    hideOthers: 'Hide Others',
    showAll: 'Show All',
    quit: 'Quit VPP Console',
    file: 'File',
    add: 'Add…',
    syncNow: 'Sync Now',
    close: 'Close Window',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    find: 'Find…',
    view: 'View',
    reload: 'Reload',
    devTools: 'Toggle Developer Tools',
    resetZoom: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    fullScreen: 'Toggle Full Screen',
    window: 'Window',
    minimize: 'Minimize',
    zoom: 'Zoom',
    front: 'Bring All to Front',
    help: 'Help',
    schoolManagerGuide: 'Apple School Manager User Guide',
    openSchoolManager: 'Open Apple School Manager',
  },
  nl: {
    about: 'Over VPP Console',
    services: 'Voorzieningen',
    hide: 'Verberg VPP Console',
    hideOthers: 'Verberg andere',
    showAll: 'Toon alles',
    quit: 'Stop VPP Console',
    file: 'Archief',
    add: 'Voeg toe…',
    syncNow: 'Synchroniseer nu',
    close: 'Sluit venster',
    edit: 'Wijzig',
    undo: 'Herstel',
    redo: 'Opnieuw',
    cut: 'Knip',
    copy: 'Kopieer',
    paste: 'Plak',
    selectAll: 'Selecteer alles',
    find: 'Zoek…',
    view: 'Weergave',
    reload: 'Laad opnieuw',
    devTools: 'Ontwikkelaarstools',
    resetZoom: 'Ware grootte',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom uit',
    fullScreen: 'Schakel schermvullende weergave in/uit',
    window: 'Venster',
    minimize: 'Minimaliseer',
    zoom: 'Zoom',
    front: 'Zet alles op voorgrond',
    help: 'Help',
    schoolManagerGuide: 'Apple School Manager-gebruikershandleiding',
    openSchoolManager: 'Open Apple School Manager',
  },
} as const satisfies Record<MenuLanguage, Record<string, string>>;

export type MenuLabels = (typeof MENU_LABELS)[MenuLanguage];

/** Apple's pages the Help menu opens; both are on the external-link allow-list. */
export const helpLinks = (language: MenuLanguage) => ({
  schoolManagerGuide:
    language === 'nl'
      ? 'https://support.apple.com/nl-nl/guide/apple-school-manager/welcome/web'
      : 'https://support.apple.com/guide/apple-school-manager/welcome/web',
  schoolManager: 'https://school.apple.com/',
});

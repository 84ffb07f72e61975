import { beforeEach, describe, expect, it } from 'vitest';
import { createMainWindow, mainWindowOptions } from '../../../electron/app/window';
import { TrustedSenders } from '../../../electron/app/trusted-senders';
import { fake, FakeBrowserWindow, resetElectronMock } from '../../mocks/electron';

const placement = { bounds: { x: 40, y: 60, width: 1100, height: 700 }, maximized: false };

describe('the main window', () => {
  beforeEach(() => resetElectronMock());

  it('runs the page sandboxed: isolated context, no Node, no webviews, no spellcheck', () => {
    const { webPreferences } = mainWindowOptions(placement, '/app/dist/electron/preload.cjs');
    expect(webPreferences).toMatchObject({
      preload: '/app/dist/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: false,
    });
  });

  it('has developer tools in a development build only', () => {
    const windowOf = () =>
      createMainWindow({
        placement,
        preloadPath: '/app/preload.cjs',
        senders: new TrustedSenders(),
      }) as unknown as FakeBrowserWindow;
    expect((windowOf().options.webPreferences as { devTools?: boolean }).devTools).toBe(true);
    fake.app.isPackaged = true;
    expect((windowOf().options.webPreferences as { devTools?: boolean }).devTools).toBe(false);
  });

  it('opens where it was remembered, hidden until its first paint, on a background colour', () => {
    const window = createMainWindow({
      placement,
      preloadPath: '/app/preload.cjs',
      senders: new TrustedSenders(),
    }) as unknown as FakeBrowserWindow;
    expect(window.options).toMatchObject({
      ...placement.bounds,
      title: 'VPP Console',
      show: false,
      backgroundColor: '#f5f5f7',
    });
    expect(window.isVisible()).toBe(false);
    window.emit('ready-to-show');
    expect(window.isVisible()).toBe(true);
    expect(window.isMaximized()).toBe(false);
  });

  it('loads the console from app://console/ and trusts its webContents', () => {
    const senders = new TrustedSenders();
    const window = createMainWindow({ placement, preloadPath: '/p.cjs', senders });
    expect(window.webContents.getURL()).toBe('app://console/');
    expect(senders.ids()).toEqual(new Set([window.webContents.id]));
    expect(fake.windows.size).toBe(1);
  });

  it('comes back maximized when it was closed maximized', () => {
    const window = createMainWindow({
      placement: { ...placement, maximized: true },
      preloadPath: '/p.cjs',
      senders: new TrustedSenders(),
    }) as unknown as FakeBrowserWindow;
    window.emit('ready-to-show');
    expect(window.isMaximized()).toBe(true);
    expect(window.isVisible()).toBe(true);
  });

  it('logs a crashed page instead of failing silently', () => {
    const lines: string[] = [];
    const window = createMainWindow({
      placement,
      preloadPath: '/p.cjs',
      senders: new TrustedSenders(),
      log: (line) => lines.push(line),
    });
    window.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    expect(lines).toEqual(["the console's page stopped (crashed); reload it from the View menu"]);
  });
});

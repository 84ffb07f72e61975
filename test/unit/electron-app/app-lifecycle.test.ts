import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { channelNames } from '../../../shared/contract';
import { startMainProcess } from '../../../electron/app/app-lifecycle';
import { LOCK_FILE, lockDataDir } from '../../../electron/host/data-dir-lock';
import { keepRunningOnUncaughtErrors } from '../../../electron/host/last-resort';
import { fake, FakeBrowserWindow, resetElectronMock } from '../../mocks/electron';

const menuLabels = () =>
  (fake.menu.application?.template ?? []).map((item) => (item as { label: string }).label);

describe('the desktop app’s life', () => {
  let root: string;
  let dataDir: string;
  let logs: string[];

  beforeEach(async () => {
    resetElectronMock();
    root = await mkdtemp(join(tmpdir(), 'vpp-main-'));
    dataDir = join(root, 'profile');
    // What `npm run build` leaves in the app folder.
    await mkdir(join(root, 'app', 'dist', 'renderer'), { recursive: true });
    await writeFile(join(root, 'app', 'dist', 'renderer', 'index.html'), '<title>VPP</title>');
    fake.app.getAppPath.mockReturnValue(join(root, 'app'));
    logs = [];
  });
  afterEach(async () => {
    // Take the last-resort handler off again: installing returns its uninstall.
    keepRunningOnUncaughtErrors(() => {})();
    await rm(root, { recursive: true, force: true });
  });

  const start = (...extra: string[]) =>
    startMainProcess(['electron', '.', '--data-dir', dataDir, ...extra], (line) => logs.push(line));

  it('prepares everything Electron needs before ready, and opens nothing yet', () => {
    void start();
    expect(fake.app.setName).toHaveBeenCalledWith('VPP Console');
    expect(fake.app.getPath('userData')).toBe(dataDir);
    expect(fake.session.defaultSession.protocol.registerSchemesAsPrivileged).toHaveBeenCalled();
    expect(fake.app.requestSingleInstanceLock).toHaveBeenCalled();
    expect(fake.windows.size).toBe(0);
    expect(fake.ipcMain.handlers.size).toBe(0);
  });

  it('keeps its data in <appData>/VPP Console without --data-dir', () => {
    void startMainProcess(['electron', '.'], () => {});
    expect(fake.app.getPath('userData')).toBe(join('/fake/appData', 'VPP Console'));
  });

  it('on ready: serves the renderer, binds every channel, and opens one secured window', async () => {
    const running = start();
    await fake.app.emitReady();
    const app = await running;
    expect(app?.dataDir).toBe(dataDir);

    const [window] = FakeBrowserWindow.getAllWindows();
    expect(fake.windows.size).toBe(1);
    expect(window.webContents.getURL()).toBe('app://console/');
    expect(window.options).toMatchObject({
      webPreferences: {
        preload: join(root, 'app', 'dist', 'electron', 'preload.cjs'),
        sandbox: true,
        contextIsolation: true,
      },
    });
    // The page policy reached the app's own window too.
    expect(window.webContents.attemptWindowOpen('https://evil.example/')).toEqual({
      action: 'deny',
    });
    expect(fake.session.defaultSession.permissionCheckHandler?.(null, 'media', '', {})).toBe(false);
    expect([...fake.ipcMain.handlers.keys()].sort()).toEqual([...channelNames].sort());

    const page = await fake.session.defaultSession.protocol.handlers.get('app')!(
      new Request('app://console/'),
    );
    expect(await page.text()).toBe('<title>VPP</title>');

    expect(await fake.ipcMain.invokeFrom(window.webContents, 'app:info')).toMatchObject({
      ok: true,
      value: { name: 'VPP Console', version: '0.1.0-test', frontDoor: 'electron' },
    });
    await app?.host.close();
  });

  it('tells the window when settings change, and the menu follows the language', async () => {
    const running = start();
    await fake.app.emitReady();
    const app = await running;
    const [window] = FakeBrowserWindow.getAllWindows();
    // "system" on a Dutch Mac: a Dutch menu.
    expect(menuLabels()).toContain('Wijzig');

    await fake.ipcMain.invokeFrom(window.webContents, 'settings:update', { language: 'en' });
    expect(window.webContents.send).toHaveBeenCalledWith('api:event', {
      event: 'settings:changed',
      payload: expect.objectContaining({ language: 'en' }),
    });
    expect(menuLabels()).toContain('Edit');
    await app?.host.close();
  });

  it('brings its window forward when the app is started a second time', async () => {
    const running = start();
    await fake.app.emitReady();
    const app = await running;
    const window = app?.mainWindow() as unknown as FakeBrowserWindow;
    window.minimize();
    fake.app.emit('second-instance', {}, [], '/');
    expect(window.isMinimized()).toBe(false);
    expect(window.focus).toHaveBeenCalled();
    await app?.host.close();
  });

  it('opens a window when started again after its window was closed (macOS keeps running)', async () => {
    const running = start();
    await fake.app.emitReady();
    const app = await running;
    expect(fake.app.enableSandbox).toHaveBeenCalled();
    const first = app?.mainWindow() as unknown as FakeBrowserWindow;
    first.close();
    expect(app?.mainWindow()).toBeUndefined();
    fake.app.emit('second-instance', {}, [], '/');
    await vi.waitFor(() => expect(app?.mainWindow()).toBeDefined());
    expect(app?.mainWindow()).not.toBe(first);
    await app?.host.close();
  });

  it('as the second copy: hands over and quits without opening anything', async () => {
    fake.app.singleInstanceLock = false;
    const running = start();
    expect(fake.app.quit).toHaveBeenCalled();
    expect(await running).toBeUndefined();
    await fake.app.emitReady();
    expect(fake.windows.size).toBe(0);
    expect(fake.ipcMain.handlers.size).toBe(0);
  });

  it('on quit: saves the window’s place, unbinds IPC and closes the host before exiting', async () => {
    const running = start();
    await fake.app.emitReady();
    const app = await running;
    const window = app?.mainWindow() as unknown as FakeBrowserWindow;
    window.setBounds({ x: 30, y: 40, width: 1000, height: 640 });

    window.close(); // the last window: on Windows and Linux the app quits
    expect(app?.mainWindow()).toBeUndefined();
    await expect.poll(() => fake.app.quitted).toBe(true);

    expect(JSON.parse(await readFile(join(dataDir, 'window-state.json'), 'utf8'))).toEqual({
      bounds: { x: 30, y: 40, width: 1000, height: 640 },
      maximized: false,
    });
    expect(fake.ipcMain.handlers.size).toBe(0);
    // The data folder is free again for the next start, of either front door.
    await expect(readFile(join(dataDir, LOCK_FILE))).rejects.toThrow(/ENOENT/);
    expect(logs).toEqual([]);
  });

  it('reopens at the remembered place next time', async () => {
    await mkdir(dataDir, { recursive: true });
    await writeFile(
      join(dataDir, 'window-state.json'),
      JSON.stringify({ bounds: { x: 60, y: 80, width: 1000, height: 640 }, maximized: false }),
    );
    const running = start();
    await fake.app.emitReady();
    const app = await running;
    expect((app?.mainWindow() as unknown as FakeBrowserWindow).getBounds()).toEqual({
      x: 60,
      y: 80,
      width: 1000,
      height: 640,
    });
    await app?.host.close();
  });

  it('explains a --data-dir without a folder and exits', async () => {
    expect(await startMainProcess(['electron', '.', '--data-dir'], () => {})).toBeUndefined();
    expect(fake.dialog.showErrorBox).toHaveBeenCalledWith(
      'VPP Console could not start',
      '--data-dir needs a folder, e.g. --data-dir /tmp/vpp-console',
    );
    expect(fake.app.exit).toHaveBeenCalledWith(1);
  });

  it('will not share its data folder with a running browser front door', async () => {
    await mkdir(dataDir, { recursive: true });
    const web = await lockDataDir(dataDir, 'browser');
    const running = start();
    await fake.app.emitReady();
    expect(await running).toBeUndefined();
    expect(fake.dialog.showErrorBox).toHaveBeenCalledWith(
      'VPP Console could not start',
      expect.stringContaining('is in use by another VPP Console (the browser front door'),
    );
    expect(fake.app.exit).toHaveBeenCalledWith(1);
    expect(fake.windows.size).toBe(0);
    await web.release();
  });

  it('explains a data folder it cannot create and exits', async () => {
    await writeFile(join(root, 'a-file'), '');
    dataDir = join(root, 'a-file', 'profile');
    const running = start();
    await fake.app.emitReady();
    expect(await running).toBeUndefined();
    expect(fake.dialog.showErrorBox).toHaveBeenCalledWith(
      'VPP Console could not start',
      `The data folder ${dataDir} cannot be made: ${join(root, 'a-file')} is a file, not a folder. ` +
        'Choose another with --data-dir DIR.',
    );
    expect(fake.app.exit).toHaveBeenCalledWith(1);
    expect(fake.windows.size).toBe(0);
  });

  it('explains a data folder that is a file, in one sentence, and exits', async () => {
    await writeFile(dataDir, '');
    const running = start();
    await fake.app.emitReady();
    expect(await running).toBeUndefined();
    expect(fake.dialog.showErrorBox).toHaveBeenCalledWith(
      'VPP Console could not start',
      `The data folder ${dataDir} is a file, not a folder. Choose another with --data-dir DIR.`,
    );
    expect(fake.app.exit).toHaveBeenCalledWith(1);
  });

  it('explains a folder where its settings file belongs, and frees the data folder', async () => {
    await mkdir(join(dataDir, 'settings.json'), { recursive: true });
    const running = start();
    await fake.app.emitReady();
    expect(await running).toBeUndefined();
    expect(fake.dialog.showErrorBox).toHaveBeenCalledWith(
      'VPP Console could not start',
      `The data folder ${dataDir} holds a folder named settings.json where the console keeps its ` +
        'settings file. Move it away, or choose another folder with --data-dir DIR.',
    );
    expect(fake.app.exit).toHaveBeenCalledWith(1);
    expect(await readdir(dataDir)).toEqual(['settings.json']);
  });

  it('logs one line for an error nothing caught, and keeps running', async () => {
    type Listener = (error: unknown) => void;
    const listenersOf = (event: 'uncaughtException' | 'unhandledRejection') =>
      (process as NodeJS.EventEmitter).listeners(event) as Listener[];
    const before = [...listenersOf('uncaughtException'), ...listenersOf('unhandledRejection')];
    const running = start();
    await fake.app.emitReady();
    const app = await running;
    // What Node would call; emitting the events for real would also reach vitest's own handler.
    const added = (event: 'uncaughtException' | 'unhandledRejection') =>
      listenersOf(event).filter((listener) => !before.includes(listener));
    expect(added('uncaughtException')).toHaveLength(1);
    expect(added('unhandledRejection')).toHaveLength(1);
    added('uncaughtException')[0](new Error('a bug in main'));
    added('unhandledRejection')[0](new Error('a promise nobody awaited'));

    expect(logs).toEqual([
      expect.stringMatching(
        /^Unexpected error \(uncaught exception\), the console keeps running: Error: a bug in main \(at .+\)$/,
      ),
      expect.stringMatching(
        /^Unexpected error \(unhandled rejection\), the console keeps running: Error: a promise nobody awaited \(at .+\)$/,
      ),
    ]);
    expect(fake.app.exit).not.toHaveBeenCalled();
    expect(fake.dialog.showErrorBox).not.toHaveBeenCalled();
    const [window] = FakeBrowserWindow.getAllWindows();
    expect(await fake.ipcMain.invokeFrom(window.webContents, 'app:info')).toMatchObject({
      ok: true,
    });
    await app?.host.close();
  });
});

import { EventEmitter } from 'node:events';
import type { BrowserWindow, Session, WebContents } from 'electron';
import { vi } from 'vitest';

/**
 * The one fake of the `electron` module (electron/fiddle's `tests/mocks/electron.ts` idea),
 * installed for every node-side unit test by test/setup/electron-mock.ts. It records what main
 * asks of Electron (handlers, options, menus) and lets a test play Electron's part: emit
 * `ready`, invoke an IPC handler as a given frame, navigate a webContents.
 * `resetElectronMock()` puts it back to a fresh app between tests.
 */

export interface FakeRectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface FakeDisplay {
  id: number;
  bounds: FakeRectangle;
  workArea: FakeRectangle;
}

/** Electron's cancellable event: `preventDefault()` marks it. */
export class FakeEvent {
  defaultPrevented = false;
  constructor(readonly url?: string) {}
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

export class FakeWebFrameMain {
  constructor(
    public url: string,
    readonly parent: FakeWebFrameMain | null = null,
  ) {}
  get top(): FakeWebFrameMain {
    return this.parent ? this.parent.top : this;
  }
}

export class FakeSession extends EventEmitter {
  permissionRequestHandler: ((...args: unknown[]) => void) | null = null;
  permissionCheckHandler: ((...args: unknown[]) => boolean) | null = null;
  devicePermissionHandler: ((...args: unknown[]) => boolean) | null = null;
  setPermissionRequestHandler = vi.fn((handler: FakeSession['permissionRequestHandler']) => {
    this.permissionRequestHandler = handler;
  });
  setPermissionCheckHandler = vi.fn((handler: FakeSession['permissionCheckHandler']) => {
    this.permissionCheckHandler = handler;
  });
  setDevicePermissionHandler = vi.fn((handler: FakeSession['devicePermissionHandler']) => {
    this.devicePermissionHandler = handler;
  });
  protocol = createFakeProtocol();
}

let nextWebContentsId = 1;

export class FakeWebContents extends EventEmitter {
  readonly id = nextWebContentsId++;
  readonly session: FakeSession;
  readonly mainFrame = new FakeWebFrameMain('');
  windowOpenHandler: ((details: { url: string }) => { action: 'allow' | 'deny' }) | null = null;
  private destroyed = false;

  constructor(session: FakeSession = fake.session.defaultSession) {
    super();
    this.session = session;
    fake.webContents.all.add(this);
    fake.app.emit('web-contents-created', new FakeEvent(), this);
  }

  send = vi.fn((_channel: string, ..._args: unknown[]) => {
    if (this.destroyed) throw new Error('Object has been destroyed');
  });
  setWindowOpenHandler = vi.fn((handler: FakeWebContents['windowOpenHandler']) => {
    this.windowOpenHandler = handler;
  });
  loadURL = vi.fn(async (url: string) => {
    this.mainFrame.url = url;
  });
  getURL = (): string => this.mainFrame.url;
  isDestroyed = (): boolean => this.destroyed;
  focus = vi.fn();
  openDevTools = vi.fn();

  /** A subframe (an iframe) of this page, for sender checks. */
  createSubframe(url: string): FakeWebFrameMain {
    return new FakeWebFrameMain(url, this.mainFrame);
  }

  /** What Chromium does when the page tries to go to `url`; returns whether it was stopped. */
  attemptNavigation(url: string, kind: 'will-navigate' | 'will-redirect' = 'will-navigate') {
    const event = new FakeEvent(url);
    this.emit(kind, event, url);
    if (!event.defaultPrevented) this.mainFrame.url = url;
    return { prevented: event.defaultPrevented };
  }

  /** What Chromium does for `window.open(url)` / `target=_blank`. */
  attemptWindowOpen(url: string) {
    return this.windowOpenHandler?.({ url }) ?? { action: 'allow' as const };
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    fake.webContents.all.delete(this);
    this.emit('destroyed');
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static getAllWindows = (): FakeBrowserWindow[] => [...fake.windows];
  static fromWebContents = (contents: FakeWebContents): FakeBrowserWindow | null =>
    [...fake.windows].find((win) => win.webContents === contents) ?? null;

  readonly webContents: FakeWebContents;
  private bounds: FakeRectangle;
  private maximized = false;
  private minimized = false;
  private visible = false;
  private destroyed = false;

  constructor(readonly options: Record<string, unknown> = {}) {
    super();
    const { x = 0, y = 0, width = 800, height = 600 } = options as Partial<FakeRectangle>;
    this.bounds = { x, y, width, height };
    this.visible = options.show !== false;
    this.webContents = new FakeWebContents();
    fake.windows.add(this);
  }

  loadURL = vi.fn((url: string) => this.webContents.loadURL(url));
  show = vi.fn(() => {
    this.visible = true;
  });
  focus = vi.fn();
  restore = vi.fn(() => {
    this.minimized = false;
  });
  minimize = vi.fn(() => {
    this.minimized = true;
  });
  maximize = vi.fn(() => {
    this.maximized = true;
    this.emit('maximize');
  });
  unmaximize = vi.fn(() => {
    this.maximized = false;
    this.emit('unmaximize');
  });
  isVisible = (): boolean => this.visible;
  isMinimized = (): boolean => this.minimized;
  isMaximized = (): boolean => this.maximized;
  isDestroyed = (): boolean => this.destroyed;
  getBounds = (): FakeRectangle => ({ ...this.bounds });
  getNormalBounds = (): FakeRectangle => ({ ...this.bounds });
  setBounds = vi.fn((bounds: Partial<FakeRectangle>) => {
    this.bounds = { ...this.bounds, ...bounds };
    this.emit('resize');
    this.emit('move');
  });

  /** Closing emits `close` (cancellable), then `closed`, as Electron does. */
  close = vi.fn(() => {
    const event = new FakeEvent();
    this.emit('close', event);
    if (event.defaultPrevented) return;
    this.destroyed = true;
    fake.windows.delete(this);
    this.webContents.destroy();
    this.emit('closed');
    if (fake.windows.size === 0) fake.app.emit('window-all-closed');
  });
}

class FakeApp extends EventEmitter {
  isPackaged = false;
  name = 'vpp-console';
  /** What `requestSingleInstanceLock()` answers: false plays the second copy of the app. */
  singleInstanceLock = true;
  readonly paths = new Map<string, string>([
    ['appData', '/fake/appData'],
    ['userData', '/fake/appData/vpp-console'],
    ['temp', '/tmp'],
    ['home', '/fake/home'],
  ]);
  private readyPromise: Promise<void>;
  private markReady!: () => void;
  private ready = false;

  constructor() {
    super();
    this.readyPromise = new Promise((resolve) => (this.markReady = resolve));
  }

  /** Plays Electron's `ready`: resolves whenReady() and emits the event. */
  async emitReady(): Promise<void> {
    this.ready = true;
    this.markReady();
    this.emit('ready');
    await this.readyPromise;
  }

  whenReady = vi.fn(() => this.readyPromise);
  isReady = (): boolean => this.ready;
  getPath = vi.fn((name: string) => {
    const path = this.paths.get(name);
    if (!path) throw new Error(`Failed to get '${name}' path`);
    return path;
  });
  setPath = vi.fn((name: string, path: string) => {
    this.paths.set(name, path);
  });
  getName = (): string => this.name;
  setName = vi.fn((name: string) => {
    this.name = name;
  });
  getVersion = vi.fn(() => '0.1.0-test');
  getLocale = vi.fn(() => 'nl-NL');
  getSystemLocale = vi.fn(() => 'nl-NL');
  getAppPath = vi.fn(() => '/fake/app');
  requestSingleInstanceLock = vi.fn(() => this.singleInstanceLock);
  enableSandbox = vi.fn();

  /** Quitting emits `before-quit` and `will-quit` (both cancellable), then `quit`. */
  quit = vi.fn(() => {
    const before = new FakeEvent();
    this.emit('before-quit', before);
    if (before.defaultPrevented) return;
    const will = new FakeEvent();
    this.emit('will-quit', will);
    if (will.defaultPrevented) return;
    this.quitted = true;
    this.emit('quit', new FakeEvent(), 0);
  });
  exit = vi.fn((_code?: number) => {
    this.quitted = true;
  });
  quitted = false;
  focus = vi.fn();
  commandLine = { appendSwitch: vi.fn(), hasSwitch: vi.fn(() => false) };
  setAboutPanelOptions = vi.fn();
}

type ProtocolHandler = (request: Request) => Response | Promise<Response>;

function createFakeProtocol() {
  const handlers = new Map<string, ProtocolHandler>();
  return {
    handlers,
    registerSchemesAsPrivileged: vi.fn(),
    handle: vi.fn((scheme: string, handler: ProtocolHandler) => {
      if (handlers.has(scheme)) throw new Error(`The scheme "${scheme}" is already handled`);
      handlers.set(scheme, handler);
    }),
    unhandle: vi.fn((scheme: string) => void handlers.delete(scheme)),
    isProtocolHandled: vi.fn((scheme: string) => handlers.has(scheme)),
  };
}

export interface FakeInvokeEvent {
  sender: FakeWebContents;
  senderFrame: FakeWebFrameMain | null;
  frameId: number;
  processId: number;
  type: 'frame';
}

type InvokeHandler = (event: FakeInvokeEvent, ...args: unknown[]) => unknown;

class FakeIpcMain extends EventEmitter {
  readonly handlers = new Map<string, InvokeHandler>();
  handle = vi.fn((channel: string, handler: InvokeHandler) => {
    // Electron throws on a second handler for the same channel; so does the fake.
    if (this.handlers.has(channel))
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler);
  });
  removeHandler = vi.fn((channel: string) => void this.handlers.delete(channel));

  /** What `ipcRenderer.invoke(channel, payload)` from `frame` of `sender` reaches. */
  async invokeFrom(
    sender: FakeWebContents,
    channel: string,
    payload?: unknown,
    frame: FakeWebFrameMain | null = sender.mainFrame,
  ): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return handler(
      { sender, senderFrame: frame, frameId: 1, processId: 1, type: 'frame' },
      payload,
    );
  }
}

class FakeIpcRenderer extends EventEmitter {
  invoke = vi.fn(async (_channel: string, ..._args: unknown[]): Promise<unknown> => undefined);
  send = vi.fn();

  /** Main's `webContents.send(channel, ...args)`, as it arrives in the preload. */
  deliver(channel: string, ...args: unknown[]): void {
    this.emit(channel, { sender: this, senderId: 0 }, ...args);
  }
}

class FakeMenu {
  constructor(readonly template: Record<string, unknown>[]) {}
  get items() {
    return this.template;
  }
}

const createFake = () => ({
  app: new FakeApp(),
  windows: new Set<FakeBrowserWindow>(),
  webContents: { all: new Set<FakeWebContents>() },
  ipcMain: new FakeIpcMain(),
  ipcRenderer: new FakeIpcRenderer(),
  session: { defaultSession: new FakeSession() },
  shell: { openExternal: vi.fn(async (_url: string) => undefined) },
  dialog: {
    showErrorBox: vi.fn((_title: string, _content: string) => {}),
    showMessageBox: vi.fn(async () => ({ response: 0, checkboxChecked: false })),
  },
  displays: [
    {
      id: 1,
      bounds: { x: 0, y: 0, width: 1440, height: 900 },
      workArea: { x: 0, y: 25, width: 1440, height: 875 },
    },
  ] as FakeDisplay[],
  /** Which of `displays` is the primary one (the menu-bar display on a Mac). */
  primaryDisplayId: 1,
  menu: { application: null as FakeMenu | null },
  exposedInMainWorld: new Map<string, unknown>(),
});

/** The live fake state; tests read and steer it. */
export const fake = createFake();

/** Back to a fresh, not-yet-ready app with no windows, handlers or menus. */
export const resetElectronMock = (): void => {
  for (const contents of [...fake.webContents.all]) contents.destroy();
  Object.assign(fake, createFake());
  vi.clearAllMocks();
};

const protocol = {
  registerSchemesAsPrivileged: (...args: unknown[]) =>
    fake.session.defaultSession.protocol.registerSchemesAsPrivileged(...args),
  handle: (scheme: string, handler: ProtocolHandler) =>
    fake.session.defaultSession.protocol.handle(scheme, handler),
  unhandle: (scheme: string) => fake.session.defaultSession.protocol.unhandle(scheme),
  isProtocolHandled: (scheme: string) =>
    fake.session.defaultSession.protocol.isProtocolHandled(scheme),
};

const screen = {
  getAllDisplays: () => fake.displays,
  getPrimaryDisplay: () =>
    fake.displays.find((display) => display.id === fake.primaryDisplayId) ?? fake.displays[0],
  getDisplayMatching: (rect: FakeRectangle) =>
    fake.displays.find(
      (display) =>
        rect.x < display.bounds.x + display.bounds.width &&
        rect.x + rect.width > display.bounds.x &&
        rect.y < display.bounds.y + display.bounds.height &&
        rect.y + rect.height > display.bounds.y,
    ) ?? fake.displays[0],
};

const Menu = {
  buildFromTemplate: vi.fn((template: Record<string, unknown>[]) => new FakeMenu(template)),
  setApplicationMenu: vi.fn((menu: FakeMenu | null) => {
    fake.menu.application = menu;
  }),
  getApplicationMenu: () => fake.menu.application,
};

const contextBridge = {
  exposeInMainWorld: vi.fn((key: string, api: unknown) => {
    if (fake.exposedInMainWorld.has(key)) throw new Error(`Cannot bind an API on top of ${key}`);
    fake.exposedInMainWorld.set(key, api);
  }),
};

/**
 * Module-level exports forward to `fake` at call time, so `resetElectronMock()` can swap the
 * state underneath code that imported `app` or `ipcMain` once.
 */
const forward = <K extends keyof ReturnType<typeof createFake>>(key: K) =>
  new Proxy({} as ReturnType<typeof createFake>[K] & object, {
    get: (_target, property) => {
      const target = fake[key] as unknown as Record<PropertyKey, unknown>;
      const value = target[property];
      return typeof value === 'function'
        ? (value as (...a: unknown[]) => unknown).bind(target)
        : value;
    },
    set: (_target, property, value) => {
      (fake[key] as unknown as Record<PropertyKey, unknown>)[property] = value;
      return true;
    },
  });

const webContents = {
  getAllWebContents: () => [...fake.webContents.all],
  fromId: (id: number) => [...fake.webContents.all].find((contents) => contents.id === id),
};

/** A File's path as the fake knows it (tests give their File a `path`); like Electron's, it
 * refuses anything that is not a File. */
const webUtils = {
  getPathForFile: vi.fn((file: File & { path?: string }) => {
    if (!(file instanceof File)) throw new TypeError('Expected a File.');
    return file.path ?? '';
  }),
};

const net = { fetch: vi.fn((input: string | Request) => fetch(input)) };
const nativeTheme = { shouldUseDarkColors: false, themeSource: 'system' };

const electron = {
  app: forward('app'),
  BrowserWindow: FakeBrowserWindow,
  ipcMain: forward('ipcMain'),
  ipcRenderer: forward('ipcRenderer'),
  contextBridge,
  webUtils,
  protocol,
  session: forward('session'),
  shell: forward('shell'),
  screen,
  Menu,
  webContents,
  net,
  nativeTheme,
  dialog: forward('dialog'),
};

export const electronMock = { default: electron, ...electron };

/** The fakes, typed as what main's code expects (tests may not import `electron` themselves). */
export const asWebContents = (contents: FakeWebContents) => contents as unknown as WebContents;
export const asBrowserWindow = (window: FakeBrowserWindow) => window as unknown as BrowserWindow;
export const asSession = (session: FakeSession) => session as unknown as Session;

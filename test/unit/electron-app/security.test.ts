import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  installWebContentsPolicy,
  openAllowedExternal,
  secureSession,
  secureWebContents,
} from '../../../electron/app/security';
import {
  asSession,
  asWebContents,
  fake,
  FakeEvent,
  FakeSession,
  FakeWebContents,
  resetElectronMock,
} from '../../mocks/electron';

const GUIDE = 'https://support.apple.com/guide/apple-school-manager/welcome/web';

const securedPage = async (log: (message: string) => void = () => {}) => {
  const contents = new FakeWebContents();
  secureWebContents(asWebContents(contents), log);
  await contents.loadURL('app://console/');
  return contents;
};

describe('the window’s page policy', () => {
  beforeEach(() => resetElectronMock());

  it('lets the console navigate within app://console', async () => {
    const page = await securedPage();
    expect(page.attemptNavigation('app://console/users')).toEqual({ prevented: false });
    expect(page.getURL()).toBe('app://console/users');
  });

  it('blocks navigation to another site and opens nothing', async () => {
    const log = vi.fn();
    const page = await securedPage(log);
    expect(page.attemptNavigation('https://evil.example/phish')).toEqual({ prevented: true });
    expect(page.getURL()).toBe('app://console/');
    expect(fake.shell.openExternal).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledWith('blocked navigation to https://evil.example/phish');
  });

  it('opens a link to Apple’s guide in the browser, not in the window', async () => {
    const page = await securedPage();
    expect(page.attemptNavigation(GUIDE)).toEqual({ prevented: true });
    await vi.waitFor(() => expect(fake.shell.openExternal).toHaveBeenCalledWith(GUIDE));
    expect(page.getURL()).toBe('app://console/');
  });

  it('cancels redirects away from the console without opening them, even allow-listed ones', async () => {
    const page = await securedPage();
    expect(page.attemptNavigation('https://evil.example/', 'will-redirect')).toEqual({
      prevented: true,
    });
    expect(page.attemptNavigation(GUIDE, 'will-redirect')).toEqual({ prevented: true });
    expect(fake.shell.openExternal).not.toHaveBeenCalled();
  });

  it('refuses every new window; an allow-listed link goes to the browser', async () => {
    const page = await securedPage();
    expect(page.attemptWindowOpen('https://evil.example/')).toEqual({ action: 'deny' });
    expect(page.attemptWindowOpen('app://console/')).toEqual({ action: 'deny' });
    expect(fake.shell.openExternal).not.toHaveBeenCalled();
    expect(page.attemptWindowOpen('https://school.apple.com/')).toEqual({ action: 'deny' });
    await vi.waitFor(() =>
      expect(fake.shell.openExternal).toHaveBeenCalledExactlyOnceWith('https://school.apple.com/'),
    );
  });

  it('refuses to attach a <webview>', async () => {
    const page = await securedPage();
    const event = new FakeEvent();
    page.emit('will-attach-webview', event, {}, {});
    expect(event.defaultPrevented).toBe(true);
  });

  it('is applied to every webContents Electron creates, once installed', () => {
    installWebContentsPolicy(() => {});
    const later = new FakeWebContents();
    expect(later.windowOpenHandler).not.toBeNull();
    expect(later.attemptNavigation('https://evil.example/')).toEqual({ prevented: true });
  });

  it('keeps frames inside the page from navigating away, leaving the page itself alone', async () => {
    const log = vi.fn();
    const page = await securedPage(log);
    const inFrame = Object.assign(new FakeEvent('https://evil.example/'), { isMainFrame: false });
    page.emit('will-frame-navigate', inFrame);
    expect(inFrame.defaultPrevented).toBe(true);
    expect(log).toHaveBeenCalledWith("blocked a frame's navigation to https://evil.example/");
    const ownFrame = Object.assign(new FakeEvent('app://console/help'), { isMainFrame: false });
    page.emit('will-frame-navigate', ownFrame);
    expect(ownFrame.defaultPrevented).toBe(false);
    // The main frame is will-navigate's to decide.
    const mainFrame = Object.assign(new FakeEvent(GUIDE), { isMainFrame: true });
    page.emit('will-frame-navigate', mainFrame);
    expect(mainFrame.defaultPrevented).toBe(false);
    expect(fake.shell.openExternal).not.toHaveBeenCalled();
  });

  it('logs, rather than crashes, when the system browser cannot be opened', async () => {
    fake.shell.openExternal.mockRejectedValueOnce(new Error('no browser'));
    const log = vi.fn();
    const page = await securedPage(log);
    page.attemptNavigation(GUIDE);
    await vi.waitFor(() => expect(log).toHaveBeenCalledWith(`could not open ${GUIDE}: no browser`));
  });
});

describe('openAllowedExternal', () => {
  beforeEach(() => resetElectronMock());

  it('opens only allow-listed https pages', async () => {
    expect(await openAllowedExternal(GUIDE)).toBe(true);
    expect(await openAllowedExternal('https://evil.example/')).toBe(false);
    expect(await openAllowedExternal('file:///Applications/Calculator.app')).toBe(false);
    expect(await openAllowedExternal('smb://server/share')).toBe(false);
    expect(fake.shell.openExternal).toHaveBeenCalledExactlyOnceWith(GUIDE);
  });

  it('refuses URLs with spaces or control characters, and opens the URL it checked', async () => {
    for (const url of [
      ` ${GUIDE}`,
      `${GUIDE}\n`,
      'https://support.apple.com/\tguide',
      'https://support.apple.com\u0000.evil.example/',
    ])
      expect(await openAllowedExternal(url)).toBe(false);
    expect(fake.shell.openExternal).not.toHaveBeenCalled();
    // Parsing normalises the host's case; what opens is that normalised URL.
    expect(await openAllowedExternal('https://SCHOOL.apple.com')).toBe(true);
    expect(fake.shell.openExternal).toHaveBeenCalledExactlyOnceWith('https://school.apple.com/');
  });
});

describe('session permissions', () => {
  it('denies every permission request and check, and every device', () => {
    const session = new FakeSession();
    secureSession(asSession(session));
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read']) {
      const callback = vi.fn();
      session.permissionRequestHandler?.({}, permission, callback, {});
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
      expect(session.permissionCheckHandler?.({}, permission, 'app://console', {})).toBe(false);
    }
    expect(session.devicePermissionHandler?.({ deviceType: 'usb' })).toBe(false);
  });
});

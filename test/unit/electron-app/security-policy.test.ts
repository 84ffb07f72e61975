import { describe, expect, it } from 'vitest';
import { isSameAppOrigin } from '../../../electron/security/app-origin';
import {
  decideNavigation,
  decideWindowOpen,
  isPermissionGranted,
  isTrustedSender,
} from '../../../electron/security/policy';

describe('isSameAppOrigin', () => {
  it.each(['app://console/', 'app://console/users?id=4', 'APP://CONSOLE/index.html'])(
    'accepts the console itself: %s',
    (url) => expect(isSameAppOrigin(url)).toBe(true),
  );

  it.each([
    'app://evil/',
    'app://console.evil.example/',
    'app://console:8080/',
    'app://user@console/',
    'https://console/',
    'file:///etc/passwd',
    'http://127.0.0.1:4780/',
    'javascript:alert(1)',
    'not a url',
    '',
    undefined,
  ])('refuses anything else: %s', (url) => expect(isSameAppOrigin(url)).toBe(false));
});

describe('decideNavigation', () => {
  it('lets the console move within itself', () => {
    expect(decideNavigation('app://console/settings')).toEqual({ action: 'allow' });
  });

  it('sends Apple’s allow-listed pages to the browser instead of the window', () => {
    expect(decideNavigation('https://support.apple.com/guide/apple-school-manager/')).toEqual({
      action: 'deny',
      openExternally: true,
    });
  });

  it.each([
    'https://evil.example/',
    'http://support.apple.com/', // not https
    'https://support.apple.com.evil.example/',
    'https://user@support.apple.com/',
    'file:///etc/passwd',
    'data:text/html,<script>alert(1)</script>',
  ])('cancels and opens nothing for %s', (url) => {
    expect(decideNavigation(url)).toEqual({ action: 'deny', openExternally: false });
  });
});

describe('decideWindowOpen', () => {
  it('never opens a window; only allow-listed links go to the browser', () => {
    expect(decideWindowOpen('https://school.apple.com/')).toEqual({
      action: 'deny',
      openExternally: true,
    });
    expect(decideWindowOpen('app://console/')).toEqual({ action: 'deny', openExternally: false });
    expect(decideWindowOpen('https://evil.example/')).toEqual({
      action: 'deny',
      openExternally: false,
    });
  });
});

describe('isTrustedSender', () => {
  const trusted = new Set([7]);
  const mainFrame = (url: string) => ({ url, isMainFrame: true });

  it('trusts the main frame of a window main created, showing the console', () => {
    expect(isTrustedSender({ webContentsId: 7, frame: mainFrame('app://console/') }, trusted)).toBe(
      true,
    );
  });

  it('refuses unknown webContents, other origins, iframes and vanished frames', () => {
    expect(isTrustedSender({ webContentsId: 8, frame: mainFrame('app://console/') }, trusted)).toBe(
      false,
    );
    expect(
      isTrustedSender({ webContentsId: 7, frame: mainFrame('https://evil.example/') }, trusted),
    ).toBe(false);
    expect(
      isTrustedSender(
        { webContentsId: 7, frame: { url: 'app://console/', isMainFrame: false } },
        trusted,
      ),
    ).toBe(false);
    expect(isTrustedSender({ webContentsId: 7, frame: null }, trusted)).toBe(false);
  });
});

describe('permissions', () => {
  it.each(['media', 'notifications', 'geolocation', 'clipboard-read', 'usb', 'openExternal'])(
    'grants none: %s',
    (permission) => expect(isPermissionGranted(permission)).toBe(false),
  );
});

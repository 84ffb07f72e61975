import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { TokenSnapshot } from '../../../shared/domain/tokens';
import { useUiStore } from '../../../renderer/stores/ui-store';
import { click, eventually, freshDatabase } from './support/render';
import {
  byText,
  dialog,
  dialogTitle,
  sheetButton,
  tokensConsolePerTest,
} from './support/tokens-console';
import { tokenRow } from './support/vpp-rows';

const openConsole = tokensConsolePerTest();

const DAY = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY - 60_000).toISOString();

const token = (id: string, name: string, patch: Partial<TokenSnapshot> = {}): TokenSnapshot => ({
  ...tokenRow(id, name),
  ...patch,
});

/** The console opened on Users, with these tokens in its database and in main. */
const consoleWith = async (tokens: TokenSnapshot[], language: 'en' | 'nl' = 'en') => {
  const db = freshDatabase();
  await db.tokens.bulkPut(tokens);
  return openConsole({ db, tokens, section: 'users', render: { language } });
};

const banner = () => document.querySelector('.content > .token-banner');

describe('the token health banner', () => {
  it('warns of a token expiring within 30 days, says who renews it and where, and Show selects it', async () => {
    await consoleWith([
      token('ok', 'Dependance', { expiresAt: inDays(200) }),
      token('soon', 'Hoofdgebouw', { expiresAt: inDays(10) }),
    ]);
    await eventually(() => expect(banner()).not.toBeNull());
    expect(banner()!.getAttribute('role')).toBe('status');
    expect(banner()!.textContent).toContain(
      'The content token “Hoofdgebouw” expires in 10 days. An administrator of Apple School Manager downloads a new one (their name → Preferences → Payments and Billing → Content Tokens); then choose Renew Token… here.',
    );
    expect(banner()!.textContent).not.toContain('more');

    await click(byText('.token-banner button', 'Show')!);
    expect(useUiStore.getState().section).toBe('tokens');
    expect(useUiStore.getState().selectedIds.tokens).toBe('soon');
    await eventually(() =>
      expect(document.querySelector('.detail-title')?.textContent).toBe('Hoofdgebouw'),
    );
    // The list says it too, beside the row.
    expect(document.querySelector('[role="option"][aria-selected="true"]')?.textContent).toContain(
      'Expires in 10 days',
    );
  });

  it('puts the most urgent first: an expired token before the rest, and counts the others', async () => {
    await consoleWith([
      token('soon', 'Dependance', { expiresAt: inDays(5) }),
      token('other', 'Annex', { mdm: { state: 'other', name: 'KindMDM Cloud' } }),
      token('gone', 'Hoofdgebouw', {
        expiresAt: inDays(-2),
        type: 'business',
        health: 'expired',
      }),
    ]);
    await eventually(() => expect(banner()).not.toBeNull());
    expect(banner()!.textContent).toContain(
      'The content token “Hoofdgebouw” has expired, so it can’t sync. An administrator of Apple Business Manager downloads a new one',
    );
    expect(banner()!.textContent).toContain('And 2 more tokens need attention.');
    // The fix is one click away: Renew Token… opens the sheet for that token.
    await click(byText('.token-banner button', 'Renew Token…')!);
    await eventually(() => expect(dialogTitle()).toBe('Renew “Hoofdgebouw”'));
  });

  it('explains a revoked token in plain words', async () => {
    await consoleWith([token('r', 'Hoofdgebouw', { health: 'revoked', refusedWith: 9625 })]);
    await eventually(() =>
      expect(banner()?.textContent).toContain(
        'Apple has revoked the content token “Hoofdgebouw” (a newer one was downloaded, or the password of the account that downloaded it changed), so it can’t sync.',
      ),
    );
  });

  it('explains another MDM and takes the location over after asking', async () => {
    const { main, db } = await consoleWith([
      token('t1', 'Regenboog', {
        locationName: 'Hoofdgebouw',
        mdm: { state: 'other', name: 'KindMDM Cloud' },
      }),
    ]);
    await eventually(() =>
      expect(banner()?.textContent).toContain(
        'KindMDM Cloud manages the location of “Regenboog”. Apple allows one MDM per location',
      ),
    );
    await click(byText('.token-banner button', 'Take Over…')!);
    await eventually(() => expect(dialogTitle()).toBe('Take Over “Hoofdgebouw”?'));
    expect(dialog()!.textContent).toContain(
      'Apple allows one MDM to manage a location. Taking over tells Apple that VPP Console now manages “Hoofdgebouw”; KindMDM Cloud will stop managing its apps and books.',
    );
    expect(main.calls.map((call) => call.channel)).not.toContain('tokens:takeOver');
    await click(sheetButton('Take Over')!);
    await eventually(() => expect(dialog()).toBeNull());
    expect(main.calls.find((call) => call.channel === 'tokens:takeOver')?.request).toEqual({
      id: 't1',
    });
    expect((await db.tokens.get('t1'))?.mdm).toEqual({ state: 'ours' });
    await eventually(() => expect(banner()).toBeNull());
  });

  it('says when another product has taken a location over since', async () => {
    await consoleWith([
      token('t1', 'Regenboog', { mdm: { state: 'takenFromUs', name: 'KindMDM Cloud' } }),
    ]);
    await eventually(() =>
      expect(banner()?.textContent).toContain(
        'Another product, KindMDM Cloud, has since taken over the location of “Regenboog”, so VPP Console no longer manages its apps and books.',
      ),
    );
  });

  it('speaks Dutch in a Dutch console', async () => {
    await consoleWith([token('soon', 'Hoofdgebouw', { expiresAt: inDays(1) })], 'nl');
    await eventually(() =>
      expect(banner()?.textContent).toContain(
        'Het inhoudstoken „Hoofdgebouw” verloopt over 1 dag.',
      ),
    );
    expect(byText('.token-banner button', 'Toon')).toBeDefined();
  });

  it('stays away while every token is fine', async () => {
    await consoleWith([token('ok', 'Hoofdgebouw', { expiresAt: inDays(120) })]);
    await eventually(() => expect(document.querySelector('.placard-title')).not.toBeNull());
    expect(banner()).toBeNull();
  });
});

describe('notices in the browser', () => {
  const original = (globalThis as { Notification?: unknown }).Notification;
  afterEach(() => {
    (globalThis as { Notification?: unknown }).Notification = original;
  });

  const fakeNotifications = (permission: NotificationPermission) => {
    const shown: { title: string; options?: NotificationOptions }[] = [];
    class FakeNotification {
      static permission = permission;
      static requestPermission = async () => {
        FakeNotification.permission = 'granted';
        return 'granted' as const;
      };
      constructor(title: string, options?: NotificationOptions) {
        shown.push({ title, options });
      }
    }
    (globalThis as { Notification?: unknown }).Notification = FakeNotification;
    return shown;
  };

  const notice = { id: 'expiry-t1-7', title: 'Token expires in 7 days', body: 'Renew it.' };

  it('shows main’s notice when the page may, and never asks on its own', async () => {
    const shown = fakeNotifications('granted');
    const { main } = await openConsole({ section: 'users' });
    await act(async () => main.emit('notice:show', notice));
    expect(shown).toEqual([
      { title: 'Token expires in 7 days', options: { body: 'Renew it.', tag: 'expiry-t1-7' } },
    ]);
  });

  it('stays quiet without permission, and in the desktop app (main shows them there)', async () => {
    const shown = fakeNotifications('default');
    const { main, unmount } = await openConsole({ section: 'users' });
    await act(async () => main.emit('notice:show', notice));
    expect(shown).toEqual([]);
    await unmount();

    const desktopShown = fakeNotifications('granted');
    const desktop = await openConsole({
      section: 'users',
      render: { appInfo: { frontDoor: 'electron' } },
    });
    await act(async () => desktop.main.emit('notice:show', notice));
    expect(desktopShown).toEqual([]);
  });

  it('lets the admin allow them in Settings → General', async () => {
    fakeNotifications('default');
    await openConsole({ section: 'users' });
    await act(async () => useUiStore.getState().selectSection('settings'));
    await click(byText('button', 'Allow Notifications…')!);
    await eventually(() =>
      expect(document.body.textContent).toContain('Notifications are allowed for this page.'),
    );
  });
});

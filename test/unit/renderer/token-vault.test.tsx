import { describe, expect, it } from 'vitest';
import { tokenDraft } from './support/fake-tokens';
import { click, eventually, freshDatabase, press, typeInto } from './support/render';
import {
  byText,
  dialog,
  dialogTitle,
  field,
  sheetButton,
  tokensConsolePerTest,
} from './support/tokens-console';
import { tokenRow } from './support/vpp-rows';

const openConsole = tokensConsolePerTest();

describe('the vault passphrase', () => {
  it('is set before the first token is stored, then the token is added', async () => {
    const { main, tokens } = await openConsole({
      vault: { protection: 'passphrase', state: 'new' },
      inspect: () => tokenDraft({ locationName: 'Demoschool' }),
    });
    await click(byText('.toolbar-button', 'Add')!);
    await click(sheetButton('Add Demo Token')!);
    await eventually(() => expect(field('Name').value).toBe('Demoschool'));
    await click(sheetButton('Add')!);

    await eventually(() => expect(dialogTitle()).toBe('Set a Vault Passphrase'));
    const text = dialog()!.textContent!;
    expect(text).toContain('protected by a passphrase you choose now');
    expect(text).toContain('once each time VPP Console starts');
    expect(text).toContain('can’t be recovered');
    const passphrase = field('Passphrase');
    expect(document.activeElement).toBe(passphrase);

    await typeInto(passphrase, 'kort');
    await click(sheetButton('Set Passphrase')!);
    expect(dialog()?.querySelector('[role="alert"]')?.textContent).toBe(
      'Use at least 8 characters.',
    );
    await typeInto(passphrase, 'regenboog-2026');
    await typeInto(field('Verify'), 'regenboog-2025');
    await click(sheetButton('Set Passphrase')!);
    expect(dialog()?.querySelector('[role="alert"]')?.textContent).toContain(
      'The two passphrases don’t match.',
    );
    expect(document.activeElement).toBe(field('Verify'));
    expect(main.calls.map((call) => call.channel)).not.toContain('vault:create');

    await typeInto(field('Verify'), 'regenboog-2026');
    await press(field('Verify'), 'Enter');
    await eventually(() => expect(dialog()).toBeNull());
    expect(main.calls.find((call) => call.channel === 'vault:create')?.request).toEqual({
      passphrase: 'regenboog-2026',
    });
    expect(tokens.state.vault.state).toBe('open');
    expect(main.calls.filter((call) => call.channel === 'tokens:add')).toHaveLength(1);
    const order = main.calls.map((call) => call.channel);
    expect(order.indexOf('vault:create')).toBeLessThan(order.indexOf('tokens:add'));
  });

  it('is asked for at start when tokens exist; a wrong one is said plainly and kept', async () => {
    const db = freshDatabase();
    await db.tokens.put(tokenRow('t1', 'Hoofdgebouw'));
    const { main } = await openConsole({
      db,
      vault: { protection: 'passphrase', state: 'locked' },
      passphrase: 'regenboog-2026',
    });
    await eventually(() => expect(dialogTitle()).toBe('Enter the Vault Passphrase'));
    const passphrase = field('Passphrase');
    await typeInto(passphrase, 'regenboog-2025');
    await click(sheetButton('Unlock')!);
    await eventually(() =>
      expect(dialog()?.querySelector('[role="alert"]')?.textContent).toBe(
        'That passphrase isn’t right. Check it and try again.',
      ),
    );
    expect(passphrase.value).toBe('regenboog-2025');
    expect(passphrase.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(passphrase);

    await typeInto(passphrase, 'regenboog-2026');
    await click(sheetButton('Unlock')!);
    await eventually(() => expect(dialog()).toBeNull());
    expect(
      main.calls.filter((call) => call.channel === 'vault:unlock').map((call) => call.request),
    ).toEqual([{ passphrase: 'regenboog-2025' }, { passphrase: 'regenboog-2026' }]);
    expect(document.body.textContent).not.toContain('Tokens are locked');
  });

  it('stays locked after Cancel, with a banner in Tokens that asks again', async () => {
    const db = freshDatabase();
    await db.tokens.put(tokenRow('t1', 'Hoofdgebouw'));
    await openConsole({
      db,
      vault: { protection: 'passphrase', state: 'locked' },
      passphrase: 'regenboog-2026',
    });
    await eventually(() => expect(dialogTitle()).toBe('Enter the Vault Passphrase'));
    await click(sheetButton('Cancel')!);
    expect(dialog()).toBeNull();
    const banner = document.querySelector('.token-banner');
    expect(banner?.textContent).toContain(
      'Tokens are locked, so they can’t sync until the vault passphrase is entered.',
    );
    // Sync Now says why it can't run rather than failing.
    await click(byText('.toolbar-button', 'Sync Now')!);
    expect(document.querySelector('.reason-bubble')?.textContent).toBe(
      'Tokens are locked: enter the vault passphrase first.',
    );
    await click(byText('button', 'Enter Passphrase…')!);
    expect(dialogTitle()).toBe('Enter the Vault Passphrase');
  });

  it('is not asked for with the system keychain', async () => {
    const db = freshDatabase();
    await db.tokens.put(tokenRow('t1', 'Hoofdgebouw'));
    const { main } = await openConsole({ db, vault: { protection: 'keychain', state: 'open' } });
    await eventually(() =>
      expect(main.calls.map((call) => call.channel)).toContain('vault:status'),
    );
    await eventually(() => expect(document.querySelector('[role="option"]')).not.toBeNull());
    expect(dialog()).toBeNull();
    expect(document.querySelector('.token-banner')).toBeNull();
  });
});

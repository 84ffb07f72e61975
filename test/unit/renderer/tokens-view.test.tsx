import { DEFAULT_MAIL_SETTINGS } from '../../../shared/domain/mail';
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/contract';
import { TOKEN_FILE_MAX_BYTES } from '../../../shared/domain/tokens';
import { en } from '../../../renderer/i18n/en';
import { errorText } from '../../../renderer/i18n/error-text';
import { createI18n } from '../../../renderer/i18n/i18n';
import { tokenDraft } from './support/fake-tokens';
import { click, eventually, freshDatabase, typeInto } from './support/render';
import {
  byText,
  chooseFile,
  dialog,
  dialogTitle,
  dispatch,
  dragEvent,
  field,
  sheetButton,
  tokenFile,
  tokensConsolePerTest,
} from './support/tokens-console';
import { licenseSetsOf } from './support/license-sets';
import { assetRow, tokenRow } from './support/vpp-rows';

const openConsole = tokensConsolePerTest();

const listRows = () =>
  [...document.body.querySelectorAll('[role="option"]')].map((row) => row.textContent);

const openAddSheet = async () => {
  await click(byText('.toolbar-button', 'Add')!);
  await eventually(() => expect(dialogTitle()).toBe('Add Token'));
};

describe('Add Token', () => {
  it('takes a file dropped anywhere on the window, shows Apple’s answer, and adds with the fields', async () => {
    const { main, tokens } = await openConsole({
      inspect: () =>
        tokenDraft({
          locationName: 'Hoofdgebouw',
          orgName: 'OBS De Regenboog',
          countryCode: 'NL',
          mdm: { state: 'other', name: 'KindMDM Cloud' },
        }),
    });
    const file = tokenFile('eyJ0b2tlbiI6ImFiYyJ9');

    // A drag with text is not ours; one with a file shows where it will go.
    await dispatch(document.body, dragEvent('dragenter', null));
    expect(document.querySelector('.token-drop-overlay')).toBeNull();
    await dispatch(document.body, dragEvent('dragenter', [file]));
    expect(document.querySelector('.token-drop-overlay')?.textContent).toBe(
      'Drop the content token to add it',
    );
    const drop = dragEvent('drop', [file]);
    await dispatch(document.querySelector('.sidebar-column')!, drop);
    // The browser would otherwise open the file in place of the console.
    expect(drop.defaultPrevented).toBe(true);
    expect(document.querySelector('.token-drop-overlay')).toBeNull();

    await eventually(() => expect(dialog()?.textContent).toContain('Here’s what Apple says'));
    expect(dialogTitle()).toBe('Add Token');
    // The file's content went to main once; nothing is saved yet.
    expect(tokens.state.sources).toEqual([
      { kind: 'content', fileName: 'Hoofdgebouw.vpptoken', content: 'eyJ0b2tlbiI6ImFiYyJ9' },
    ]);
    expect(main.calls.map((call) => call.channel)).not.toContain('tokens:add');
    const text = dialog()!.textContent!;
    expect(text).toContain('LocationHoofdgebouw');
    expect(text).toContain('OrganizationOBS De Regenboog');
    expect(text).toContain('Country or RegionNetherlands');
    expect(text).toContain('MDMUsed by KindMDM Cloud');
    expect(text).toContain(
      'Another MDM, KindMDM Cloud, uses this location. Apple allows one MDM to manage a location',
    );
    expect(field('Name').value).toBe('Hoofdgebouw');
    expect(
      byText('label', 'Education (Apple School Manager)')?.querySelector('input')?.checked,
    ).toBe(true);

    await typeInto(field('Name'), 'Regenboog Hoofdgebouw');
    await typeInto(field('Categories'), 'Primair, 2026;  , Primair');
    await typeInto(field('Apple ID'), 'beheer@obsderegenboog.nl');
    await click(byText('label', 'Business (Apple Business Manager)')!.querySelector('input')!);
    await click(sheetButton('Add')!);

    await eventually(() => expect(dialog()).toBeNull());
    const add = main.calls.find((call) => call.channel === 'tokens:add');
    expect(add?.request).toEqual({
      draftId: expect.any(String),
      fields: {
        name: 'Regenboog Hoofdgebouw',
        description: '',
        categories: ['Primair', '2026'],
        appleId: 'beheer@obsderegenboog.nl',
        type: 'business',
        registerManagedAppleIds: true,
      },
    });
    await eventually(() => expect(listRows()[0]).toContain('Regenboog Hoofdgebouw'));
    expect(listRows()[0]).toContain('Used by KindMDM Cloud');
  });

  it('refuses a file too large to be a token without reading it or asking main', async () => {
    const { main } = await openConsole();
    await openAddSheet();
    const big = tokenFile('x'.repeat(TOKEN_FILE_MAX_BYTES + 1));
    let read = false;
    big.text = async () => {
      read = true;
      return '';
    };
    await chooseFile(big);
    const sentence = errorText(createI18n('en'), {
      code: 'tokenFile.tooLarge',
      message: en.tokens.add.tooLarge,
      params: { kilobytes: '65' },
    });
    await eventually(() =>
      expect(dialog()?.querySelector('[role="alert"]')?.textContent).toBe(sentence),
    );
    expect(read).toBe(false);
    expect(main.calls.map((call) => call.channel)).not.toContain('tokens:inspect');
    // The sheet stays open for another file.
    expect(sheetButton('Choose File…')).toBeDefined();
  });

  it('says each of main’s refusals as its plain sentence, and stays open', async () => {
    const codes = [
      'tokenFile.empty',
      'tokenFile.notBase64',
      'tokenFile.notJson',
      'tokenFile.missingField',
      'tokenFile.badDate',
      'tokenFile.expired',
      'tokenFile.innerToken',
      'tokenFile.tooLarge',
      'tokens.duplicate',
      'tokens.renewOtherLocation',
      'vault.locked',
      'apple.9621',
      'apple.9625',
      'network.unreachable',
    ];
    let refusal = codes[0];
    await openConsole({
      inspect: () => {
        throw new ApiError({ code: refusal, message: `Main’s English for ${refusal}.` });
      },
    });
    await openAddSheet();
    const i18n = createI18n('en');
    for (const code of codes) {
      refusal = code;
      await chooseFile(tokenFile());
      const expected = errorText(i18n, { code, message: `Main’s English for ${code}.` });
      await eventually(() =>
        expect(dialog()?.querySelector('[role="alert"]')?.textContent).toBe(expected),
      );
      expect(expected).not.toBe(code);
    }
    // The sentences from the one table, not main's English:
    refusal = 'tokenFile.empty';
    await chooseFile(tokenFile());
    await eventually(() =>
      expect(dialog()?.querySelector('[role="alert"]')?.textContent).toContain(
        'The chosen file is empty.',
      ),
    );
    refusal = 'apple.9621';
    await chooseFile(tokenFile());
    await eventually(() =>
      expect(dialog()?.querySelector('[role="alert"]')?.textContent).toContain(
        'This content token has expired',
      ),
    );
    expect(dialogTitle()).toBe('Add Token');
  });

  it('sends the path instead of the content in the desktop app', async () => {
    const { tokens } = await openConsole();
    const original = window.api;
    window.api = {
      invoke: async () => ({ ok: true, value: undefined }),
      on: () => () => undefined,
      pathForFile: () => '/Users/beheer/Downloads/Hoofdgebouw.vpptoken',
    } as unknown as typeof window.api;
    try {
      await openAddSheet();
      await chooseFile(tokenFile());
      await eventually(() =>
        expect(tokens.state.sources).toEqual([
          { kind: 'path', path: '/Users/beheer/Downloads/Hoofdgebouw.vpptoken' },
        ]),
      );
    } finally {
      window.api = original;
    }
  });

  it('says where a location already added is, instead of adding it twice', async () => {
    const db = freshDatabase();
    await db.tokens.put(tokenRow('t1', 'Regenboog Hoofdgebouw'));
    const { main } = await openConsole({
      db,
      inspect: () => tokenDraft({ existingTokenId: 't1' }),
    });
    await openAddSheet();
    await chooseFile(tokenFile());
    await eventually(() =>
      expect(dialog()?.textContent).toContain(
        'This location is already added as “Regenboog Hoofdgebouw”. To use this newer file, select “Regenboog Hoofdgebouw” and choose Renew Token… from the Action menu.',
      ),
    );
    expect(sheetButton('Add')).toBeUndefined();
    await click(sheetButton('Show Token')!);
    await eventually(() => expect(dialog()).toBeNull());
    expect(main.calls.map((call) => call.channel)).not.toContain('tokens:add');
    expect(document.querySelector('.detail-title')?.textContent).toBe('Regenboog Hoofdgebouw');
  });

  it('adds the built-in sandbox’s demo token after one look at it', async () => {
    const { main, tokens } = await openConsole({
      inspect: () => tokenDraft({ locationName: 'Demoschool', orgName: 'Sandbox' }),
    });
    // The placard offers Add Token…; the sheet offers the demo token with the sandbox.
    await eventually(() =>
      expect(document.querySelector('.placard-title')?.textContent).toBe('No Tokens'),
    );
    await click(byText('.placard-action', 'Add Token…')!);
    await click(sheetButton('Add Demo Token')!);
    await eventually(() => expect(field('Name').value).toBe('Demoschool'));
    expect(tokens.state.sources).toEqual([{ kind: 'demo' }]);
    await click(sheetButton('Add')!);
    await eventually(() => expect(dialog()).toBeNull());
    expect(main.calls.filter((call) => call.channel === 'tokens:add')).toHaveLength(1);
    await eventually(() => expect(listRows()[0]).toContain('Demoschool'));
  });

  it('offers no demo token when the console talks to Apple', async () => {
    await openConsole({
      render: {
        settings: {
          language: 'en',
          appleService: { mode: 'apple' },
          sync: { intervalMinutes: 30 },
          mail: DEFAULT_MAIL_SETTINGS,
        },
      },
    });
    await eventually(() => expect(document.querySelector('.placard-message')).not.toBeNull());
    expect(document.querySelector('.placard-message')?.textContent).not.toContain('demo');
    await openAddSheet();
    expect(sheetButton('Add Demo Token')).toBeUndefined();
  });

  it('renews a token from the Action menu, keeping its fields', async () => {
    const db = freshDatabase();
    await db.tokens.put(tokenRow('t1', 'Regenboog Hoofdgebouw'));
    const { main } = await openConsole({
      db,
      tokens: [tokenRow('t1', 'Regenboog Hoofdgebouw')],
      inspect: () => tokenDraft({ existingTokenId: 't1', expiresAt: '2032-03-14T09:26:53+0000' }),
    });
    await eventually(() => expect(listRows()).toHaveLength(1));
    await click(document.querySelector('[role="option"]')!);
    await click(document.querySelector('.list-action-bar .action-menu-button')!);
    await click(byText('[role="menuitem"]', 'Renew Token…')!);
    await eventually(() => expect(dialogTitle()).toBe('Renew “Regenboog Hoofdgebouw”'));
    expect(dialog()?.textContent).toContain('keeps all of its data');
    await chooseFile(tokenFile());
    await eventually(() =>
      expect(dialog()?.textContent).toContain('The new token replaces the current one'),
    );
    expect(dialog()?.querySelector('input:not([type="file"])')).toBeNull();
    await click(sheetButton('Renew')!);
    await eventually(() => expect(dialog()).toBeNull());
    expect(main.calls.find((call) => call.channel === 'tokens:renew')?.request).toEqual({
      draftId: expect.any(String),
      tokenId: 't1',
    });
    expect((await db.tokens.get('t1'))?.expiresAt).toBe('2032-03-14T09:26:53+0000');
  });
});

describe('Delete', () => {
  it('names what goes with the token, then deletes it here and in main', async () => {
    const db = freshDatabase();
    await db.tokens.put(tokenRow('t1', 'Regenboog Hoofdgebouw'));
    await db.assets.bulkPut([
      assetRow('t1', '361309726', 'Pages', { total: 10, assigned: 2 }),
      assetRow('t1', '361285480', 'Keynote', { total: 10, assigned: 0 }),
      assetRow(
        't1',
        '1544283745',
        'De Leesladder',
        { total: 5, assigned: 1 },
        {
          productType: 'Book',
        },
      ),
      assetRow('t2', '361309726', 'Pages', { total: 3, assigned: 0 }),
    ]);
    await db.licenseSets.bulkPut([
      ...licenseSetsOf(
        't1',
        ['lln-1', 'lln-2', 'lln-3'].map((clientUserId) => ({ adamId: '361309726', clientUserId })),
      ),
      // Another token's set of the same title stays.
      ...licenseSetsOf('t2', [{ adamId: '361309726', clientUserId: 'lln-9' }]),
    ]);
    await db.vppUsers.bulkPut([
      { tokenId: 't1', clientUserId: 'lln-1' },
      { tokenId: 't1', clientUserId: 'lln-2' },
    ]);
    const { main } = await openConsole({ db, tokens: [tokenRow('t1', 'Regenboog Hoofdgebouw')] });
    await eventually(() => expect(listRows()).toHaveLength(1));
    await click(document.querySelector('[role="option"]')!);
    await eventually(() =>
      expect(document.querySelector('.detail-title')?.textContent).toBe('Regenboog Hoofdgebouw'),
    );
    await click(document.querySelector('.list-action-bar [aria-label="Delete"]')!);

    await eventually(() => expect(dialogTitle()).toBe('Delete “Regenboog Hoofdgebouw”?'));
    await eventually(() =>
      expect(dialog()?.textContent).toContain(
        'This console’s copy of its 2 apps, 1 book, 3 assignments and 2 VPP users is deleted with it.',
      ),
    );
    expect(dialog()?.textContent).toContain('Nothing changes at Apple');
    await click(sheetButton('Delete')!);
    await eventually(() => expect(dialog()).toBeNull());
    expect(main.calls.find((call) => call.channel === 'tokens:delete')?.request).toEqual({
      id: 't1',
    });
    expect(await db.tokens.count()).toBe(0);
    expect((await db.assets.toArray()).map((asset) => asset.tokenId)).toEqual(['t2']);
    expect((await db.licenseSets.toArray()).map((set) => set.tokenId)).toEqual(['t2']);
    expect(await db.vppUsers.count()).toBe(0);
  });
});

describe('a token’s About tab', () => {
  it('saves what the admin edits with tokens:update, and Revert takes it back', async () => {
    const db = freshDatabase();
    await db.tokens.put({ ...tokenRow('t1', 'Hoofdgebouw'), categories: ['Primair'] });
    await db.syncState.put({ tokenId: 't1', versions: {}, driftedAssets: 3 });
    const { main } = await openConsole({ db, tokens: [tokenRow('t1', 'Hoofdgebouw')] });
    await eventually(() => expect(listRows()).toHaveLength(1));
    await click(document.querySelector('[role="option"]')!);
    await eventually(() => expect(field('Name').value).toBe('Hoofdgebouw'));
    expect(field('Categories').value).toBe('Primair');
    await eventually(() =>
      expect(document.querySelector('.detail-pane')?.textContent).toContain(
        '3 titles differ from Apple — Sync Now to repair them.',
      ),
    );
    const text = document.querySelector('.detail-pane')!.textContent!;
    expect(text).toContain('OrganizationBasisschool De Regenboog');
    expect(text).toContain('Apple ServiceBuilt-in sandbox');

    const description = field('Description') as unknown as HTMLTextAreaElement;
    await act(async () => {
      Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(
        description,
        'Het hoofdgebouw',
      );
      description.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await click(byText('button', 'Revert')!);
    expect(description.value).toBe('');

    await typeInto(field('Name'), '');
    await click(byText('button', 'Save')!);
    expect(document.querySelector('.detail-pane [role="alert"]')?.textContent).toBe(
      'Enter a name for the token.',
    );
    await typeInto(field('Name'), 'Hoofdgebouw Regenboog');
    await click(byText('button', 'Save')!);
    await eventually(() => expect(document.body.textContent).toContain('Saved.'));
    expect(main.calls.find((call) => call.channel === 'tokens:update')?.request).toEqual({
      id: 't1',
      fields: {
        name: 'Hoofdgebouw Regenboog',
        description: '',
        categories: ['Primair'],
        appleId: '',
        type: 'education',
        registerManagedAppleIds: true,
      },
    });
    await eventually(() =>
      expect(document.querySelector('.detail-title')?.textContent).toBe('Hoofdgebouw Regenboog'),
    );
  });
});

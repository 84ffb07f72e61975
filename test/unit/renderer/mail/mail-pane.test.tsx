import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_MAIL_SETTINGS, MailSettings } from '../../../../shared/domain/mail';
import { Settings, SettingsPatch } from '../../../../shared/domain/settings';
import { MailPane } from '../../../../renderer/features/mail/mail-pane';
import { createFakeMain, defaultSettings } from '../support/fake-main';
import { click, eventually, renderConsole, typeInto, type Rendered } from '../support/render';

let rendered: Rendered | undefined;
afterEach(async () => {
  await rendered?.unmount();
  rendered = undefined;
});

/** A main that stores settings as the real one does, and keeps a password like the vault. */
const mailMain = (options: { hasPassword?: boolean; test?: () => object } = {}) => {
  let stored = defaultSettings();
  let hasPassword = options.hasPassword ?? false;
  const updates: SettingsPatch[] = [];
  const passwords: string[] = [];
  const tests: unknown[] = [];
  const main = createFakeMain({
    'settings:update': (patch) => {
      const parsed = SettingsPatch.parse(patch);
      updates.push(parsed);
      stored = Settings.parse({ ...stored, ...parsed });
      return stored;
    },
    'mail:status': () => ({ hasPassword }),
    'mail:setPassword': ({ password }) => {
      passwords.push(password);
      hasPassword = true;
      return { hasPassword };
    },
    'mail:clearPassword': () => {
      hasPassword = false;
      return { hasPassword };
    },
    'mail:testConnection': (request) => {
      tests.push(request);
      return (options.test?.() ?? { ok: true, message: 'Connected.' }) as never;
    },
  });
  return { ...main, updates, passwords, tests };
};

const container = () => rendered!.container;
const byText = (selector: string, text: string) =>
  [...container().querySelectorAll<HTMLElement>(selector)].find(
    (element) => element.textContent?.trim() === text,
  );
const fieldLabelled = <E extends HTMLElement = HTMLInputElement>(label: string): E => {
  const labelElement = byText('label', label) as HTMLLabelElement | undefined;
  if (!labelElement) throw new Error(`No label “${label}”`);
  return container().querySelector<E>(`#${CSS.escape(labelElement.htmlFor)}`)!;
};
const radio = (label: string) => byText('label.radio', label)!.querySelector('input')!;
const checkbox = (label: string) => byText('label.checkbox', label)!.querySelector('input')!;

const openPane = async (main: ReturnType<typeof mailMain>, language: 'en' | 'nl' = 'en') => {
  rendered = await renderConsole(<MailPane />, {
    api: main.api,
    language,
    settings: { ...defaultSettings(), language },
  });
};

/** Fills the SMTP server of a school, as an admin would type it. */
const fillSmtp = async () => {
  await click(radio('An SMTP server'));
  await typeInto(fieldLabelled('Server'), 'smtp.regenboog.example');
  await typeInto(fieldLabelled('Port'), '465');
};

describe('Settings → Mail', () => {
  it('starts on the built-in Outbox, saying that nothing leaves this computer', async () => {
    await openPane(mailMain());
    expect(radio('The built-in Outbox').checked).toBe(true);
    expect(radio('An SMTP server').checked).toBe(false);
    expect(container().textContent).toContain('Nothing leaves this computer');
    expect(byText('label', 'Server')).toBeUndefined();
    expect(fieldLabelled('Sender address').value).toBe(DEFAULT_MAIL_SETTINGS.sender.address);
    expect(byText('button', 'Save')!.hasAttribute('disabled')).toBe(true);
  });

  it('keeps a draft until Save, follows the port with Security, and takes it back with Revert', async () => {
    const main = mailMain();
    await openPane(main);
    await fillSmtp();
    const security = fieldLabelled<HTMLSelectElement>('Security');
    expect(security.value).toBe('tls');
    expect(security.selectedOptions[0].textContent).toBe('SSL/TLS');
    await typeInto(fieldLabelled('Port'), '587');
    expect(fieldLabelled<HTMLSelectElement>('Security').value).toBe('starttls');
    expect(main.updates).toEqual([]);
    await click(byText('button', 'Revert')!);
    expect(radio('The built-in Outbox').checked).toBe(true);
    expect(main.updates).toEqual([]);
  });

  it('says in words what is wrong, and saves nothing', async () => {
    const main = mailMain();
    await openPane(main);
    await click(radio('An SMTP server'));
    await typeInto(fieldLabelled('Port'), '99999');
    await typeInto(fieldLabelled('Sender address'), 'not an address');
    await click(byText('button', 'Save')!);
    expect(main.updates).toEqual([]);
    expect(container().textContent).toContain('Type the name of your mail server.');
    expect(container().textContent).toContain(
      'Type a port number from 1 to 65535; mail servers usually use 587 or 465.',
    );
    expect(container().textContent).toContain('Type an email address such as name@school.example.');
    expect(fieldLabelled('Server').getAttribute('aria-invalid')).toBe('true');

    await click(checkbox('Relay outgoing mail through ISP'));
    await click(byText('button', 'Save')!);
    expect(container().textContent).toContain(
      'Type the relay host your internet provider gave you.',
    );
  });

  it('says the same problems in Dutch, mapped from the contract’s issue paths', async () => {
    await openPane(mailMain(), 'nl');
    await click(radio('Een SMTP-server'));
    await typeInto(fieldLabelled('Adres afzender'), '');
    await click(byText('button', 'Bewaar')!);
    expect(container().textContent).toContain('Typ de naam van je mailserver.');
    expect(container().textContent).toContain(
      'Typ het adres waarvandaan uitnodigingen worden verstuurd.',
    );
    expect(
      byText('label.checkbox', 'Stuur uitgaande post door via internetaanbieder'),
    ).toBeTruthy();
    expect(byText('button', 'Test verbinding')).toBeTruthy();
  });

  it('saves the server with settings:update and the password with mail:setPassword, never showing it again', async () => {
    const main = mailMain();
    await openPane(main);
    await fillSmtp();
    await click(checkbox('Use authentication'));
    await typeInto(fieldLabelled('User name'), 'ict@regenboog.example');
    await click(byText('button', 'Save')!);
    expect(container().textContent).toContain('Type the password for this user name.');
    expect(main.updates).toEqual([]);

    await typeInto(fieldLabelled('Password'), 'geheim-123');
    await click(byText('button', 'Save')!);
    await eventually(() => expect(container().textContent).toContain('Saved.'));
    expect(main.passwords).toEqual(['geheim-123']);
    expect(main.updates).toHaveLength(1);
    expect(MailSettings.parse(main.updates[0].mail)).toEqual({
      mode: 'smtp',
      smtp: {
        host: 'smtp.regenboog.example',
        port: 465,
        security: 'tls',
        user: 'ict@regenboog.example',
        relayThroughIsp: false,
      },
      sender: DEFAULT_MAIL_SETTINGS.sender,
    });
    expect(fieldLabelled('Password').value).toBe('');
    expect(container().textContent).toContain('Saved in the vault');
    expect(byText('button', 'Save')!.hasAttribute('disabled')).toBe(true);
  });

  it('shows a saved password as saved, never pre-filled, and removes it from the vault', async () => {
    const main = mailMain({ hasPassword: true });
    await openPane(main);
    await fillSmtp();
    await click(checkbox('Use authentication'));
    await eventually(() => expect(container().textContent).toContain('Saved in the vault'));
    expect(fieldLabelled('Password').value).toBe('');
    await click(container().querySelector('[aria-label="Remove the saved password"]')!);
    await eventually(() =>
      expect(container().textContent).toContain('The password was removed from the vault.'),
    );
    expect(container().textContent).not.toContain('Saved in the vault');
  });

  it('tests what is on screen and shows the sentence: success, or main’s plain words', async () => {
    let answer: object = { ok: true, message: 'Connected.' };
    const main = mailMain({ test: () => answer });
    await openPane(main);
    await click(byText('button', 'Test Connection')!);
    await eventually(() =>
      expect(container().querySelector('.check-status')?.textContent).toContain(
        'The built-in Outbox is ready: invitations will appear in Outbox.',
      ),
    );
    expect(container().querySelector('.check-status .tone-success')).not.toBeNull();
    expect((main.tests[0] as { mail: MailSettings }).mail.mode).toBe('catcher');

    await fillSmtp();
    answer = {
      ok: false,
      code: 'mail.unknownHost',
      message:
        'The server name smtp.regenboog.example could not be found. Check its spelling, or ask your IT department for the name of the mail server.',
      params: { host: 'smtp.regenboog.example', port: 465 },
    };
    await click(byText('button', 'Test Connection')!);
    await eventually(() =>
      expect(container().querySelector('.check-status')?.textContent).toContain(
        'The server name smtp.regenboog.example could not be found.',
      ),
    );
    expect(container().querySelector('.check-status .tone-failure')).not.toBeNull();
    const tested = main.tests[1] as { mail: MailSettings };
    expect(tested.mail.smtp).toMatchObject({ host: 'smtp.regenboog.example', port: 465 });
    // Testing saves nothing.
    expect(main.updates).toEqual([]);
  });

  it('says a failed test in Dutch by main’s code', async () => {
    const main = mailMain({
      test: () => ({
        ok: false,
        code: 'mail.authRefused',
        message: 'smtp.regenboog.example refused the user name or the password.',
        params: { host: 'smtp.regenboog.example', port: 587 },
      }),
    });
    await openPane(main, 'nl');
    await click(radio('Een SMTP-server'));
    await typeInto(fieldLabelled('Server'), 'smtp.regenboog.example');
    await click(byText('button', 'Test verbinding')!);
    await eventually(() =>
      expect(container().querySelector('.check-status')?.textContent).toContain(
        'smtp.regenboog.example weigerde de gebruikersnaam of het wachtwoord.',
      ),
    );
  });
});

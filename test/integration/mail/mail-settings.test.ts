import { describe, expect, it } from 'vitest';
import { diagnoseSmtp } from '../../../electron/mail/diagnose';
import { startMailCatcher } from '../../../electron/mail/mail-catcher';
import { endpointFor } from '../../../electron/mail/mailer';
import { endpointFromSettings, smtpPoolOptions } from '../../../electron/mail/transport';
import {
  DEFAULT_MAIL_SETTINGS,
  MailSettings,
  isMailAddress,
  smtpHostOf,
} from '../../../shared/domain/mail';
import { withTempDir } from './smtp-fixture';

describe('mail settings', () => {
  it('default to the catcher on a fresh install', () => {
    expect(MailSettings.parse({})).toEqual(DEFAULT_MAIL_SETTINGS);
    expect(DEFAULT_MAIL_SETTINGS.mode).toBe('catcher');
  });

  it('need a host in smtp mode, and the relay host when relaying through the ISP', () => {
    const smtp = { ...DEFAULT_MAIL_SETTINGS.smtp };
    expect(MailSettings.safeParse({ mode: 'smtp', smtp }).success).toBe(false);
    const withHost = { ...smtp, host: 'smtp.school.example' };
    expect(MailSettings.safeParse({ mode: 'smtp', smtp: withHost }).success).toBe(true);
    const relaying = { ...withHost, relayThroughIsp: true };
    expect(MailSettings.safeParse({ mode: 'smtp', smtp: relaying }).success).toBe(false);
    const relayed = MailSettings.parse({
      mode: 'smtp',
      smtp: { ...relaying, relayHost: 'smtp.provider.example' },
    });
    expect(smtpHostOf(relayed.smtp)).toBe('smtp.provider.example');
  });

  it('refuse hosts and addresses that could carry a header', () => {
    const smtp = { ...DEFAULT_MAIL_SETTINGS.smtp, host: 'smtp.school.example\r\nX: y' };
    expect(MailSettings.safeParse({ mode: 'smtp', smtp }).success).toBe(false);
    expect(isMailAddress('a@school.example')).toBe(true);
    for (const bad of ['a@school.example\n', 'a b@school.example', 'a@b', '"a"@school.example']) {
      expect(isMailAddress(bad.replace(/\n$/, '\nBcc: x@y.example'))).toBe(false);
    }
    const sender = MailSettings.parse({ sender: { address: 'a@school.example', name: 'A\r\nB' } });
    expect(sender.sender.name).toBe('A B');
  });

  it('never switch certificate checks off, and leave the password out unless a user is set', () => {
    const smtp = { ...DEFAULT_MAIL_SETTINGS.smtp, host: 'smtp.school.example' };
    expect(endpointFromSettings(smtp, 'secret')).not.toHaveProperty('password');
    const endpoint = endpointFromSettings({ ...smtp, user: 'teacher' }, 'secret');
    for (const security of ['none', 'starttls', 'tls'] as const) {
      const options = smtpPoolOptions({ ...endpoint, security });
      expect(options.tls?.rejectUnauthorized).toBe(true);
    }
    expect(smtpPoolOptions({ ...endpoint, security: 'starttls' })).toMatchObject({
      secure: false,
      requireTLS: true,
    });
    expect(smtpPoolOptions({ ...endpoint, security: 'tls' })).toMatchObject({ secure: true });
  });

  it('point Test Connection at the catcher in catcher mode, and it passes', async () => {
    const temp = await withTempDir();
    const catcher = await startMailCatcher({ dataDir: temp.dir });
    try {
      const endpoint = endpointFor(DEFAULT_MAIL_SETTINGS, { catcher: catcher.address });
      const diagnosis = await diagnoseSmtp(endpoint, {
        sender: DEFAULT_MAIL_SETTINGS.sender.address,
      });
      expect(diagnosis.host).toBe('127.0.0.1');
      expect(catcher.outbox.size).toBe(0);
    } finally {
      await catcher.close();
      await temp.remove();
    }
  });
});

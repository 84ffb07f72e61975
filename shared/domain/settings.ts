import { z } from 'zod';
import { DEFAULT_SYNC_INTERVAL_MINUTES, SYNC_INTERVAL_MINUTES } from './sync';
import { DEFAULT_MAIL_SETTINGS, MailSettings } from './mail';

export const Language = z.enum(['system', 'en', 'nl']);
export type Language = z.infer<typeof Language>;

/** Which Apple Apps and Books service the console talks to. */
export const AppleServiceMode = z.enum(['sandbox', 'apple', 'custom']);
export type AppleServiceMode = z.infer<typeof AppleServiceMode>;

export const APPLE_SERVICE_URL = 'https://vpp.itunes.apple.com/mdm/v2';

/**
 * A custom service's address: https anywhere, plain http only on this computer (a sandbox),
 * because content tokens travel with every request and must not cross a network unencrypted.
 */
const LOOPBACK_HTTP = /^http:\/\/(?:127\.0\.0\.1|localhost|\[::1\])(?::\d+)?(?:[/?#]|$)/i;
export const ServiceUrl = z
  .url({ protocol: /^https?$/ })
  .refine((url) => /^https:/i.test(url) || LOOPBACK_HTTP.test(url), {
    message: 'Plain http is allowed only for a service on this computer (127.0.0.1).',
  });

const SyncIntervalMinutes = z
  .number()
  .int()
  .min(SYNC_INTERVAL_MINUTES.min)
  .max(SYNC_INTERVAL_MINUTES.max);

export const Settings = z.object({
  language: Language.default('system'),
  appleService: z
    .object({
      mode: AppleServiceMode.default('sandbox'),
      /** Base URL of the v2 service when mode is `custom`, e.g. a sandbox on another port. */
      customUrl: ServiceUrl.optional(),
    })
    .default({ mode: 'sandbox' }),
  sync: z
    .object({
      /** Delta sync of every token this often (Settings → Sync). */
      intervalMinutes: SyncIntervalMinutes.default(DEFAULT_SYNC_INTERVAL_MINUTES),
    })
    .default({ intervalMinutes: DEFAULT_SYNC_INTERVAL_MINUTES }),
  /** Settings → Mail: the embedded catcher on a fresh install, or the school's SMTP server. */
  mail: MailSettings.default(DEFAULT_MAIL_SETTINGS),
});
export type Settings = z.infer<typeof Settings>;

export const SettingsPatch = z.object({
  language: Language.optional(),
  appleService: z
    .object({ mode: AppleServiceMode, customUrl: ServiceUrl.optional() })
    .refine((service) => service.mode !== 'custom' || service.customUrl !== undefined, {
      message: 'A custom Apple service needs its URL.',
      path: ['customUrl'],
    })
    .optional(),
  sync: z.object({ intervalMinutes: SyncIntervalMinutes }).optional(),
  mail: MailSettings.optional(),
});
export type SettingsPatch = z.infer<typeof SettingsPatch>;

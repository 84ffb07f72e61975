import { z } from 'zod';

export const Language = z.enum(['system', 'en', 'nl']);
export type Language = z.infer<typeof Language>;

/** Which Apple Apps and Books service the console talks to. */
export const AppleServiceMode = z.enum(['sandbox', 'apple', 'custom']);
export type AppleServiceMode = z.infer<typeof AppleServiceMode>;

export const APPLE_SERVICE_URL = 'https://vpp.itunes.apple.com/mdm/v2';

export const Settings = z.object({
  language: Language.default('system'),
  appleService: z
    .object({
      mode: AppleServiceMode.default('sandbox'),
      /** Base URL of the v2 service when mode is `custom`, e.g. a sandbox on another port. */
      customUrl: z.url({ protocol: /^https?$/ }).optional(),
    })
    .default({ mode: 'sandbox' }),
});
export type Settings = z.infer<typeof Settings>;

export const SettingsPatch = z.object({
  language: Language.optional(),
  appleService: z
    .object({ mode: AppleServiceMode, customUrl: z.url({ protocol: /^https?$/ }).optional() })
    .refine((service) => service.mode !== 'custom' || service.customUrl !== undefined, {
      message: 'A custom Apple service needs its URL.',
      path: ['customUrl'],
    })
    .optional(),
});
export type SettingsPatch = z.infer<typeof SettingsPatch>;

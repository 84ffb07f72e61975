import { z } from 'zod';

export const FrontDoor = z.enum(['electron', 'browser']);
export type FrontDoor = z.infer<typeof FrontDoor>;

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  frontDoor: FrontDoor,
  platform: z.string(),
  /** BCP 47 tag of the operating system's language, for the `system` language setting. */
  systemLocale: z.string(),
  /** Base URL of the Apple service in use (the embedded sandbox's, Apple's, or a custom one). */
  appleServiceUrl: z.string(),
});
export type AppInfo = z.infer<typeof AppInfo>;

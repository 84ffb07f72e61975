import type { TFunction } from 'i18next';

const KNOWN = ['iOS', 'macOS', 'tvOS', 'watchOS', 'visionOS'] as const;
type KnownPlatform = (typeof KNOWN)[number];
const isKnown = (platform: string): platform is KnownPlatform =>
  (KNOWN as readonly string[]).includes(platform);

/** Store names, not platforms of a device: nothing an admin needs to read. */
const STORES = new Set(['volumestore', 'enterprisestore']);

/**
 * Apple's `supportedPlatforms` as the devices an admin knows ("iPhone and iPad, Mac"); a
 * platform Apple adds later shows under the name Apple gives it.
 */
export const platformNames = (t: TFunction, platforms: readonly string[]): string =>
  platforms
    .filter((platform) => !STORES.has(platform))
    .map((platform) => (isKnown(platform) ? t(`assets.platformNames.${platform}`) : platform))
    .join(', ');

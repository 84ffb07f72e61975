/**
 * Checks of single cells, shared by the user and device imports. Deliberately plain: the import
 * catches typing slips ("anna@school", "anna@@school.nl", a space in a short name), the mail
 * server has the last word on an address.
 */

/** One @, no spaces or line breaks, a dot in the domain; at most 254 characters (RFC 5321). */
const EMAIL = /^[^\s@"<>,;]+@[^\s@"<>,;.]+(\.[^\s@"<>,;.]+)+$/;

export const isEmail = (text: string): boolean => text.length <= 254 && EMAIL.test(text);

/** Short names as macOS and Profile Manager take them: ASCII letters, digits, ".", "_", "-". */
const SHORT_NAME = /^[A-Za-z0-9._-]+$/;

export const isShortName = (text: string): boolean => text.length <= 255 && SHORT_NAME.test(text);

export const PLATFORMS = ['iOS', 'iPadOS', 'macOS'] as const;
export type DevicePlatform = (typeof PLATFORMS)[number];

const platformByKey = new Map<string, DevicePlatform>(
  PLATFORMS.map((platform) => [platform.toLowerCase(), platform]),
);

/** "ipados", "IPADOS" and "iPadOS" are iPadOS; anything else is not a platform. */
export const platformOf = (text: string): DevicePlatform | undefined =>
  platformByKey.get(text.toLowerCase());

/** Short names and email addresses match whatever their case. */
export const personKey = (text: string): string => text.toLowerCase();

/** Serial numbers are upper case; a pasted one may come in lower case or with spaces. */
export const serialKey = (text: string): string => text.replace(/\s+/g, '').toUpperCase();

/** Builds a lookup keyed like `keyOf`, from the database's map of stored value → id. */
export const keyedLookup = (
  entries: ReadonlyMap<string, string> | undefined,
  keyOf: (text: string) => string,
): Map<string, string> => {
  const lookup = new Map<string, string>();
  for (const [text, id] of entries ?? []) lookup.set(keyOf(text), id);
  return lookup;
};

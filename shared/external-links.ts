/**
 * The only places the console opens outside itself: Apple's help and portals. Anything else
 * (a link inside an error body, a crafted URL) stays closed.
 */
const ALLOWED_HOSTS = new Set([
  'support.apple.com',
  'school.apple.com',
  'business.apple.com',
  'developer.apple.com',
  'www.apple.com',
]);

// shared/ has no URL class (no DOM, no Node), so the check parses the one shape it accepts:
// https, no user info, no port other than 443, an allow-listed host.
const HTTPS_URL = /^https:\/\/([a-z0-9.-]+)(?::443)?(?:[/?#]|$)/i;

// A URL with spaces or control characters is not one a link of ours would carry; browsers
// would strip or re-encode them, so what is checked would differ from what opens.
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARACTERS = /[\s\u0000-\u001f\u007f]/;

export const isAllowedExternalUrl = (url: string): boolean => {
  if (UNSAFE_CHARACTERS.test(url)) return false;
  const match = HTTPS_URL.exec(url);
  return match !== null && ALLOWED_HOSTS.has(match[1].toLowerCase());
};

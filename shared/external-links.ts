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

export const isAllowedExternalUrl = (url: string): boolean => {
  const match = HTTPS_URL.exec(url.trim());
  return match !== null && ALLOWED_HOSTS.has(match[1].toLowerCase());
};

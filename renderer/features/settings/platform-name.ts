/** Node's platform ids as people write them: "darwin" is macOS, "win32" Windows. */
const NAMES: Record<string, string> = {
  darwin: 'macOS',
  win32: 'Windows',
  linux: 'Linux',
  freebsd: 'FreeBSD',
  openbsd: 'OpenBSD',
};

export const platformName = (platform: string): string =>
  NAMES[platform] ?? platform.charAt(0).toUpperCase() + platform.slice(1);

/**
 * Apple writes dates as `2031-03-14T09:26:53+0000`: ISO-8601 with a numeric offset that has no
 * colon, which `Date.parse` does not accept everywhere. This parser takes that form and the
 * usual variants (`Z`, `+00:00`, fractional seconds, no offset = UTC).
 */
const APPLE_DATE =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

export const parseAppleDate = (value: string | undefined | null): Date | undefined => {
  if (typeof value !== 'string') return undefined;
  const match = APPLE_DATE.exec(value.trim());
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second = '0', fraction = '0', zone = 'Z'] = match;
  const fields = [year, month, day, hour, minute, second].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const [y, mo, d, h, mi, s] = fields;
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60) return undefined;
  const millis = Math.round(Number(`0.${fraction}`) * 1000);
  const utc = Date.UTC(y, mo - 1, d, h, mi, Math.min(s, 59), millis);
  // Reject dates that rolled over, e.g. February 30th.
  if (new Date(utc).getUTCDate() !== d) return undefined;
  return new Date(utc - offsetMinutes(zone) * 60_000);
};

const offsetMinutes = (zone: string): number => {
  if (zone.toUpperCase() === 'Z') return 0;
  const digits = zone.replace(':', '');
  const sign = digits.startsWith('-') ? -1 : 1;
  return sign * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5)));
};

/** The same format back, in UTC: `2031-03-14T09:26:53+0000`. */
export const formatAppleDate = (date: Date): string => `${date.toISOString().slice(0, 19)}+0000`;

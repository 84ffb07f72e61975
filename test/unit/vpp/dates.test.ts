import { describe, expect, it } from 'vitest';
import { formatAppleDate, parseAppleDate } from '../../../electron/vpp/dates';

describe('parseAppleDate', () => {
  it("reads Apple's offset without a colon", () => {
    expect(parseAppleDate('2031-03-14T09:26:53+0000')?.toISOString()).toBe(
      '2031-03-14T09:26:53.000Z',
    );
  });

  it('applies negative and positive offsets (the legacy example used -0700)', () => {
    expect(parseAppleDate('2031-03-14T09:26:53-0700')?.toISOString()).toBe(
      '2031-03-14T16:26:53.000Z',
    );
    expect(parseAppleDate('2031-03-14T09:26:53+05:30')?.toISOString()).toBe(
      '2031-03-14T03:56:53.000Z',
    );
  });

  it('accepts Z, fractional seconds, surrounding spaces and a missing offset (UTC)', () => {
    expect(parseAppleDate(' 2031-03-14T09:26:53.250Z ')?.toISOString()).toBe(
      '2031-03-14T09:26:53.250Z',
    );
    expect(parseAppleDate('2031-03-14T09:26:53')?.toISOString()).toBe('2031-03-14T09:26:53.000Z');
  });

  it.each(['', 'tomorrow', '2031-13-01T00:00:00+0000', '2031-02-30T00:00:00+0000', '14-03-2031'])(
    'refuses %j',
    (text) => {
      expect(parseAppleDate(text)).toBeUndefined();
    },
  );

  it('refuses non-strings', () => {
    expect(parseAppleDate(undefined)).toBeUndefined();
    expect(parseAppleDate(null)).toBeUndefined();
  });

  it("formats back to Apple's form, which it can read again", () => {
    const date = new Date(Date.UTC(2030, 0, 2, 3, 4, 5));
    expect(formatAppleDate(date)).toBe('2030-01-02T03:04:05+0000');
    expect(parseAppleDate(formatAppleDate(date))?.getTime()).toBe(date.getTime());
  });
});

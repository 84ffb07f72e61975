import { describe, expect, it } from 'vitest';
import {
  ADVERTISED_ERROR_NUMBERS,
  APPLE_ERRORS,
  errorBody,
  httpStatusOf,
} from '../../../electron/sandbox/apple/error-catalogue';

describe('error catalogue', () => {
  it('uses the HTTP statuses of Apple’s v2 error table', () => {
    // Straight from reference/vpp-api.md §5.2.
    const documented: Record<number, number> = {
      9601: 401,
      9602: 400,
      9603: 500,
      9609: 400,
      9621: 401,
      9623: 400,
      9625: 401,
      9634: 410,
      9637: 403,
      9646: 429,
      9647: 403,
      9650: 400,
      9700: 400,
      9701: 400,
      9702: 400,
      9703: 400,
      9704: 400,
      9705: 400,
      9706: 400,
      9707: 400,
      9708: 400,
      9710: 400,
      9711: 400,
      9712: 400,
      9713: 400,
      9714: 400,
      9715: 400,
      9717: 400,
      9718: 400,
      9719: 400,
      9720: 400,
      9721: 400,
      9722: 401,
      9723: 400,
      9724: 400,
      9725: 400,
      9726: 405,
      9727: 415,
      9728: 400,
      9729: 503,
    };
    for (const [number, status] of Object.entries(documented))
      expect([number, httpStatusOf(Number(number) as keyof typeof APPLE_ERRORS)]).toEqual([
        number,
        status,
      ]);
  });

  it('advertises the list of Apple’s service-config example, each with a message', () => {
    expect(ADVERTISED_ERROR_NUMBERS).toContain(9709);
    expect(ADVERTISED_ERROR_NUMBERS).toContain(9716);
    expect(ADVERTISED_ERROR_NUMBERS.filter((n) => n >= 9700)).toHaveLength(29);
    for (const number of ADVERTISED_ERROR_NUMBERS)
      expect(errorBody(number).errorMessage).not.toBe('');
  });

  it('keeps the messages the reference quotes verbatim', () => {
    expect(errorBody(9625).errorMessage).toBe('The server has revoked the sToken.');
    expect(errorBody(9622).errorMessage).toBe('Invalid authentication token');
    expect(errorBody(9709).errorMessage).toBe(
      "There aren't enough assets available to complete this association.",
    );
    expect(errorBody(9716).errorMessage).toBe(
      'A registered user already exists with the specified clientUserId.',
    );
  });
});

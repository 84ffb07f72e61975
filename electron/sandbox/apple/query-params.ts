import { AppleError } from './error-catalogue';

const INT32_MAX = 2 ** 31 - 1;

/**
 * Typed access to the query parameters an endpoint defines. A defined parameter with a value
 * of the wrong type is an invalid argument (9602); parameters an endpoint doesn't define are
 * never read, so they are ignored as Apple does.
 */
export class QueryParams {
  constructor(private readonly params: URLSearchParams) {}

  string(name: string): string | undefined {
    const value = this.params.get(name);
    return value === null || value === '' ? undefined : value;
  }

  boolean(name: string): boolean | undefined {
    const value = this.string(name)?.toLowerCase();
    if (value === undefined) return undefined;
    if (value === 'true' || value === '1') return true;
    if (value === 'false' || value === '0') return false;
    throw new AppleError(9602);
  }

  integer(name: string): number | undefined {
    const value = this.string(name);
    if (value === undefined) return undefined;
    if (!/^-?\d+$/.test(value)) throw new AppleError(9602);
    const number = Number(value);
    if (Math.abs(number) > INT32_MAX) throw new AppleError(9602);
    return number;
  }

  oneOf<T extends string>(name: string, allowed: readonly T[]): T | undefined {
    const value = this.string(name);
    if (value === undefined) return undefined;
    if (!allowed.includes(value as T)) throw new AppleError(9602);
    return value as T;
  }
}

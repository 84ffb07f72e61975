import { AppleError } from '../error-catalogue';

/** A JSON request body: must be an object; fields Apple doesn't define are ignored. */
export type JsonObject = Record<string, unknown>;

export const asObject = (body: unknown): JsonObject => {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new AppleError(9602);
  return body as JsonObject;
};

const isBlank = (value: unknown): boolean => value === undefined || value === null;

/** An optional array of non-empty strings; anything else is an invalid argument (9602). */
export const optionalStringList = (value: unknown): string[] => {
  if (isBlank(value)) return [];
  if (!Array.isArray(value)) throw new AppleError(9602);
  for (const item of value)
    if (typeof item !== 'string' || item.length === 0) throw new AppleError(9602);
  return value as string[];
};

export const optionalString = (value: unknown): string | undefined => {
  if (isBlank(value)) return undefined;
  if (typeof value !== 'string') throw new AppleError(9602);
  return value;
};

export const hasDuplicates = (keys: readonly string[]): boolean =>
  new Set(keys).size !== keys.length;

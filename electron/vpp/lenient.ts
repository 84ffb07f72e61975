import { z } from 'zod';

/**
 * Building blocks for reading Apple's JSON the way a robust client must (reference §5.5:
 * real answers differ from the documentation): accept what can be read without guessing,
 * and drop or skip what cannot, instead of failing a whole response for one odd value.
 */

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** An object whose null fields count as not sent: Apple's JSON has `"email": null`. */
export const lenientObject = <S extends z.ZodRawShape>(shape: S) =>
  z.preprocess(
    (value) =>
      isPlainObject(value)
        ? Object.fromEntries(Object.entries(value).filter(([, field]) => field !== null))
        : value,
    z.object(shape),
  );

/** An int32 that may arrive as a numeric string (`"assignedCount": "5"`). */
export const int = z.preprocess(
  (value) => (typeof value === 'string' && /^\s*-?\d+\s*$/.test(value) ? Number(value) : value),
  z.number().int(),
);

/** A list of strings; entries that are not strings are dropped, a missing list is empty. */
export const onlyStrings = z.preprocess(
  (value) => (Array.isArray(value) ? value.filter((entry) => typeof entry === 'string') : value),
  z.array(z.string()).optional().default([]),
);

/** A string → string map; entries whose value is not a string are dropped, not the map. */
export const stringEntries = z.preprocess(
  (value) =>
    isPlainObject(value)
      ? Object.fromEntries(Object.entries(value).filter(([, entry]) => typeof entry === 'string'))
      : {},
  z.record(z.string(), z.string()),
);

/** Records of one list that could be read, and how many could not (with why, never values). */
export interface ReadRecords<T> {
  kept: T[];
  skipped: number;
  /** e.g. `users[3].clientUserId: Invalid input: expected string, received undefined`. */
  reasons: string[];
}

/**
 * Each record parsed on its own: one that lacks what identifies it (a user without
 * clientUserId) is skipped and counted, and the rest of the page still counts.
 */
export const records = <T>(list: string, schema: z.ZodType<T, unknown>) =>
  z.preprocess(
    (value) => value ?? [],
    z.array(z.unknown()).transform((items): ReadRecords<T> => {
      const read: ReadRecords<T> = { kept: [], skipped: 0, reasons: [] };
      items.forEach((item, index) => {
        const result = schema.safeParse(item);
        if (result.success) return void read.kept.push(result.data);
        read.skipped++;
        const issue = result.error.issues[0];
        const field = issue?.path.length ? `.${issue.path.join('.')}` : '';
        read.reasons.push(`${list}[${index}]${field}: ${issue?.message ?? 'unreadable'}`);
      });
      return read;
    }),
  );

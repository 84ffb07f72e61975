/** What must be unique in the directory, so an edit that repeats it is refused. */
export type ConflictField = 'shortName' | 'serialNumber' | 'groupName';

/**
 * An edit refused because another record already has this value. Carries the other record's
 * name, so the form can say which user or device has it ("“sara” is Sara de Boer’s").
 */
export class DirectoryConflict extends Error {
  constructor(
    readonly field: ConflictField,
    readonly value: string,
    readonly ownerName: string,
  ) {
    super(`${field} “${value}” already belongs to ${ownerName}`);
    this.name = 'DirectoryConflict';
  }
}

/** The record being saved was deleted meanwhile (in another window, or by an import). */
export class DirectoryRecordGone extends Error {
  constructor(readonly id: string) {
    super(`The record ${id} no longer exists`);
    this.name = 'DirectoryRecordGone';
  }
}

/** Optional text as the database keeps it: trimmed, and absent rather than empty. */
export const optionalText = (text: string | undefined): string | undefined => {
  const trimmed = text?.trim();
  return trimmed ? trimmed : undefined;
};

/** A copy of `row` without the keys whose value is undefined, so a cleared field is gone. */
export const withoutAbsent = <Row extends object>(row: Row): Row =>
  Object.fromEntries(Object.entries(row).filter(([, value]) => value !== undefined)) as Row;

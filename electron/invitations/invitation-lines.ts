import { InvitationRecord } from './invitation-record';

export interface InvitationLines {
  /** The latest record of each invitation, in the order invitations were first recorded. */
  records: Map<string, InvitationRecord>;
  /** How many lines the file holds (to know when compacting pays). */
  lines: number;
  /** The file did not end with a newline: the last append was cut off by a crash. */
  tornTail: boolean;
  /** Lines before the last that are not ours: the file was damaged or written by another. */
  unreadableLines: number;
}

const recordOf = (line: string): InvitationRecord | undefined => {
  try {
    const parsed = InvitationRecord.safeParse(JSON.parse(line));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
};

/**
 * Reads the journal's JSON Lines, one invitation state each, later lines winning. A torn last
 * line is what a crash mid-append leaves: skipped (kept if it is whole but for its newline).
 * Its invitation then reads as it was one line earlier, which is safe: an invitation that was
 * `sent` but reads `sending` is sent again with the same Message-ID.
 */
export const parseInvitationLines = (text: string): InvitationLines => {
  const lines = text.split('\n');
  const tail = lines.pop() ?? '';
  const result: InvitationLines = {
    records: new Map(),
    lines: 0,
    tornTail: tail !== '',
    unreadableLines: 0,
  };
  const keep = (record: InvitationRecord) => {
    result.records.set(record.id, record);
    result.lines += 1;
  };
  for (const line of lines) {
    if (line.trim() === '') continue;
    const record = recordOf(line);
    if (record) keep(record);
    else result.unreadableLines += 1;
  }
  const last = result.tornTail ? recordOf(tail) : undefined;
  if (last) keep(last);
  return result;
};

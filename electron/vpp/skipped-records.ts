import type { EndpointName } from './endpoints';

/** Records a list page left out because they lacked their identifying field (types.ts). */
export interface SkippedRecordsReport {
  endpoint: EndpointName;
  skipped: number;
  /** List, index and field of each, e.g. `users[3].clientUserId: …`; never a value. */
  reasons: string[];
}

/**
 * Without a listener the client says so in the main process's log: a list that silently
 * misses users or licences would be worse than the warning. Names the endpoint, not the URL,
 * whose query may carry a clientUserId.
 */
export const logSkippedRecords = ({ endpoint, skipped, reasons }: SkippedRecordsReport) => {
  const some = reasons.slice(0, 3).join('; ');
  const more = reasons.length > 3 ? `; and ${reasons.length - 3} more` : '';
  console.warn(`[vpp] ${endpoint}: left out ${skipped} unreadable record(s) (${some}${more})`);
};

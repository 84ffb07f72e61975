import { AppleError } from '../error-catalogue';
import type { QueryParams } from '../query-params';
import type { VersionedDataset } from '../../state/versioned-dataset';

/**
 * The sequence number behind `sinceVersionId`, or undefined when the query has none. A
 * versionId this data set never issued (another endpoint's, another location's, made up) is
 * 9721.
 */
export const sinceSeq = (query: QueryParams, dataset: VersionedDataset): number | undefined => {
  const versionId = query.string('sinceVersionId');
  if (versionId === undefined) return undefined;
  const seq = dataset.seqOf(versionId);
  if (seq === undefined) throw new AppleError(9721);
  return seq;
};

import type { AssignmentFailure } from '../../shared/domain/assignments';
import type {
  AssignmentBatch,
  AssignmentBatchStore,
  NewAssignmentBatch,
} from './assignment-batch-store';

export interface RetryOptions {
  /** Only tasks that failed with these numbers (e.g. 9709 once licences were bought). */
  errorNumbers?: readonly number[];
}

/**
 * "Retry just those": a new batch of the same operation for the users and devices whose tasks
 * failed, with the assets they failed for. With several assets, a user who failed for one
 * asset is sent all the failed assets; Apple completes a licence already held without using
 * another, so the extra task is harmless. Undefined when the batch has no named failures
 * (not finished yet, or all went well).
 */
export const retryBatchOf = (
  batch: AssignmentBatch,
  options: RetryOptions = {},
): NewAssignmentBatch | undefined => {
  const failures = (batch.outcome?.failures ?? []).filter(
    (failure) => !options.errorNumbers || options.errorNumbers.includes(failure.errorNumber),
  );
  if (failures.length === 0) return undefined;
  const distinct = (ids: (string | undefined)[]) => [
    ...new Set(ids.filter((id): id is string => id !== undefined)),
  ];
  const assetKeys = new Set(failures.map(assetKeyOf));
  return {
    operation: batch.operation,
    tokenId: batch.tokenId,
    // In the original order, so scarce licences go to the same users first again.
    assets: batch.assets.filter((asset) => assetKeys.has(assetKeyOf(asset))),
    clientUserIds: orderedLike(batch.clientUserIds, distinct(failures.map((f) => f.clientUserId))),
    serialNumbers: orderedLike(batch.serialNumbers, distinct(failures.map((f) => f.serialNumber))),
  };
};

/** Saves the retry batch of `batchId`; its id, or undefined when there is nothing to retry. */
export const saveRetryBatch = async (
  store: Pick<AssignmentBatchStore, 'load' | 'save'>,
  batchId: string,
  options: RetryOptions = {},
): Promise<string | undefined> => {
  const batch = await store.load(batchId);
  const retry = batch && retryBatchOf(batch, options);
  return retry ? store.save(retry) : undefined;
};

const assetKeyOf = (asset: Pick<AssignmentFailure, 'adamId' | 'pricingParam'>) =>
  `${asset.adamId}|${asset.pricingParam}`;

const orderedLike = (order: readonly string[], ids: readonly string[]): string[] => {
  const wanted = new Set(ids);
  return order.filter((id) => wanted.has(id));
};

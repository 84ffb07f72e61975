import type { VppLimits } from '../vpp/service-config';
import type { ManageAssetsRequest } from '../vpp/types';
import type { AssignmentBatch, PlannedRequest } from './assignment-batch-store';

type Slice = [number, number];

const slices = (length: number, size: number): Slice[] => {
  const step = Math.max(1, Math.floor(size));
  const result: Slice[] = [];
  for (let start = 0; start < length; start += step)
    result.push([start, Math.min(length, start + step)]);
  return result;
};

/**
 * The requests of a batch, as planManageAssets (electron/vpp/batch.ts) splits them: at most
 * `maxAssets` assets × `maxClientUserIds` users, or × `maxSerialNumbers` devices, users and
 * devices never in one request. One app for 5,000 users is ⌈5,000 ÷ maxClientUserIds⌉
 * requests.
 */
export const planAssignment = (
  batch: Pick<AssignmentBatch, 'assets' | 'clientUserIds' | 'serialNumbers'>,
  limits: Pick<VppLimits, 'maxAssets' | 'maxClientUserIds' | 'maxSerialNumbers'>,
): PlannedRequest[] => {
  const targets = [
    ...slices(batch.clientUserIds.length, limits.maxClientUserIds).map((range) => ({
      targets: 'clientUserIds' as const,
      range,
    })),
    ...slices(batch.serialNumbers.length, limits.maxSerialNumbers).map((range) => ({
      targets: 'serialNumbers' as const,
      range,
    })),
  ];
  return slices(batch.assets.length, limits.maxAssets).flatMap((assets) =>
    targets.map((target) => ({ assets, ...target })),
  );
};

export const assetsOf = (batch: AssignmentBatch, request: PlannedRequest) =>
  batch.assets.slice(request.assets[0], request.assets[1]);

export const targetsOf = (batch: AssignmentBatch, request: PlannedRequest): string[] =>
  batch[request.targets].slice(request.range[0], request.range[1]);

/** Apple's tasks in a request: one per asset and user or device. */
export const tasksOf = (request: PlannedRequest): number =>
  (request.assets[1] - request.assets[0]) * (request.range[1] - request.range[0]);

export const bodyOf = (batch: AssignmentBatch, request: PlannedRequest): ManageAssetsRequest => ({
  assets: assetsOf(batch, request),
  [request.targets]: targetsOf(batch, request),
});

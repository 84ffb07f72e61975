import { APPLE_EXAMPLE_LIMITS, type AppleLimits } from '../../../shared/domain/apple-limits';

/** The `limits` of `GET /service/config`, with the values of Apple's documented example. */
export type ServiceLimits = AppleLimits;

export const serviceLimits = (maxRequestPerSecond: number): ServiceLimits => ({
  ...APPLE_EXAMPLE_LIMITS,
  maxRequestPerSecond,
});

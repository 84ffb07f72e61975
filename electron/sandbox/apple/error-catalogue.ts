/**
 * Apple's error numbers with the message and HTTP status the v2 service uses
 * (reference vpp-api.md §5). Messages follow Apple's wording where the reference quotes it.
 */
interface AppleErrorSpec {
  readonly message: string;
  readonly httpStatus: number;
}

export const APPLE_ERRORS = {
  9601: { message: 'Login required.', httpStatus: 401 },
  9602: { message: 'Invalid argument.', httpStatus: 400 },
  9603: { message: 'Internal error.', httpStatus: 500 },
  9609: { message: 'Unable to find the registered user.', httpStatus: 400 },
  9621: {
    message:
      'The sToken has expired. Generate a new sToken at school.apple.com or business.apple.com.',
    httpStatus: 401,
  },
  // Not in Apple's v2 list, but what the live service answers for a bad token (§5.5).
  9622: { message: 'Invalid authentication token', httpStatus: 401 },
  9623: { message: 'Invalid Apple Push Notification token.', httpStatus: 400 },
  9625: { message: 'The server has revoked the sToken.', httpStatus: 401 },
  9634: { message: 'Service removed.', httpStatus: 410 },
  9635: { message: "The Apple Account can't be associated with this user.", httpStatus: 400 },
  9637: { message: 'This operation is not allowed for facilitator accounts.', httpStatus: 403 },
  9641: { message: 'The Apple Account is already associated with another user.', httpStatus: 400 },
  9644: { message: 'The service is in maintenance mode.', httpStatus: 503 },
  9646: {
    message:
      'There are too many requests for this organization. Use an incremental or exponential backoff strategy to retry the request until successful.',
    httpStatus: 429,
  },
  9647: { message: 'This operation is not supported for legacy tokens.', httpStatus: 403 },
  9650: {
    message:
      'The provided page index must be greater than 0, and less than the total number of pages.',
    httpStatus: 400,
  },
  9700: { message: 'The request contains too many assets.', httpStatus: 400 },
  9701: { message: 'The request contains too many clientUserIds.', httpStatus: 400 },
  9702: { message: 'The request contains too many serialNumbers.', httpStatus: 400 },
  9703: { message: 'The request contains duplicate assets.', httpStatus: 400 },
  9704: { message: 'The request contains duplicate clientUserIds.', httpStatus: 400 },
  9705: { message: 'The request contains duplicate serialNumbers.', httpStatus: 400 },
  9706: { message: 'One or more assets in the request are not revocable.', httpStatus: 400 },
  9707: {
    message: 'One or more assets in the request are not device-assignable.',
    httpStatus: 400,
  },
  9708: { message: 'Unable to find eventId.', httpStatus: 400 },
  9709: {
    message: "There aren't enough assets available to complete this association.",
    httpStatus: 400,
  },
  9710: {
    message: 'The notificationUrl and notificationAuthToken must be provided together.',
    httpStatus: 400,
  },
  9711: {
    message: 'The notificationUrl or notificationAuthToken exceeds the maximum length.',
    httpStatus: 400,
  },
  9712: { message: 'The notificationUrl must be a valid HTTPS URL.', httpStatus: 400 },
  9713: { message: 'The mdmInfo metadata exceeds the maximum length.', httpStatus: 400 },
  9714: { message: 'The request contains too many users.', httpStatus: 400 },
  9715: { message: 'The request contains duplicate users.', httpStatus: 400 },
  9716: {
    message: 'A registered user already exists with the specified clientUserId.',
    httpStatus: 400,
  },
  9717: { message: 'The request contains an invalid email address.', httpStatus: 400 },
  9718: { message: 'The request must contain assets.', httpStatus: 400 },
  9719: { message: 'The request must contain clientUserIds or serialNumbers.', httpStatus: 400 },
  9720: { message: 'The request must contain users.', httpStatus: 400 },
  9721: { message: 'The provided versionId is invalid.', httpStatus: 400 },
  9722: {
    message: 'The Authorization header is invalid. It must be in the format "Bearer {sToken}".',
    httpStatus: 401,
  },
  9723: { message: 'The mdmInfo must contain a name, id and metadata.', httpStatus: 400 },
  9724: { message: 'The mdmInfo id exceeds the maximum length.', httpStatus: 400 },
  9725: { message: 'The mdmInfo name exceeds the maximum length.', httpStatus: 400 },
  9726: {
    message: 'This request contains an unsupported HTTP method for the requested endpoint.',
    httpStatus: 405,
  },
  9727: {
    message: 'This request contains an unsupported Content-Type for the requested endpoint.',
    httpStatus: 415,
  },
  9728: { message: 'The notificationUrl is unreachable.', httpStatus: 400 },
  9729: { message: 'The service is temporarily unavailable.', httpStatus: 503 },
} as const satisfies Record<number, AppleErrorSpec>;

export type AppleErrorNumber = keyof typeof APPLE_ERRORS;

export interface ErrorBody {
  errorNumber: AppleErrorNumber;
  errorMessage: string;
}

export const errorBody = (errorNumber: AppleErrorNumber): ErrorBody => ({
  errorNumber,
  errorMessage: APPLE_ERRORS[errorNumber].message,
});

export const httpStatusOf = (errorNumber: AppleErrorNumber): number =>
  APPLE_ERRORS[errorNumber].httpStatus;

/** The list Apple's own `GET /service/config` example advertises (9601…9650, 9700–9728). */
export const ADVERTISED_ERROR_NUMBERS: readonly AppleErrorNumber[] = [
  9601, 9602, 9603, 9609, 9621, 9625, 9634, 9646, 9650, 9700, 9701, 9702, 9703, 9704, 9705, 9706,
  9707, 9708, 9709, 9710, 9711, 9712, 9713, 9714, 9715, 9716, 9717, 9718, 9719, 9720, 9721, 9722,
  9723, 9724, 9725, 9726, 9727, 9728,
];

/** Thrown by request handling; the pipeline turns it into Apple's error body and status. */
export class AppleError extends Error {
  readonly errorNumber: AppleErrorNumber;
  constructor(errorNumber: AppleErrorNumber) {
    super(`${errorNumber}: ${APPLE_ERRORS[errorNumber].message}`);
    this.name = 'AppleError';
    this.errorNumber = errorNumber;
  }
}

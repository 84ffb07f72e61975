import { AppError } from '../host/app-error';

/**
 * The token services' refusals. Each code has its sentence in renderer/i18n (errors.tokens.*);
 * the message here is the English fallback for logs. None quotes a token file or its secret.
 */
export const tokenErrors = {
  pathFromBrowser: () =>
    new AppError(
      'tokens.pathFromBrowser',
      'A token file can be read by path only in the desktop app; send its content instead.',
    ),

  fileUnreadable: (fileName: string, reason: string) =>
    new AppError('tokens.fileUnreadable', `The file ${fileName} could not be read (${reason}).`, {
      fileName,
      reason,
    }),

  demoNeedsSandbox: () =>
    new AppError(
      'tokens.demoNeedsSandbox',
      'The demo token works only with the built-in sandbox; choose it in Settings → Apple Service first.',
    ),

  /** A legacy, user-based token answers without a location; the console works per location. */
  noLocation: () =>
    new AppError(
      'tokens.noLocation',
      'Apple’s answer names no location for this token, so it is not a location’s content token.',
    ),

  draftExpired: () =>
    new AppError(
      'tokens.draftExpired',
      'The token file was read too long ago (or VPP Console restarted since); choose it again.',
    ),

  duplicate: (existing: { name: string; locationName: string }) =>
    new AppError(
      'tokens.duplicate',
      `The location “${existing.locationName}” already has a content token in VPP Console: “${existing.name}”. Renew that token instead.`,
      { name: existing.name, location: existing.locationName },
    ),

  renewOtherLocation: (fileLocation: string, tokenLocation: string) =>
    new AppError(
      'tokens.renewOtherLocation',
      `This file is the token of “${fileLocation}”, not of “${tokenLocation}”; add it as a new token instead.`,
      { fileLocation, tokenLocation },
    ),

  notFound: () =>
    new AppError('tokens.notFound', 'This content token is no longer in VPP Console.'),

  /** The vault's own code and meaning (electron/vault): the renderer has one sentence for it. */
  vaultLocked: () =>
    new AppError(
      'vault.locked',
      'The vault is locked: content tokens can be used and stored only once it is open.',
    ),

  /** Shares the Apple client's code: its sentence says to add the token again. */
  noSecret: () => new AppError('vpp.noToken', 'The vault holds no secret for this content token.'),
};

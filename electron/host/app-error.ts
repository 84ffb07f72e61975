/**
 * An error a handler or job throws on purpose: `code` picks the plain-language sentence the
 * renderer shows (see renderer/i18n), `message` is the English fallback used in logs.
 */
export class AppError extends Error {
  readonly code: string;
  readonly params?: Record<string, string | number>;
  constructor(code: string, message: string, params?: Record<string, string | number>) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.params = params;
  }
}

export const errorInfoOf = (
  error: unknown,
): { code: string; message: string; params?: Record<string, string | number> } => {
  if (error instanceof AppError) {
    return {
      code: error.code,
      message: error.message,
      ...(error.params ? { params: error.params } : {}),
    };
  }
  // Anything else is a bug or an unexpected failure; say so without leaking internals.
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message: `Unexpected error: ${message}` };
};

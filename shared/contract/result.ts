import { z } from 'zod';

/**
 * Every call crosses the bridge as an envelope rather than a thrown error: Electron flattens
 * thrown errors into "Error invoking remote method …", which would lose the code the UI needs.
 */
export const ApiErrorInfo = z.object({
  /** Stable machine code, e.g. `ipc.badPayload`, `apple.9621`, `network.unreachable`. */
  code: z.string(),
  /** English sentence for logs and for codes the UI has no translation for. */
  message: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type ApiErrorInfo = z.infer<typeof ApiErrorInfo>;

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiErrorInfo };

/** The error a typed call rejects with in the renderer. */
export class ApiError extends Error {
  readonly code: string;
  readonly params?: Record<string, string | number>;
  constructor(info: ApiErrorInfo) {
    super(info.message);
    this.name = 'ApiError';
    this.code = info.code;
    this.params = info.params;
  }
}

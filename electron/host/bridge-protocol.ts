import { z } from 'zod';

/** Browser → host frames on the WebSocket bridge. */
export const ClientFrame = z.object({
  type: z.literal('invoke'),
  id: z.number().int().nonnegative(),
  channel: z.string().max(100),
  payload: z.unknown().optional(),
});
export type ClientFrame = z.infer<typeof ClientFrame>;

/** Host → browser frames. */
export type ServerFrame =
  | { type: 'result'; id: number; result: unknown }
  | { type: 'event'; event: string; payload: unknown }
  | { type: 'error'; message: string };

export const BRIDGE_PATH = '/bridge';

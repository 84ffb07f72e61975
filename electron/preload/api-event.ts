/**
 * Main → renderer notifications travel on this one IPC channel as `{ event, payload }`; the
 * preload hands each listener only the payload. (Contract channels read `area:verb`; `api`
 * is no area, so the name can't collide.)
 */
export const API_EVENT_CHANNEL = 'api:event';

export interface ApiEventMessage {
  event: string;
  payload: unknown;
}

export const isApiEventMessage = (message: unknown): message is ApiEventMessage =>
  typeof message === 'object' &&
  message !== null &&
  typeof (message as ApiEventMessage).event === 'string';

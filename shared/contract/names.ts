import type { channels, events } from './channels';

/**
 * The channel and event names without their schemas, so the preload bundle does not carry zod.
 * The type checks below fail if a name is missing here or not in the contract.
 */
export const channelNames = [
  'app:info',
  'settings:get',
  'settings:update',
  'tasks:start',
  'tasks:list',
  'tasks:cancel',
  'tasks:clearFinished',
  'shell:openExternal',
  'vault:status',
  'vault:create',
  'vault:unlock',
  'tokens:list',
  'tokens:inspect',
  'tokens:add',
  'tokens:renew',
  'tokens:update',
  'tokens:delete',
  'tokens:takeOver',
  'sync:now',
  'sync:pull',
  'vppUsers:register',
  'vppUsers:retire',
  'invitations:send',
  'invitations:resend',
  'invitations:list',
  'mail:testConnection',
  'mail:status',
  'mail:setPassword',
  'mail:clearPassword',
  'outbox:list',
  'outbox:get',
  'outbox:clear',
] as const satisfies readonly (keyof typeof channels)[];

export const eventNames = [
  'tasks:changed',
  'settings:changed',
  'menu:command',
  'vault:changed',
  'tokens:changed',
  'tokens:removed',
  'notice:show',
  'invitations:changed',
  'outbox:changed',
] as const satisfies readonly (keyof typeof events)[];

type Channel = keyof typeof channels;
type EventName = keyof typeof events;

// Exhaustiveness: every contract channel and event is listed above.
const everyChannel: Exclude<Channel, (typeof channelNames)[number]> extends never ? true : never =
  true;
const everyEvent: Exclude<EventName, (typeof eventNames)[number]> extends never ? true : never =
  true;
void everyChannel;
void everyEvent;

const channelSet: ReadonlySet<string> = new Set(channelNames);
const eventSet: ReadonlySet<string> = new Set(eventNames);

export const isChannel = (name: unknown): name is Channel =>
  typeof name === 'string' && channelSet.has(name);
export const isEventName = (name: unknown): name is EventName =>
  typeof name === 'string' && eventSet.has(name);

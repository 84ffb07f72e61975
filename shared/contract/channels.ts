import { z } from 'zod';
import { channel } from './define';
import { MenuCommand } from '../domain/menu-command';
import { AppInfo } from '../domain/app-info';
import { Settings, SettingsPatch } from '../domain/settings';
import { StartTaskRequest, TaskSnapshot } from '../domain/tasks';

/**
 * Every main⇄renderer call, named `area:verb`. Main validates each request with its schema;
 * responses are parsed too, which strips any field a handler returned by mistake (a secret
 * can't slip through as an extra property).
 */
export const channels = {
  'app:info': channel(z.undefined(), AppInfo),
  'settings:get': channel(z.undefined(), Settings),
  'settings:update': channel(SettingsPatch, Settings),
  'tasks:start': channel(StartTaskRequest, TaskSnapshot),
  'tasks:list': channel(z.undefined(), z.array(TaskSnapshot)),
  'tasks:cancel': channel(z.object({ id: z.uuid() }), TaskSnapshot.nullable()),
  /** Forgets the finished tasks main keeps (Completed Tasks → Clear); running ones stay. */
  'tasks:clearFinished': channel(z.undefined(), z.object({ cleared: z.number().int().min(0) })),
  'shell:openExternal': channel(z.object({ url: z.string() }), z.object({ opened: z.boolean() })),
} as const;

/** Main → renderer notifications. A subscription returns its unsubscribe function. */
export const events = {
  'tasks:changed': TaskSnapshot,
  'settings:changed': Settings,
  /** The desktop app's menu asks for one of the console's shortcuts (⌘N, ⌘F, ⌘R). */
  'menu:command': z.object({ command: MenuCommand }),
} as const;

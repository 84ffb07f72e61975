import { z } from 'zod';

/**
 * The console's keyboard shortcuts, by what they do: add to the list (⌘N / Ctrl+N), find in it
 * (⌘F / Ctrl+F), sync now (⌘R / Ctrl+R). The desktop app's menu shows them and sends them; the
 * page runs them.
 */
export const MenuCommand = z.enum(['add', 'find', 'sync']);
export type MenuCommand = z.infer<typeof MenuCommand>;

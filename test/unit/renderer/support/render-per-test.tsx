import type { ReactNode } from 'react';
import { afterEach } from 'vitest';
import { fakeLayout, renderConsole, type Rendered } from './render';

/**
 * Mounts a view with a window-sized layout (so virtual lists show rows), and unmounts it and
 * restores the layout after each test of the calling file.
 */
export const renderPerTest = () => {
  let rendered: Rendered | undefined;
  let restoreLayout: (() => void) | undefined;
  afterEach(async () => {
    await rendered?.unmount();
    rendered = undefined;
    restoreLayout?.();
    restoreLayout = undefined;
  });
  return async (
    ui: ReactNode,
    options: Parameters<typeof renderConsole>[1] = {},
  ): Promise<Rendered> => {
    restoreLayout ??= fakeLayout(600);
    rendered = await renderConsole(ui, options);
    return rendered;
  };
};

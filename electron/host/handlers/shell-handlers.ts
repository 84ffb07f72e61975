import type { Handlers } from '../dispatch';
import { isAllowedExternalUrl } from '../../../shared/external-links';

/** Opens allow-listed links in the system browser; everything else is refused, not opened. */
export const shellHandlers = (
  openExternal: ((url: string) => Promise<void>) | undefined,
): Pick<Handlers, 'shell:openExternal'> => ({
  'shell:openExternal': async ({ url }) => {
    if (!openExternal || !isAllowedExternalUrl(url)) return { opened: false };
    await openExternal(url);
    return { opened: true };
  },
});

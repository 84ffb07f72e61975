import { serviceConfig } from '../apple/handlers/service-config';
import type { SandboxWorld } from '../sandbox-world';

/**
 * What the sandbox is and where its parts are: the answer at its base URL (the address its
 * ready line prints), its origin and `/mdm/v2` without the slash. Apple serves nothing there;
 * this is the sandbox's own addition, so that the printed URL is not a 404 in a browser.
 */
export const sandboxIndex = (world: SandboxWorld) => {
  const baseUrl = `${world.origin}/mdm/v2`;
  return {
    service: 'VPP sandbox',
    description:
      "A local imitation of Apple's Apps and Books API v2 for VPP Console. Nothing here reaches Apple.",
    seed: world.seed,
    baseUrl,
    serviceConfig: `${baseUrl}/service/config`,
    endpoints: serviceConfig(world).urls,
    admin: `${world.origin}/sandbox-admin/state`,
    documentation: 'electron/sandbox/CONFORMANCE.md in the VPP Console repository',
  };
};

export type SandboxIndex = ReturnType<typeof sandboxIndex>;

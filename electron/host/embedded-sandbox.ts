import type { EmbeddedSandbox } from './apple-service';

/**
 * The built-in stand-in for Apple's service: the demo school, on a free loopback port (or the
 * one `npm run web -- --sandbox-port N` names, so its admin side can be reached).
 */
export const startEmbeddedSandbox = async ({ port = 0 } = {}): Promise<EmbeddedSandbox> => {
  const { startSandbox } = await import('../sandbox/index');
  const sandbox = await startSandbox({ port, seed: 'demo' });
  return {
    baseUrl: sandbox.baseUrl,
    demoToken: sandbox.tokens.demo,
    close: () => sandbox.close(),
  };
};

import type { EmbeddedSandbox } from './apple-service';

/** The built-in stand-in for Apple's service: the demo school, on a free loopback port. */
export const startEmbeddedSandbox = async (): Promise<EmbeddedSandbox> => {
  const { startSandbox } = await import('../sandbox/index');
  const sandbox = await startSandbox({ port: 0, seed: 'demo' });
  return { baseUrl: sandbox.baseUrl, close: () => sandbox.close() };
};

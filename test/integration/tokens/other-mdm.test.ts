import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { OTHER_MDM_INFO, type RunningSandbox } from '../../../electron/sandbox/index';
import type { TokenSnapshot } from '../../../shared/domain/tokens';
import { startTestSandbox } from '../vpp/sandbox-fixture';
import { fieldsFor, savedTokens } from './token-console';
import { startTokenServices, type ServicesUnderTest } from './token-services';

const content = (source: string) =>
  ({ kind: 'content', fileName: 'other-mdm.vpptoken', content: source }) as const;

describe('a location another MDM manages', () => {
  let sandbox: RunningSandbox;
  let services: ServicesUnderTest;
  let token: TokenSnapshot;
  let mdmId: string;

  beforeAll(async () => {
    sandbox = await startTestSandbox();
    services = await startTokenServices(sandbox);
    mdmId = JSON.parse(await readFile(join(services.dataDir, 'tokens.json'), 'utf8')).mdmId;
  });
  afterAll(async () => {
    await services.closeAll();
    await sandbox.close();
  });

  it('is shown as the other product’s, by the name it wrote', async () => {
    const draft = await services.tokens.inspect(content(sandbox.tokens.otherMdm), 'browser');
    expect(draft.mdm).toEqual({ state: 'other', name: OTHER_MDM_INFO.name });
    token = await services.tokens.add({ draftId: draft.draftId, fields: fieldsFor('Kindcentrum') });
    // Added, but not taken: the other product still manages it.
    expect(token.mdm).toEqual({ state: 'other', name: 'KindMDM Cloud' });
    expect(sandbox.admin.location('otherMdm').mdmInfo).toEqual(OTHER_MDM_INFO);
    expect(await savedTokens(services.dataDir)).toHaveLength(1);
  });

  it('is this console’s after Take Over, as the sandbox shows', async () => {
    const taken = await services.tokens.takeOver(token.id);
    expect(taken.mdm).toEqual({ state: 'ours' });
    expect(sandbox.admin.location('otherMdm').mdmInfo).toEqual({
      id: mdmId,
      name: 'VPP Console',
      metadata: '0.9.0-test',
    });
  });

  it('is “taken from us” once another product writes its mdmInfo, seen on any call', async () => {
    sandbox.admin.setMdmInfo(
      { id: 'f00dfeed-0000-4000-8000-000000000001', name: 'Andere MDM', metadata: 'x' },
      'otherMdm',
    );
    const client = await services.tokens.clientFor(token.id);
    await client.getAllAssets();
    // The answer is seen as it arrives, and announced once it is saved.
    const takenFromUs = { state: 'takenFromUs', name: 'Andere MDM' };
    await vi.waitFor(() =>
      expect(services.events).toContainEqual({
        event: 'tokens:changed',
        payload: expect.objectContaining({ id: token.id, mdm: takenFromUs }),
      }),
    );
    expect(services.tokens.get(token.id)?.mdm).toEqual(takenFromUs);
    // Take Over works from there too.
    expect((await services.tokens.takeOver(token.id)).mdm).toEqual({ state: 'ours' });
  });

  it('gives each token one client, until the token changes', async () => {
    const a = await services.tokens.clientFor(token.id);
    expect(await services.tokens.clientFor(token.id)).toBe(a);
    expect(a.rateLimiter).not.toBe(
      (await services.tokens.clientFor(await addDemo(services, sandbox))).rateLimiter,
    );
  });
});

const addDemo = async (services: ServicesUnderTest, sandbox: RunningSandbox) => {
  const draft = await services.tokens.inspect(content(sandbox.tokens.demo), 'browser');
  return (await services.tokens.add({ draftId: draft.draftId, fields: fieldsFor('Demo') })).id;
};

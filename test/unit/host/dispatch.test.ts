import { describe, expect, it } from 'vitest';
import { createDispatch, type Handlers } from '../../../electron/host/dispatch';
import { AppError } from '../../../electron/host/app-error';
import { Settings } from '../../../shared/domain/settings';

const settings = Settings.parse({});
const task = {
  id: '7b1c4a52-3f0e-4c8e-9d55-2a4e1f6b8c90',
  kind: 'apple:checkService' as const,
  params: {},
  status: 'queued' as const,
  progress: null,
  step: null,
  error: null,
  result: null,
  createdAt: 1,
  updatedAt: 1,
  finishedAt: null,
};

/** Channels these tests never call. */
const refuse = () => {
  throw new Error('not used in this test');
};
const notUsedHere = {
  'vault:status': refuse,
  'vault:create': refuse,
  'vault:unlock': refuse,
  'tokens:list': refuse,
  'tokens:inspect': refuse,
  'tokens:add': refuse,
  'tokens:renew': refuse,
  'tokens:update': refuse,
  'tokens:delete': refuse,
  'tokens:takeOver': refuse,
  'sync:now': refuse,
  'sync:pull': refuse,
  'vppUsers:register': refuse,
  'vppUsers:retire': refuse,
  'invitations:send': refuse,
  'invitations:resend': refuse,
  'invitations:list': refuse,
  'mail:testConnection': refuse,
  'mail:status': refuse,
  'mail:setPassword': refuse,
  'mail:clearPassword': refuse,
  'outbox:list': refuse,
  'outbox:get': refuse,
  'outbox:clear': refuse,
} satisfies Partial<Handlers>;

const handlers = (): Handlers => ({
  'app:info': () => ({
    name: 'VPP Console',
    version: '0.0.0',
    frontDoor: 'browser',
    platform: 'linux',
    systemLocale: 'nl-NL',
    appleServiceUrl: 'sandbox',
  }),
  'settings:get': () => settings,
  // A handler that returns more than the contract allows: the extra field must not cross.
  'settings:update': () => ({ ...settings, smtpPassword: 'hunter2' }) as typeof settings,
  'tasks:start': (request) => ({ ...task, ...request }),
  'tasks:list': () => [],
  'tasks:clearFinished': () => ({ cleared: 0 }),
  'tasks:cancel': () => {
    throw new AppError('task.unknown', 'No such task.');
  },
  'shell:openExternal': () => {
    throw new Error('disk on fire');
  },
  ...notUsedHere,
});

const context = { frontDoor: 'browser' as const };

describe('dispatch', () => {
  const dispatch = createDispatch(handlers());

  it('answers a valid call with the handler’s value', async () => {
    const result = await dispatch('app:info', undefined, context);
    expect(result).toMatchObject({
      ok: true,
      value: { name: 'VPP Console', systemLocale: 'nl-NL' },
    });
  });

  it('refuses a channel the contract does not name', async () => {
    const result = await dispatch('vault:dumpSecrets', undefined, context);
    expect(result).toEqual({
      ok: false,
      error: { code: 'ipc.unknownChannel', message: 'Unknown channel "vault:dumpSecrets".' },
    });
  });

  it('refuses a malformed payload with a message naming the field, without calling the handler', async () => {
    const result = await dispatch(
      'tasks:start',
      { id: 'not-a-uuid', kind: 'apple:checkService', params: {} },
      context,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('ipc.badPayload');
    expect(result.error.message).toContain('tasks:start');
    expect(result.error.message).toContain('id');
  });

  it('refuses a payload of the wrong type entirely', async () => {
    const result = await dispatch('settings:update', 'language=nl', context);
    expect(result).toMatchObject({ ok: false, error: { code: 'ipc.badPayload' } });
  });

  it('strips fields a handler returns beyond the contract', async () => {
    const result = await dispatch('settings:update', { language: 'nl' }, context);
    expect(result.ok).toBe(true);
    expect(JSON.stringify(result)).not.toContain('hunter2');
  });

  it('turns an AppError into its code and sentence', async () => {
    const result = await dispatch('tasks:cancel', { id: task.id }, context);
    expect(result).toEqual({
      ok: false,
      error: { code: 'task.unknown', message: 'No such task.' },
    });
  });

  it('reports an unexpected failure as internal instead of crashing', async () => {
    const result = await dispatch(
      'shell:openExternal',
      { url: 'https://support.apple.com/' },
      context,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});

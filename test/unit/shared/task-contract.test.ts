import { describe, expect, it } from 'vitest';
import { createDispatch, type Handlers } from '../../../electron/host/dispatch';
import {
  ACTIVE_STATUSES,
  CheckServiceParams,
  StartTaskRequest,
  TASK_PARAMS_LIMITS,
  isActive,
} from '../../../shared/domain/tasks';

const id = '7b1c4a52-3f0e-4c8e-9d55-2a4e1f6b8c90';
const start = (params: unknown) =>
  StartTaskRequest.safeParse({ id, kind: 'apple:checkService', params });

/** Params whose JSON is exactly `bytes` long, spread over strings no longer than the limit. */
const paramsOfSize = (bytes: number): Record<string, string> => {
  const params: Record<string, string> = {};
  let key = 0;
  const size = () => JSON.stringify(params).length;
  while (size() < bytes) {
    const name = `k${key++}`;
    params[name] = '';
    const room = bytes - size();
    params[name] = 'x'.repeat(Math.min(room, TASK_PARAMS_LIMITS.maxStringLength));
  }
  return params;
};

describe('the params of tasks:start', () => {
  it('takes params up to the size limit', () => {
    const params = paramsOfSize(TASK_PARAMS_LIMITS.maxBytes);
    expect(JSON.stringify(params)).toHaveLength(TASK_PARAMS_LIMITS.maxBytes);
    expect(start(params).success).toBe(true);
  });

  it('refuses params one byte over the limit, counting UTF-8 bytes, not characters', () => {
    expect(start(paramsOfSize(TASK_PARAMS_LIMITS.maxBytes + 1)).success).toBe(false);
    // 'é' is two bytes in UTF-8: half as many characters already reach the limit.
    const accents = { a: 'é'.repeat(3000), b: 'é'.repeat(3000), c: 'é'.repeat(3000) };
    expect(JSON.stringify(accents).length).toBeLessThan(TASK_PARAMS_LIMITS.maxBytes);
    expect(start(accents).success).toBe(false);
  });

  it('refuses too many keys, too long a key and too long a string', () => {
    const many = Object.fromEntries(
      Array.from({ length: TASK_PARAMS_LIMITS.maxKeys + 1 }, (_, n) => [`k${n}`, n]),
    );
    expect(start(many).success).toBe(false);
    expect(start({ ['k'.repeat(TASK_PARAMS_LIMITS.maxKeyLength + 1)]: 1 }).success).toBe(false);
    expect(start({ a: 'x'.repeat(TASK_PARAMS_LIMITS.maxStringLength + 1) }).success).toBe(false);
  });

  it('is refused by dispatch as ipc.badPayload, saying which limit, without reaching the handler', async () => {
    let called = false;
    const dispatch = createDispatch({
      'tasks:start': () => {
        called = true;
        throw new Error('must not run');
      },
    } as unknown as Handlers);
    const result = await dispatch(
      'tasks:start',
      { id, kind: 'apple:checkService', params: { blob: 'x'.repeat(1_000_000) } },
      { frontDoor: 'browser' },
    );
    expect(called).toBe(false);
    expect(result).toMatchObject({ ok: false, error: { code: 'ipc.badPayload' } });
    if (result.ok) return;
    expect(result.error.message).toContain('params');
    expect(result.error.message).toContain('4096 characters');

    const tooBig = await dispatch(
      'tasks:start',
      { id, kind: 'apple:checkService', params: paramsOfSize(20_000) },
      { frontDoor: 'browser' },
    );
    expect(tooBig.ok).toBe(false);
    if (tooBig.ok) return;
    expect(tooBig.error.message).toContain('16 KiB');
  });
});

describe('task statuses', () => {
  it('counts cancelling as active: the task still runs until its job lets go', () => {
    expect(ACTIVE_STATUSES).toEqual(['queued', 'running', 'cancelling']);
    expect(isActive('cancelling')).toBe(true);
    expect(isActive('cancelled')).toBe(false);
  });
});

describe('the params of apple:checkService', () => {
  const parse = (params: unknown) => CheckServiceParams.safeParse(params);

  it('names the service; a custom one with its address', () => {
    expect(parse({ service: 'sandbox' }).data).toEqual({ service: 'sandbox' });
    expect(parse({ service: 'apple' }).data).toEqual({ service: 'apple' });
    expect(parse({ service: 'custom', url: 'http://127.0.0.1:4781/mdm/v2' }).data).toEqual({
      service: 'custom',
      url: 'http://127.0.0.1:4781/mdm/v2',
    });
  });

  it('checks a custom address as Settings does: https anywhere, http only on this computer', () => {
    expect(parse({ service: 'custom', url: 'https://vpp.school.example/mdm/v2' }).success).toBe(
      true,
    );
    expect(parse({ service: 'custom', url: 'http://vpp.school.example/mdm/v2' }).success).toBe(
      false,
    );
    expect(parse({ service: 'custom' }).success).toBe(false);
  });

  it('refuses what an older console sent: no params at all', () => {
    expect(parse({}).success).toBe(false);
    expect(parse({ service: 'elsewhere' }).success).toBe(false);
  });
});

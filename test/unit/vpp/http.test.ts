import { describe, expect, it } from 'vitest';
import { VppApiError, VppNetworkError, VppResponseError } from '../../../electron/vpp/errors';
import { VppHttp } from '../../../electron/vpp/http';

const NOW = Date.parse('2030-05-01T12:00:00Z');

/** A stand-in for fetch that answers every request with one prepared response. */
const answering = (body: string, init: ResponseInit = {}) => {
  const seen: { url: string; init: RequestInit }[] = [];
  const http = new VppHttp({
    baseUrl: 'http://127.0.0.1:9/mdm/v2/',
    now: () => NOW,
    fetch: async (url, requestInit) => {
      seen.push({ url, init: requestInit });
      return new Response(body, init);
    },
  });
  return { http, seen };
};

const failure = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure');
};

describe('VppHttp', () => {
  it('builds URLs below the base, dropping undefined query values', () => {
    const { http } = answering('{}');
    expect(http.urlFor('/assets', { pageIndex: 2, productType: undefined, revocable: false })).toBe(
      'http://127.0.0.1:9/mdm/v2/assets?pageIndex=2&revocable=false',
    );
  });

  it('sends the bearer and JSON, and returns the parsed object', async () => {
    const { http, seen } = answering('{"eventId":"e1"}', { status: 200 });
    const response = await http.send({
      method: 'POST',
      path: '/users/create',
      body: { users: [] },
      bearer: 'BEARER',
    });
    expect(response).toEqual({ status: 200, body: { eventId: 'e1' } });
    const headers = seen[0]!.init.headers as Record<string, string>;
    expect(headers.authorization).toBe('Bearer BEARER');
    expect(headers['content-type']).toBe('application/json');
    expect(seen[0]!.init.body).toBe('{"users":[]}');
  });

  it('treats errorNumber in an HTTP 200 body as an Apple error', async () => {
    const { http } = answering(
      '{"errorNumber":9622,"errorMessage":"Invalid authentication token"}',
    );
    const error = await failure(http.send({ method: 'GET', path: '/assets', bearer: 'x' }));
    expect(error).toBeInstanceOf(VppApiError);
    expect(error).toMatchObject({ errorNumber: 9622, httpStatus: 200, code: 'apple.9622' });
  });

  it('keeps errorInfo and Retry-After of an Apple error', async () => {
    const { http } = answering(
      JSON.stringify({
        errorNumber: 9729,
        errorMessage: 'Temporarily unavailable',
        errorInfo: { clientUserIds: ['u1'] },
      }),
      { status: 503, headers: { 'retry-after': 'Wed, 01 May 2030 12:00:02 GMT' } },
    );
    const error = (await failure(http.send({ method: 'GET', path: '/users' }))) as VppApiError;
    expect(error.retryAfterMs).toBe(2000);
    expect(error.errorInfo).toEqual({ clientUserIds: ['u1'] });
    expect(error.httpStatus).toBe(503);
  });

  it('reports a bare HTTP error (e.g. a proxy page) as http.unexpectedStatus', async () => {
    const { http } = answering('<html>Bad gateway</html>', {
      status: 502,
      headers: { 'retry-after': '3' },
    });
    const error = await failure(http.send({ method: 'GET', path: '/assets' }));
    expect(error).toBeInstanceOf(VppResponseError);
    expect(error).toMatchObject({
      code: 'http.unexpectedStatus',
      httpStatus: 502,
      retryAfterMs: 3000,
    });
  });

  it.each(['', 'not json', '[1,2]', 'null'])(
    'reports a 200 body %j as http.invalidResponse',
    async (body) => {
      const { http } = answering(body);
      const error = await failure(http.send({ method: 'GET', path: '/assets' }));
      expect(error).toMatchObject({ code: 'http.invalidResponse' });
    },
  );

  it('reports a refused connection as network.unreachable, not reaching the server', async () => {
    const http = new VppHttp({
      baseUrl: 'http://127.0.0.1:9/mdm/v2',
      fetch: async () => {
        throw new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } });
      },
    });
    const error = await failure(http.send({ method: 'POST', path: '/assets/associate', body: {} }));
    expect(error).toBeInstanceOf(VppNetworkError);
    expect(error).toMatchObject({ code: 'network.unreachable', mayHaveReachedServer: false });
  });

  it('reports a reset connection as network.dropped, possibly applied', async () => {
    const http = new VppHttp({
      baseUrl: 'http://127.0.0.1:9/mdm/v2',
      fetch: async () => {
        throw new TypeError('fetch failed', { cause: { code: 'UND_ERR_SOCKET' } });
      },
    });
    const error = await failure(http.send({ method: 'POST', path: '/assets/associate', body: {} }));
    expect(error).toMatchObject({ code: 'network.dropped', mayHaveReachedServer: true });
  });

  it('passes a caller’s cancellation through untouched', async () => {
    const controller = new AbortController();
    const http = new VppHttp({
      baseUrl: 'http://127.0.0.1:9/mdm/v2',
      fetch: (_url, init) =>
        new Promise((_resolve, reject) => {
          init.signal?.addEventListener('abort', () => reject(init.signal?.reason));
        }),
    });
    const sending = http.send({ method: 'GET', path: '/assets', signal: controller.signal });
    controller.abort(new Error('task cancelled'));
    await expect(sending).rejects.toThrow('task cancelled');
  });
});

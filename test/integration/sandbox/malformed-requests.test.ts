import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawExchange, rawGet } from './raw-http';
import { startTestSandbox } from './sandbox-api';
import type { RunningSandbox } from '../../../electron/sandbox/index';

/**
 * Requests no well-behaved client sends, as bytes on the wire. Each must get a 4xx (and a
 * JSON body when the sandbox, not Node's parser alone, could see the request): never a 500,
 * a silent close or a stack trace in the log.
 */
const malformed = (port: number): [string, string | Buffer][] => {
  const host = `Host: 127.0.0.1:${port}\r\n`;
  const get = (target: string, headers = '') =>
    `GET ${target} HTTP/1.1\r\n${host}${headers}Connection: close\r\n\r\n`;
  return [
    ['target that looks like an authority', get('//[')],
    ['absolute-form target with a broken host', get('http://[')],
    ['absolute-form target with a broken host, under /mdm/v2', get('http://[/mdm/v2/assets')],
    ['bad percent-encoding', get('/%')],
    ['bad percent-encoding under /mdm/v2', get('/mdm/v2/%zz')],
    // A bad escape in a query is read leniently, as browsers do (`%A` stays `%A`): not refused.
    ['bad percent-encoding in a metadata path', get('/metadata/icons/%E0%A4%A.svg')],
    ['bad percent-encoding in an admin query', get('/sandbox-admin/users?location=%')],
    ['asterisk-form target', get('*')],
    ['a URL of 10,000 characters', get(`/mdm/v2/assets?adamId=${'9'.repeat(10_000)}`)],
    ['a URL of 40,000 characters', get(`/${'a'.repeat(40_000)}`)],
    ['a header without a colon', get('/mdm/v2/service/config', 'Broken header line\r\n')],
    ['a header name with a space', get('/mdm/v2/service/config', 'Bad Header: x\r\n')],
    ['a control character in a header value', get('/', 'X-Thing: a\x01b\r\n')],
    ['a non-ASCII character in the target', get('/mdm/v2/é')],
    ['a space in the target', get('/mdm/v2/a b')],
    ['an unknown HTTP version', `GET / HTTP/9.9\r\n${host}\r\n`],
    ['an unknown method', `FROB / HTTP/1.1\r\n${host}\r\n`],
    ['CONNECT', `CONNECT 127.0.0.1:443 HTTP/1.1\r\n${host}\r\n`],
    [
      'a Content-Length that is not a number',
      `POST / HTTP/1.1\r\n${host}Content-Length: abc\r\n\r\n`,
    ],
    [
      'two Content-Lengths',
      `POST / HTTP/1.1\r\n${host}Content-Length: 1\r\nContent-Length: 2\r\n\r\nab`,
    ],
    [
      'Content-Length and Transfer-Encoding together',
      `POST / HTTP/1.1\r\n${host}Content-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n`,
    ],
    [
      'a broken chunked body on an Apple route',
      `POST /mdm/v2/users/create HTTP/1.1\r\n${host}Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n`,
    ],
    [
      'a broken chunked body on an admin route',
      `POST /sandbox-admin/faults HTTP/1.1\r\n${host}Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n{"spe\r\nq\r\n`,
    ],
    ['a TLS ClientHello on the plain port', Buffer.from([0x16, 0x03, 0x01, 0x00, 0xa5, 0x01])],
    ['garbage', 'hello?\r\n\r\n'],
  ];
};

describe('malformed requests', () => {
  let sandbox: RunningSandbox;
  const log: string[] = [];
  beforeAll(async () => {
    sandbox = await startTestSandbox({ log: (line) => log.push(line) });
  });
  afterAll(() => sandbox.close());

  it('answers each with a 4xx, logs no stack trace, and keeps serving', async () => {
    const outcomes = [];
    for (const [name, request] of malformed(sandbox.port)) {
      const response = await rawExchange(sandbox.port, request);
      let json: unknown;
      try {
        json = JSON.parse(response.body);
      } catch {
        json = undefined;
      }
      outcomes.push({
        name,
        status: response.status,
        clientError: response.status >= 400 && response.status < 500,
        json: json !== undefined && response.headers['content-type']?.includes('application/json'),
      });
    }
    expect(outcomes.filter((outcome) => !outcome.clientError || !outcome.json)).toEqual([]);
    for (const line of log) {
      expect(line).not.toMatch(/\n\s+at /);
      expect(line).not.toContain('failed:');
    }
    const normal = await rawGet(sandbox.port, '/mdm/v2/service/config');
    expect(normal.status).toBe(200);
    expect(JSON.parse(normal.body).urls.getAssets).toBe(`${sandbox.baseUrl}/assets`);
  });

  it("uses the status Node's parser names: 431 for an oversized head, 414 for a long target", async () => {
    const long = await rawGet(sandbox.port, `/mdm/v2/assets?adamId=${'9'.repeat(10_000)}`);
    expect(long.status).toBe(414);
    expect(JSON.parse(long.body)).toEqual({ errorNumber: 9602, errorMessage: 'Invalid argument.' });
    const huge = await rawGet(sandbox.port, `/${'a'.repeat(40_000)}`);
    expect(huge.status).toBe(431);
    const badHeader = await rawGet(sandbox.port, '/', undefined, 'Bad Header: x\r\n');
    expect(badHeader.status).toBe(400);
    expect(JSON.parse(badHeader.body)).toEqual({
      errorNumber: 9602,
      errorMessage: 'Invalid argument.',
    });
  });
});

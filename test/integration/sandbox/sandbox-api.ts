import {
  startSandbox,
  type RunningSandbox,
  type SandboxOptions,
} from '../../../electron/sandbox/index';

/** A sandbox for one test file: random port, events processed at once, no rate limit to speak of. */
export const startTestSandbox = (options: SandboxOptions = {}): Promise<RunningSandbox> =>
  startSandbox({ port: 0, eventDelayMs: 0, rps: 100_000, ...options });

export interface ApiResponse {
  status: number;
  headers: Headers;
  // Apple's bodies are loosely typed JSON; tests read the fields they assert.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

/** A thin HTTP client of the v2 API as a test would write it: real fetch, a Bearer token. */
export class SandboxApi {
  constructor(
    readonly baseUrl: string,
    readonly token: string | undefined,
  ) {}

  static for(sandbox: RunningSandbox, token: keyof RunningSandbox['tokens'] = 'demo') {
    return new SandboxApi(sandbox.baseUrl, sandbox.tokens[token]);
  }

  async request(
    method: string,
    path: string,
    options: { body?: string; headers?: Record<string, string> } = {},
  ): Promise<ApiResponse> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        ...options.headers,
      },
      body: options.body,
    });
    const text = await response.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, headers: response.headers, body };
  }

  get(path: string, query: Record<string, string | number | boolean> = {}): Promise<ApiResponse> {
    const search = new URLSearchParams(
      Object.entries(query).map(([key, value]) => [key, String(value)]),
    ).toString();
    return this.request('GET', search ? `${path}?${search}` : path);
  }

  post(path: string, body: unknown): Promise<ApiResponse> {
    return this.request('POST', path, {
      body: JSON.stringify(body),
      headers: { 'content-type': 'application/json' },
    });
  }

  /** Polls GET /status until the event is no longer PENDING. */
  async settle(eventId: string): Promise<ApiResponse['body']> {
    for (let attempt = 0; attempt < 200; attempt++) {
      const { status, body } = await this.get('/status', { eventId });
      if (status !== 200) throw new Error(`status ${status}: ${JSON.stringify(body)}`);
      if (body.eventStatus !== 'PENDING') return body;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error(`Event ${eventId} stayed PENDING.`);
  }

  /** POSTs a write request, expects an eventId, and returns the finished event's status. */
  async run(path: string, body: unknown): Promise<ApiResponse['body']> {
    const response = await this.post(path, body);
    if (response.status !== 200 || typeof response.body.eventId !== 'string')
      throw new Error(`${path} answered ${response.status}: ${JSON.stringify(response.body)}`);
    return this.settle(response.body.eventId);
  }

  /** Every record of a paginated endpoint, following nextPageIndex. */
  async all(
    path: string,
    key: string,
    query: Record<string, string | number | boolean> = {},
  ): Promise<{ rows: ApiResponse['body'][]; firstPage: ApiResponse['body'] }> {
    const rows = [];
    let firstPage;
    let pageIndex: number | undefined = 0;
    while (pageIndex !== undefined) {
      const { status, body } = await this.get(path, { ...query, pageIndex });
      if (status !== 200) throw new Error(`${path} answered ${status}: ${JSON.stringify(body)}`);
      firstPage ??= body;
      rows.push(...body[key]);
      pageIndex = body.nextPageIndex;
    }
    return { rows, firstPage };
  }
}

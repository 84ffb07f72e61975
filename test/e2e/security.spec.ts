import { test, expect } from './fixtures';

// What a browser can show of the console's security policy. The Electron-only parts
// (sandbox, navigation and permission handlers) are covered by test/unit/electron-app and
// test/e2e-electron.

test('the page has no Node: no require, no process, no Buffer', async ({ app }) => {
  const globals = await app.evaluate(() => ({
    require: typeof (window as unknown as { require?: unknown }).require,
    process: typeof (window as unknown as { process?: unknown }).process,
    buffer: typeof (window as unknown as { Buffer?: unknown }).Buffer,
  }));
  expect(globals).toEqual({ require: 'undefined', process: 'undefined', buffer: 'undefined' });
});

test('the CSP blocks injected inline scripts', async ({ app, problems }) => {
  problems.allow(/Content Security Policy/);
  await app.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true';
    document.body.append(script);
  });
  expect(
    await app.evaluate(() => (window as unknown as { __injected?: boolean }).__injected),
  ).toBeUndefined();
  expect(problems.list.some((line) => /Content Security Policy/.test(line))).toBe(true);
});

test('the contract refuses a malformed payload and an unknown channel with clear errors', async ({
  app,
}) => {
  const answers = await app.evaluate(async () => {
    const api = window.api!;
    return {
      bad: await api.invoke('tasks:start', {
        id: 'not-a-uuid',
        kind: 'apple:checkService',
        params: {},
      }),
      unknown: await api.invoke('vault:readSecrets'),
      still: await api.invoke('settings:get'),
    };
  });
  expect(answers.bad).toMatchObject({ ok: false, error: { code: 'ipc.badPayload' } });
  expect((answers.bad as { error: { message: string } }).error.message).toMatch(
    /tasks:start[\s\S]*id/,
  );
  expect(answers.unknown).toMatchObject({ ok: false, error: { code: 'ipc.unknownChannel' } });
  // The console keeps working after refusing them.
  expect(answers.still).toMatchObject({ ok: true });
});

test('the bridge refuses a page that lacks the per-run secret', async ({
  page,
  consoleServer,
  problems,
}) => {
  problems.allow(/WebSocket|403/);
  await page.goto(consoleServer.origin + '/');
  await expect(page.getByText(/npm run web/)).toBeVisible();
  const refused = await page.evaluate(
    (origin) =>
      new Promise<boolean>((resolve) => {
        const ws = new WebSocket(origin.replace('http', 'ws') + '/bridge?token=guess');
        ws.onopen = () => resolve(false);
        ws.onerror = () => resolve(true);
      }),
    consoleServer.origin,
  );
  expect(refused).toBe(true);
});

test('the secret does not stay in the address bar', async ({ app }) => {
  expect(app.url()).not.toContain('token=');
});

test('another page cannot show the console in a frame (no clickjacking)', async ({
  browser,
  consoleServer,
}) => {
  const page = await browser.newPage();
  const refusals: string[] = [];
  page.on('console', (message) => refusals.push(message.text()));
  await page.setContent(`<iframe title="framed console" src="${consoleServer.url}"></iframe>`);
  await expect.poll(() => refusals.join('\n')).toMatch(/frame-ancestors/);
  // Nothing of the console showed inside the frame.
  const framed = page.frameLocator('iframe');
  await expect(framed.getByRole('navigation')).toHaveCount(0);
  await page.close();
});

import { describe, expect, it } from 'vitest';
import type { OutboxMessage, OutboxSummary } from '../../../../shared/domain/outbox';
import { OutboxView } from '../../../../renderer/features/outbox/outbox-view';
import { createFakeMain } from '../support/fake-main';
import { click, eventually } from '../support/render';
import { renderPerTest } from '../support/render-per-test';

const render = renderPerTest();

const INVITE_URL = 'http://127.0.0.1:4781/vpp-invitation/abc123';

/** A caught invitation mail, as main's catcher keeps it. */
const caught = (index: number, name: string): OutboxMessage => ({
  id: `m${index}`,
  receivedAt: new Date(Date.UTC(2026, 2, 1, 9, index)).toISOString(),
  subject: `Join the program, ${name}`,
  from: 'VPP Console <invitations@vpp-console.local>',
  to: `"${name}" <${name.toLowerCase()}@regenboog.example>`,
  date: new Date(Date.UTC(2026, 2, 1, 9, index)).toUTCString(),
  messageId: `<inv-${index}@vpp-console.local>`,
  headers: [
    { key: 'from', line: 'From: VPP Console <invitations@vpp-console.local>' },
    { key: 'subject', line: `Subject: Join the program, ${name}` },
  ],
  text: `Hello ${name},\n\nSign in: ${INVITE_URL}\n`,
  html: `<html><body><p>Hello ${name}</p><script>parent.alert(1)</script><a href="${INVITE_URL}">Sign In</a><a href="javascript:alert(1)">Bad</a></body></html>`,
  envelope: {
    from: 'invitations@vpp-console.local',
    to: [`${name.toLowerCase()}@regenboog.example`],
  },
});

/** A catcher in main: newest first, paged, with Clear and its event. */
const catcherMain = (initial: OutboxMessage[], opened = false) => {
  let messages = [...initial];
  const opens: string[] = [];
  const summary = ({ headers, text, html, envelope, ...rest }: OutboxMessage): OutboxSummary => {
    void headers;
    void text;
    void html;
    void envelope;
    return rest;
  };
  const main = createFakeMain({
    'outbox:list': ({ offset = 0, limit = 1000 }) => {
      const newest = [...messages].reverse();
      return { total: messages.length, items: newest.slice(offset, offset + limit).map(summary) };
    },
    'outbox:get': ({ id }) => messages.find((message) => message.id === id) ?? null,
    'outbox:clear': (_request, context) => {
      const cleared = messages.length;
      messages = [];
      context.emit('outbox:changed', { total: 0 });
      return { cleared };
    },
    'shell:openExternal': ({ url }) => {
      opens.push(url);
      return { opened };
    },
  });
  const receive = (message: OutboxMessage) => {
    messages.push(message);
    main.emit('outbox:changed', { total: messages.length });
  };
  return { ...main, opens, receive };
};

const rowTexts = () =>
  [...document.body.querySelectorAll('[role="option"] .row-primary')].map((row) => row.textContent);
const option = (text: string) =>
  [...document.body.querySelectorAll<HTMLElement>('[role="option"]')].find((row) =>
    row.textContent?.includes(text),
  )!;
const tab = (label: string) =>
  [...document.body.querySelectorAll<HTMLElement>('[role="tab"]')].find(
    (element) => element.textContent === label,
  )!;
const button = (label: string) =>
  [...document.body.querySelectorAll<HTMLElement>('button, [role="menuitem"]')].find(
    (element) => element.textContent?.trim() === label,
  )!;

describe('Outbox', () => {
  it('says honestly that there are no messages yet', async () => {
    const main = catcherMain([]);
    await render(<OutboxView />, { api: main.api });
    await eventually(() =>
      expect(document.body.querySelector('.placard-title')?.textContent).toBe('No Messages'),
    );
    expect(document.body.textContent).toContain('built-in Outbox appear here');
  });

  it('lists the messages newest first and follows outbox:changed', async () => {
    const main = catcherMain([caught(1, 'Daan'), caught(2, 'Sara')]);
    await render(<OutboxView />, { api: main.api });
    await eventually(() =>
      expect(rowTexts()).toEqual(['Join the program, Sara', 'Join the program, Daan']),
    );
    main.receive(caught(3, 'Noor'));
    await eventually(() =>
      expect(rowTexts()).toEqual([
        'Join the program, Noor',
        'Join the program, Sara',
        'Join the program, Daan',
      ]),
    );
    // The row names the recipient as people write a name, without the header's quotes.
    expect(option('Noor').querySelector('.row-secondary')?.textContent).toMatch(/^Noor · /);
  });

  it('shows a message in a sandboxed iframe, as plain text and as headers, with its link to try', async () => {
    const main = catcherMain([caught(1, 'Daan')]);
    await render(<OutboxView />, { api: main.api });
    await eventually(() => expect(rowTexts()).toHaveLength(1));
    await click(option('Daan'));
    await eventually(() => expect(document.body.querySelector('iframe')).not.toBeNull());

    const detail = document.body.querySelector('.detail-pane')!;
    expect(detail.textContent).toContain('VPP Console <invitations@vpp-console.local>');
    expect(detail.textContent).toContain('Daan <daan@regenboog.example>');
    expect(detail.textContent).not.toContain('"Daan"');
    expect([...detail.querySelectorAll('[role="tab"]')].map((t) => t.textContent)).toEqual([
      'Message',
      'Plain Text',
      'Headers',
    ]);
    const frame = detail.querySelector('iframe')!;
    // No permissions at all: no scripts, no forms, no navigation of the console.
    expect(frame.getAttribute('sandbox')).toBe('');
    expect(frame.getAttribute('srcdoc')).toContain('Hello Daan');
    expect(frame.hasAttribute('src')).toBe(false);
    expect(frame.getAttribute('title')).toBe('The message as users see it');

    // Only the web link is offered; the javascript: one is not. It says where it goes in
    // words, not with the sandbox's port.
    const links = [...detail.querySelectorAll('.message-link')];
    expect(links.map((link) => link.querySelector('.message-link-url')?.textContent)).toEqual([
      'The built-in sandbox’s invitation page, on this computer',
    ]);
    // In the browser front door a link to this computer opens in a new tab at once.
    const anchor = links[0].querySelector('a')!;
    expect(anchor.getAttribute('href')).toBe(INVITE_URL);
    expect(anchor.getAttribute('target')).toBe('_blank');
    expect(anchor.getAttribute('rel')).toContain('noopener');

    await click(tab('Plain Text'));
    await eventually(() =>
      expect(detail.querySelector('pre.message-text')?.textContent).toContain(
        `Sign in: ${INVITE_URL}`,
      ),
    );
    await click(tab('Headers'));
    await eventually(() =>
      expect([...detail.querySelectorAll('.message-header')].map((h) => h.textContent)).toEqual([
        'From: VPP Console <invitations@vpp-console.local>',
        'Subject: Join the program, Daan',
      ]),
    );
  });

  it('opens a link through main in the desktop app, and offers a new tab when main won’t', async () => {
    const main = catcherMain([caught(1, 'Daan')], false);
    await render(<OutboxView />, { api: main.api, appInfo: { frontDoor: 'electron' } });
    await eventually(() => expect(rowTexts()).toHaveLength(1));
    await click(option('Daan'));
    await eventually(() =>
      expect(document.body.querySelector('[aria-label="Open “Sign In”"]')).not.toBeNull(),
    );
    await click(document.body.querySelector('[aria-label="Open “Sign In”"]')!);
    await eventually(() => expect(main.opens).toEqual([INVITE_URL]));
    await eventually(() =>
      expect(document.body.querySelector('.message-link a')?.getAttribute('href')).toBe(INVITE_URL),
    );
  });

  it('clears the Outbox after asking', async () => {
    const main = catcherMain([caught(1, 'Daan'), caught(2, 'Sara')]);
    await render(<OutboxView />, { api: main.api });
    await eventually(() => expect(rowTexts()).toHaveLength(2));
    await click(document.body.querySelector('.toolbar [aria-haspopup="menu"]')!);
    await click(button('Clear Outbox…'));
    const sheet = document.body.querySelector('[role="dialog"]')!;
    expect(sheet.textContent).toContain('Clear the Outbox?');
    expect(sheet.textContent).toContain('All 2 messages in the Outbox are removed');
    expect(main.calls.some((call) => call.channel === 'outbox:clear')).toBe(false);
    await click(
      [...sheet.querySelectorAll<HTMLElement>('button')].find((b) => b.textContent === 'Clear')!,
    );
    await eventually(() =>
      expect(document.body.querySelector('.placard-title')?.textContent).toBe('No Messages'),
    );
    expect(main.calls.filter((call) => call.channel === 'outbox:clear')).toHaveLength(1);
  });
});

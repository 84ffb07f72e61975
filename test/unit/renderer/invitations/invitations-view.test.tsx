import { act } from 'react';
import { describe, expect, it } from 'vitest';
import type { InvitationSnapshot } from '../../../../shared/domain/invitations';
import type { TaskSnapshot } from '../../../../shared/domain/tasks';
import type { ConsoleDatabase } from '../../../../renderer/db/database';
import { InvitationsView } from '../../../../renderer/features/invitations/invitations-view';
import { useInvitationFilter } from '../../../../renderer/features/invitations/invitation-filter';
import { useUiStore } from '../../../../renderer/stores/ui-store';
import { createFakeMain } from '../support/fake-main';
import { click, eventually, freshDatabase } from '../support/render';
import { renderPerTest } from '../support/render-per-test';
import { tokenRow } from '../support/vpp-rows';
import { invitation, invitationId } from './invitation-rows';

const render = renderPerTest();

const user = (id: string, fullName: string, email: string) => ({
  id,
  fullName,
  shortName: id,
  email,
  groupIds: [],
  createdAt: 1,
  updatedAt: 1,
});

/** A school where each status occurs once; Sara accepted her invitation (Associated). */
const school = async (): Promise<ConsoleDatabase> => {
  const db = freshDatabase();
  await db.tokens.put(tokenRow('token-1', 'Onderbouw'));
  const people = [
    ['queued', 'Anna Visser'],
    ['sending', 'Bram de Vries'],
    ['sent', 'Daan Jansen'],
    ['failed', 'Emma Bakker'],
    ['canceled', 'Finn Smit'],
    ['enrolled', 'Sara de Boer'],
  ] as const;
  await db.users.bulkPut(people.map(([id, name]) => user(id, name, `${id}@regenboog.example`)));
  await db.vppLinks.bulkPut(
    people.map(([id]) => ({
      userId: id,
      tokenId: 'token-1',
      clientUserId: `client-${id}`,
      enabledAt: 1,
      previousClientUserIds: [],
    })),
  );
  await db.vppUsers.bulkPut([
    { tokenId: 'token-1', clientUserId: 'client-sent', status: 'Registered' },
    { tokenId: 'token-1', clientUserId: 'client-enrolled', status: 'Associated', associatedAt: 5 },
  ]);
  const states: Record<string, Partial<InvitationSnapshot>> = {
    queued: { state: 'queued', sentAt: null, lastAction: { kind: 'queued', at: 1 } },
    sending: { state: 'sending', sentAt: null },
    sent: {},
    failed: {
      state: 'failed',
      sentAt: null,
      error: {
        code: 'mail.recipientRefused',
        message: 'smtp.regenboog.example refused the recipient failed@regenboog.example.',
        params: { host: 'smtp.regenboog.example', recipient: 'failed@regenboog.example' },
      },
      lastAction: { kind: 'failed', at: 2 },
    },
    canceled: { state: 'canceled', sentAt: null, lastAction: { kind: 'canceled', at: 2 } },
    enrolled: {},
  };
  await db.invitations.bulkPut(
    people.map(([id, name], index) =>
      invitation(index + 1, {
        userId: id,
        clientUserId: `client-${id}`,
        fullName: name,
        email: `${id}@regenboog.example`,
        ...states[id],
      }),
    ),
  );
  return db;
};

const rows = () =>
  [...document.body.querySelectorAll('[role="option"]')].map((row) => [
    row.querySelector('.row-primary')?.textContent,
    row.querySelector('.row-trailing')?.textContent,
  ]);
/** Waits until the list shows `count` rows with their content (rows load by key). */
const loaded = (count: number) =>
  eventually(() => {
    expect(rows()).toHaveLength(count);
    expect(rows().every(([name, status]) => name && status)).toBe(true);
  });
const option = (name: string) =>
  [...document.body.querySelectorAll<HTMLElement>('[role="option"]')].find((row) =>
    row.textContent?.includes(name),
  )!;
const chooseFilter = async (value: string) => {
  const select = document.body.querySelector<HTMLSelectElement>('.list-filter select')!;
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!.call(select, value);
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
};

const openSection = async (
  options: { db?: ConsoleDatabase; language?: 'en' | 'nl'; resend?: () => object } = {},
) => {
  useInvitationFilter.setState({ filter: 'all' });
  const resends: unknown[] = [];
  const main = createFakeMain({
    'invitations:resend': (request) => {
      resends.push(request);
      return (options.resend?.() ?? {
        task: resendTask(request.targetName),
        invitations: request.invitationIds.length,
      }) as never;
    },
  });
  const db = options.db ?? (await school());
  await render(<InvitationsView />, { db, api: main.api, language: options.language });
  return { db, main, resends };
};

const resendTask = (targetName: string): TaskSnapshot => ({
  id: '20000000-0000-4000-8000-000000000001',
  kind: 'mail:sendInvitations',
  params: {
    batchId: '30000000-0000-4000-8000-000000000001',
    tokenId: 'token-1',
    tokenName: 'Onderbouw',
    targetName,
    count: 1,
  },
  status: 'queued',
  progress: null,
  step: null,
  steps: [],
  result: null,
  error: null,
  createdAt: 10,
  updatedAt: 10,
  finishedAt: null,
});

describe('Invitations', () => {
  it('says honestly that nothing was sent yet', async () => {
    await openSection({ db: freshDatabase() });
    await eventually(() =>
      expect(document.body.querySelector('.placard-title')?.textContent).toBe('No Invitations'),
    );
  });

  it('lists every invitation newest first with its status, Enrolled from Apple’s word', async () => {
    await openSection();
    await eventually(() =>
      expect(rows()).toEqual([
        ['Sara de Boer', 'Enrolled'],
        ['Finn Smit', 'Canceled'],
        ['Emma Bakker', 'Failed'],
        ['Daan Jansen', 'Sent'],
        ['Bram de Vries', 'Sending'],
        ['Anna Visser', 'Queued'],
      ]),
    );
    // Red is for failure only.
    expect(option('Emma').querySelector('.tone-failure')).not.toBeNull();
    expect(option('Finn').querySelector('.tone-failure')).toBeNull();
    expect(option('Sara').querySelector('.tone-success')).not.toBeNull();
  });

  it('shows why one failed, and offers Resend only to a user not yet enrolled', async () => {
    const { resends } = await openSection();
    await loaded(6);
    await click(option('Emma'));
    const detail = () => document.body.querySelector('.detail-pane')!;
    await eventually(() =>
      expect(detail().textContent).toContain(
        'smtp.regenboog.example refused the recipient failed@regenboog.example.',
      ),
    );
    expect(detail().textContent).toContain('Email');
    expect(detail().textContent).toContain('Not sent yet');
    expect(detail().textContent).toContain('Onderbouw');

    const resend = [...detail().querySelectorAll<HTMLElement>('button')].find(
      (button) => button.textContent === 'Resend',
    )!;
    expect(resend.getAttribute('aria-disabled')).toBeNull();
    await click(resend);
    const sheet = document.body.querySelector('[role="dialog"]')!;
    expect(sheet.textContent).toContain('Emma Bakker gets a new invitation email.');
    await click(
      [...sheet.querySelectorAll<HTMLElement>('button')].find((b) => b.textContent === 'Send')!,
    );
    await eventually(() =>
      expect(resends).toEqual([{ invitationIds: [invitationId(4)], targetName: 'Emma Bakker' }]),
    );
    await eventually(() =>
      expect(document.body.textContent).toContain('The invitations are on their way'),
    );

    await click(option('Sara'));
    await eventually(() =>
      expect(detail().textContent).toContain('Apple shows Sara de Boer as enrolled'),
    );
    const unavailable = [...detail().querySelectorAll<HTMLElement>('button')].find(
      (button) => button.textContent === 'Resend',
    )!;
    expect(unavailable.getAttribute('aria-disabled')).toBe('true');
  });

  it('filters by status and searches by name or email through the indexes', async () => {
    await openSection();
    await loaded(6);
    await chooseFilter('notEnrolled');
    await eventually(() =>
      expect(rows().map(([name]) => name)).toEqual([
        'Finn Smit',
        'Emma Bakker',
        'Daan Jansen',
        'Bram de Vries',
        'Anna Visser',
      ]),
    );
    await chooseFilter('enrolled');
    await eventually(() => expect(rows()).toEqual([['Sara de Boer', 'Enrolled']]));
    await chooseFilter('inProgress');
    await eventually(() =>
      expect(rows().map(([name]) => name)).toEqual(['Bram de Vries', 'Anna Visser']),
    );
    await chooseFilter('failed');
    await eventually(() => expect(rows()).toEqual([['Emma Bakker', 'Failed']]));

    await chooseFilter('all');
    act(() => useUiStore.getState().setSearch('invitations', 'daan'));
    await eventually(() => expect(rows()).toEqual([['Daan Jansen', 'Sent']]));
    act(() => useUiStore.getState().setSearch('invitations', 'emma@regen'));
    await eventually(() => expect(rows()).toEqual([['Emma Bakker', 'Failed']]));
  });

  it('shows Enrolled as soon as a sync finds the user Associated', async () => {
    const { db } = await openSection();
    await loaded(6);
    await db.vppUsers.put({
      tokenId: 'token-1',
      clientUserId: 'client-sent',
      status: 'Associated',
    });
    await eventually(() =>
      expect(rows().find(([name]) => name === 'Daan Jansen')).toEqual(['Daan Jansen', 'Enrolled']),
    );
  });

  it('resends to everyone not yet enrolled from the Action menu', async () => {
    const { resends } = await openSection();
    await loaded(6);
    await click(document.body.querySelector('.toolbar [aria-haspopup="menu"]')!);
    await click(
      [...document.body.querySelectorAll<HTMLElement>('[role="menuitem"]')].find(
        (item) => item.textContent === 'Resend to All Not Yet Enrolled…',
      )!,
    );
    await eventually(() => expect(document.body.querySelector('[role="dialog"]')).not.toBeNull());
    const sheet = document.body.querySelector('[role="dialog"]')!;
    // Daan (sent), Emma (failed) and Finn (canceled); not Sara, nor the two on their way.
    expect(sheet.textContent).toContain('3 users who haven’t enrolled yet');
    await click(
      [...sheet.querySelectorAll<HTMLElement>('button')].find((b) => b.textContent === 'Send')!,
    );
    await eventually(() => expect(resends).toHaveLength(1));
    const request = resends[0] as { invitationIds: string[]; targetName: string };
    expect(request.invitationIds.sort()).toEqual(
      [invitationId(3), invitationId(4), invitationId(5)].sort(),
    );
    expect(request.targetName).toBe('Users not yet enrolled');
  });

  it('speaks Dutch', async () => {
    await openSection({ language: 'nl' });
    await loaded(6);
    expect(rows().map(([, status]) => status)).toEqual([
      'Ingeschreven',
      'Geannuleerd',
      'Mislukt',
      'Verstuurd',
      'Bezig met versturen',
      'In wachtrij',
    ]);
    await click(option('Emma'));
    await eventually(() =>
      expect(document.body.querySelector('.detail-pane')?.textContent).toContain(
        'smtp.regenboog.example weigerde de ontvanger failed@regenboog.example.',
      ),
    );
  });
});

import { expect, type Page } from '@playwright/test';

/**
 * Sends one invitation through main (`invitations:send` under the first token), the way the
 * VPP section does, and waits until the built-in Outbox has it: Invitations and Outbox then
 * each have a row to select.
 */
export const sendOneInvitation = async (
  page: Page,
  recipient: { userId: string; fullName: string; email: string } = {
    userId: 'user-invited',
    fullName: 'Sara de Boer',
    email: 'sara.deboer@leerling.example',
  },
): Promise<void> => {
  await page.evaluate(async (recipient) => {
    const call = async (channel: string, payload?: unknown) => {
      const result = (await window.api!.invoke(channel as never, payload as never)) as {
        ok: boolean;
        value?: unknown;
        error?: { message: string };
      };
      if (!result.ok) throw new Error(`${channel}: ${result.error?.message}`);
      return result.value;
    };
    const [token] = (await call('tokens:list')) as { id: string }[];
    await call('invitations:send', {
      tokenId: token!.id,
      targetName: recipient.fullName,
      recipients: [
        {
          ...recipient,
          clientUserId: 'invited-0001',
          // The user's language follows the console's here, as for a user who has none set.
          language: document.documentElement.lang.startsWith('nl') ? 'nl' : 'en',
          inviteCode: '0123456789abcdef0123456789abcdef',
        },
      ],
    });
  }, recipient);
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          const result = (await window.api!.invoke(
            'outbox:list' as never,
            {
              offset: 0,
              limit: 10,
            } as never,
          )) as { ok: boolean; value?: { total: number } };
          return result.value?.total ?? 0;
        }),
      { timeout: 20_000, message: 'the invitation did not reach the Outbox' },
    )
    .toBe(1);
};

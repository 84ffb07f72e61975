import type { InvitationProblem } from './accept-invitation';
import { escapeMarkup } from '../http/escape-markup';

export type PageLanguage = 'en' | 'nl';

/** What a page can report: an invitation's own problems, and a form too large to read. */
export type PageProblem = InvitationProblem | 'tooLarge';

const TEXT = {
  en: {
    title: 'Apps and Books invitation',
    invited: (org: string) => `${org} invites you to receive apps and books.`,
    explain:
      'Sign in with your Apple Account to accept. The organization will not see your Apple Account, only that you accepted.',
    appleId: 'Apple Account',
    accept: 'Accept',
    done: 'Invitation accepted',
    doneText: (org: string) => `Apps and books from ${org} can now be assigned to you.`,
    sandbox: 'VPP sandbox — a local stand-in for Apple. Nothing is sent to Apple.',
    problems: {
      unknownInvitation: 'This invitation link is not valid.',
      alreadyAccepted: 'This invitation was already accepted.',
      userRetired: 'This invitation is no longer valid.',
      invalidAppleId: 'Enter an Apple Account such as name@example.com.',
      accountInUse:
        'This Apple Account is already associated with another user of this organization.',
      tooLarge: 'The form was too large to accept. Go back and try again.',
    },
  },
  nl: {
    title: 'Uitnodiging voor apps en boeken',
    invited: (org: string) => `${org} nodigt je uit om apps en boeken te ontvangen.`,
    explain:
      'Log in met je Apple Account om te accepteren. De organisatie ziet je Apple Account niet, alleen dat je hebt geaccepteerd.',
    appleId: 'Apple Account',
    accept: 'Accepteer',
    done: 'Uitnodiging geaccepteerd',
    doneText: (org: string) => `Apps en boeken van ${org} kunnen nu aan je worden toegewezen.`,
    sandbox: 'VPP-sandbox — een lokale vervanger van Apple. Er gaat niets naar Apple.',
    problems: {
      unknownInvitation: 'Deze uitnodigingslink is niet geldig.',
      alreadyAccepted: 'Deze uitnodiging is al geaccepteerd.',
      userRetired: 'Deze uitnodiging is niet meer geldig.',
      invalidAppleId: 'Vul een Apple Account in, zoals naam@voorbeeld.nl.',
      accountInUse:
        'Dit Apple Account is al gekoppeld aan een andere gebruiker van deze organisatie.',
      tooLarge: 'Het formulier was te groot. Ga terug en probeer het opnieuw.',
    },
  },
} satisfies Record<PageLanguage, unknown>;

export const languageOf = (acceptLanguage: string | undefined): PageLanguage =>
  /^\s*nl\b/i.test(acceptLanguage ?? '') ? 'nl' : 'en';

const page = (language: PageLanguage, body: string): string => `<!doctype html>
<html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${TEXT[language].title}</title>
<style>body{font-family:-apple-system,system-ui,sans-serif;max-width:28rem;margin:3rem auto;padding:0 1rem;color:#1d1d1f}
label,input,button{display:block;width:100%;box-sizing:border-box;font-size:1rem}input{padding:.5rem;margin:.25rem 0 1rem}
button{padding:.6rem;background:#0071e3;color:#fff;border:0;border-radius:8px}.problem{color:#b00020}footer{margin-top:2rem;color:#6e6e73;font-size:.8rem}</style>
</head><body>${body}<footer>${TEXT[language].sandbox}</footer></body></html>`;

/** The form a simulated user fills in: a plain POST to /invite/accept, no scripts. */
export const invitationFormPage = (
  language: PageLanguage,
  organization: string,
  inviteCode: string,
  problem?: InvitationProblem,
  appleId = '',
): string => {
  const text = TEXT[language];
  return page(
    language,
    `<h1>${text.title}</h1><p>${escapeMarkup(text.invited(organization))}</p><p>${text.explain}</p>
${problem ? `<p class="problem" role="alert">${text.problems[problem]}</p>` : ''}
<form method="post" action="/invite/accept"><input type="hidden" name="inviteCode" value="${escapeMarkup(inviteCode)}">
<label for="appleId">${text.appleId}</label><input id="appleId" name="appleId" type="email" autocomplete="username" required value="${escapeMarkup(appleId)}">
<button type="submit">${text.accept}</button></form>`,
  );
};

export const invitationProblemPage = (language: PageLanguage, problem: PageProblem): string =>
  page(
    language,
    `<h1>${TEXT[language].title}</h1><p class="problem" role="alert">${TEXT[language].problems[problem]}</p>`,
  );

export const invitationAcceptedPage = (language: PageLanguage, organization: string): string =>
  page(
    language,
    `<h1>${TEXT[language].done}</h1><p>${escapeMarkup(TEXT[language].doneText(organization))}</p>`,
  );

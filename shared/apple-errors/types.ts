export type Lang = 'en' | 'nl';

/** What the console can offer next to the sentence (e.g. a "Replace token…" button). */
export type AppleErrorAction =
  | 'replaceToken'
  | 'retryLater'
  | 'syncAgain'
  | 'buyLicenses'
  | 'checkUsers'
  | 'checkSelection'
  | 'checkNotificationSettings'
  | 'nothingToDo'
  | 'reportProblem';

/** Where Apple reports the number (reference/vpp-api.md §5.2–5.4). */
export type AppleErrorSource = 'v2' | 'v2-async' | 'v1' | 'subscriptions';

export interface AppleErrorEntry {
  number: number;
  /** The HTTP status Apple documents for it, when reported synchronously. */
  httpStatus?: number;
  source: AppleErrorSource;
  /** Apple's meaning, paraphrased, for logs and for the people maintaining this table. */
  meaning: string;
  en: string;
  nl: string;
  action?: AppleErrorAction;
}

/** Tail for errors only a bug (ours or Apple's) can cause: the admin can't fix the input. */
export const REPORT = {
  en: 'This is a problem in the console, not in your data; please report it.',
  nl: 'Dit is een fout in de console, niet in je gegevens; meld het alsjeblieft.',
} as const;

/** Apple's own steps to a location's content token (Apple School Manager User Guide). */
export const TOKEN_PLACE = {
  en: 'Apple School Manager (your name at the bottom of the sidebar → Preferences → Payments and Billing → Content Tokens)',
  nl: 'Apple School Manager (je naam onder in de navigatiekolom → Voorkeuren → Betaal- en factuurgegevens → Inhoudstokens)',
} as const;

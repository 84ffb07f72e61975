import { TOKEN_PLACE, type Lang } from './types';

export type SentenceParams = Record<string, string | number | undefined>;
type Sentence = (params: SentenceParams) => string;

/**
 * Where the failing service is, as far as the sentence needs to know: the built-in sandbox
 * (whose random port means nothing to the admin), an address on this computer (a sandbox the
 * admin started: the internet connection is not to blame), or anywhere else.
 */
type Place =
  | { kind: 'builtIn' }
  | { kind: 'thisComputer'; host: string }
  | { kind: 'elsewhere'; host: string | undefined };

const LOOPBACK_HOST = /^(?:127(?:\.\d{1,3}){3}|localhost|\[::1\])(?::\d+)?$/i;

const placeOf = (params: SentenceParams): Place => {
  if (params.service === 'sandbox') return { kind: 'builtIn' };
  const host = hostOf(params.url);
  if (host && LOOPBACK_HOST.test(host)) return { kind: 'thisComputer', host };
  return { kind: 'elsewhere', host };
};

/** Where the service's host shows in a sentence; "Apple’s service" when we don't know it. */
const service = (params: SentenceParams, lang: Lang): string => {
  const place = placeOf(params);
  if (place.kind === 'builtIn')
    return lang === 'en' ? 'the built-in sandbox' : 'de ingebouwde sandbox';
  const host = place.host;
  if (lang === 'en') return host ? `the service at ${host}` : 'Apple’s service';
  return host ? `de dienst op ${host}` : 'de dienst van Apple';
};

const hostOf = (url: unknown): string | undefined => {
  if (typeof url !== 'string') return undefined;
  const match = /^[a-z]+:\/\/([^/?#]+)/i.exec(url);
  const host = match?.[1];
  return host && !host.endsWith('apple.com') ? host : undefined;
};

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** What to do when the built-in sandbox, which the console itself runs, stops answering. */
const RESTART = {
  en: 'Quit the console and start it again',
  nl: 'Sluit de console af en start hem opnieuw',
} as const;

/** The start of the advice for an address on this computer: most likely a sandbox. */
const OWN_SANDBOX = {
  en: 'If that is a sandbox you started, check that it is still running',
  nl: 'Is dat een sandbox die je zelf hebt gestart? Controleer dan of die nog draait',
} as const;

/** Picks the sentence for the place the service is; `elsewhere` is the internet case. */
const byPlace =
  (sentences: {
    builtIn: string;
    thisComputer: (host: string) => string;
    elsewhere: Sentence;
  }): Sentence =>
  (params) => {
    const place = placeOf(params);
    if (place.kind === 'builtIn') return sentences.builtIn;
    if (place.kind === 'thisComputer') return sentences.thisComputer(place.host);
    return sentences.elsewhere(params);
  };

/**
 * The client's own failures (electron/vpp and the token file), keyed by error code. Each is a
 * sentence an admin can act on, in both languages.
 */
export const CLIENT_ERRORS: Record<string, Record<Lang, Sentence>> = {
  'network.unreachable': {
    en: byPlace({
      builtIn: `The built-in sandbox did not answer. ${RESTART.en}.`,
      thisComputer: (host) =>
        `Nothing answered at ${host} on this computer. ${OWN_SANDBOX.en} and that the address in Settings is right.`,
      elsewhere: (p) =>
        `The console could not reach ${service(p, 'en')}. Check the internet connection (and any proxy or firewall), then try again.`,
    }),
    nl: byPlace({
      builtIn: `De ingebouwde sandbox antwoordde niet. ${RESTART.nl}.`,
      thisComputer: (host) =>
        `Er antwoordde niets op ${host} op deze computer. ${OWN_SANDBOX.nl} en of het adres in Instellingen klopt.`,
      elsewhere: (p) =>
        `De console kon ${service(p, 'nl')} niet bereiken. Controleer de internetverbinding (en een eventuele proxy of firewall) en probeer het opnieuw.`,
    }),
  },
  'network.timeout': {
    en: byPlace({
      builtIn: `The built-in sandbox did not answer in time. ${RESTART.en}.`,
      thisComputer: (host) =>
        `The service at ${host} on this computer did not answer in time. ${OWN_SANDBOX.en} and not stuck, then try again.`,
      elsewhere: (p) =>
        `${capitalise(service(p, 'en'))} did not answer in time. Try again in a few minutes.`,
    }),
    nl: byPlace({
      builtIn: `De ingebouwde sandbox antwoordde niet op tijd. ${RESTART.nl}.`,
      thisComputer: (host) =>
        `De dienst op ${host} op deze computer antwoordde niet op tijd. ${OWN_SANDBOX.nl} en niet vastzit, en probeer het opnieuw.`,
      elsewhere: (p) =>
        `${capitalise(service(p, 'nl'))} antwoordde niet op tijd. Probeer het over een paar minuten opnieuw.`,
    }),
  },
  'network.dropped': {
    en: byPlace({
      builtIn: `The built-in sandbox closed the connection before its answer arrived. ${RESTART.en}; if you were making a change, sync before you try again.`,
      thisComputer: (host) =>
        `The connection to the service at ${host} on this computer was lost before the answer arrived. ${OWN_SANDBOX.en}; if you were making a change, sync before you try again.`,
      elsewhere: (p) =>
        `The connection to ${service(p, 'en')} was lost before the answer arrived. If you were making a change, Apple may or may not have made it: sync before you try again.`,
    }),
    nl: byPlace({
      builtIn: `De ingebouwde sandbox verbrak de verbinding voordat het antwoord binnen was. ${RESTART.nl}; als je iets aan het wijzigen was, synchroniseer dan voordat je het opnieuw probeert.`,
      thisComputer: (host) =>
        `De verbinding met de dienst op ${host} op deze computer werd verbroken voordat het antwoord binnen was. ${OWN_SANDBOX.nl}. Als je iets aan het wijzigen was, synchroniseer dan voordat je het opnieuw probeert.`,
      elsewhere: (p) =>
        `De verbinding met ${service(p, 'nl')} werd verbroken voordat het antwoord binnen was. Als je iets aan het wijzigen was, is die wijziging misschien wel en misschien niet doorgevoerd: synchroniseer voordat je het opnieuw probeert.`,
    }),
  },
  'http.unexpectedStatus': {
    en: (p) =>
      `${capitalise(service(p, 'en'))} answered with an error${p.status ? ` (HTTP ${p.status})` : ''} instead of the usual reply. Try again later; if you set a custom service address in Settings, check it.`,
    nl: (p) =>
      `${capitalise(service(p, 'nl'))} gaf een foutmelding${p.status ? ` (HTTP ${p.status})` : ''} in plaats van het gebruikelijke antwoord. Probeer het later opnieuw; heb je in Instellingen een eigen dienstadres ingesteld, controleer dat dan.`,
  },
  'http.invalidResponse': {
    en: (p) =>
      `${capitalise(service(p, 'en'))} sent an answer the console does not understand. Try again later; if you set a custom service address in Settings, check it.`,
    nl: (p) =>
      `${capitalise(service(p, 'nl'))} stuurde een antwoord dat de console niet begrijpt. Probeer het later opnieuw; heb je in Instellingen een eigen dienstadres ingesteld, controleer dat dan.`,
  },
  'vpp.eventPending': {
    en: (p) =>
      `Apple is still working on this task${progress(p, 'en')}. The console stopped waiting; sync later to see the result, or start the task again.`,
    nl: (p) =>
      `Apple is nog bezig met deze taak${progress(p, 'nl')}. De console wacht niet langer; synchroniseer later om het resultaat te zien, of start de taak opnieuw.`,
  },
  'vpp.dataKeptChanging': {
    en: () =>
      'The data at Apple kept changing while the console was reading it. Sync again in a few minutes.',
    nl: () =>
      'De gegevens bij Apple bleven veranderen terwijl de console ze las. Synchroniseer over een paar minuten opnieuw.',
  },
  'vpp.noToken': {
    en: () =>
      `There is no content token for this location. Download one from ${TOKEN_PLACE.en} and add it.`,
    nl: () =>
      `Er is geen inhoudstoken voor deze locatie. Download er een via ${TOKEN_PLACE.nl} en voeg het toe.`,
  },
  'tokenFile.empty': {
    en: () =>
      `The chosen file is empty. Choose the .vpptoken file you downloaded from ${TOKEN_PLACE.en}.`,
    nl: () =>
      `Het gekozen bestand is leeg. Kies het .vpptoken-bestand dat je hebt gedownload via ${TOKEN_PLACE.nl}.`,
  },
  'tokenFile.notBase64': {
    en: () =>
      `The chosen file is not a content token. Choose the .vpptoken file you downloaded from ${TOKEN_PLACE.en}.`,
    nl: () =>
      `Het gekozen bestand is geen inhoudstoken. Kies het .vpptoken-bestand dat je hebt gedownload via ${TOKEN_PLACE.nl}.`,
  },
  'tokenFile.notJson': {
    en: () =>
      `The chosen file does not contain a content token; it may be damaged. Download it again from ${TOKEN_PLACE.en}.`,
    nl: () =>
      `Het gekozen bestand bevat geen inhoudstoken; misschien is het beschadigd. Download het opnieuw via ${TOKEN_PLACE.nl}.`,
  },
  'tokenFile.missingField': {
    en: (p) =>
      `The content token is incomplete${p.field ? ` (“${p.field}” is missing)` : ''}. Download it again from ${TOKEN_PLACE.en}.`,
    nl: (p) =>
      `Het inhoudstoken is onvolledig${p.field ? ` („${p.field}” ontbreekt)` : ''}. Download het opnieuw via ${TOKEN_PLACE.nl}.`,
  },
  'tokenFile.badDate': {
    en: () =>
      `The expiry date in the content token cannot be read. Download the token again from ${TOKEN_PLACE.en}.`,
    nl: () =>
      `De vervaldatum in het inhoudstoken is onleesbaar. Download het token opnieuw via ${TOKEN_PLACE.nl}.`,
  },
};

const progress = (p: SentenceParams, lang: Lang): string => {
  if (typeof p.numRequested !== 'number' || p.numRequested <= 0) return '';
  const done = p.numCompleted ?? 0;
  return lang === 'en'
    ? ` (${done} of ${p.numRequested} done)`
    : ` (${done} van ${p.numRequested} klaar)`;
};

import type { AppleErrorEntry } from './types';

/**
 * 9811–9818 belong to Apple's subscription endpoints, which the console does not use
 * (reference §5.2 lists them together; the number-to-meaning order below follows that list
 * and is not confirmed one by one). They get careful, general sentences.
 */
const rows: [number, string, string, string][] = [
  [
    9811,
    'Invalid subscription association',
    'Apple could not link this subscription to the chosen user.',
    'Apple kon dit abonnement niet aan de gekozen gebruiker koppelen.',
  ],
  [
    9812,
    'Invalid cursor',
    'Apple lost its place while the list of subscriptions was being read. Sync again.',
    'Apple raakte de positie kwijt tijdens het lezen van de lijst met abonnementen. Synchroniseer opnieuw.',
  ],
  [
    9813,
    'Invalid Adam ID',
    'Apple does not recognise this subscription. Sync again to see the current subscriptions.',
    'Apple herkent dit abonnement niet. Synchroniseer opnieuw om de actuele abonnementen te zien.',
  ],
  [
    9814,
    'Subscription user not found',
    'Apple cannot find this user for the subscription. Check that the user still exists.',
    'Apple kan deze gebruiker niet vinden voor het abonnement. Controleer of de gebruiker nog bestaat.',
  ],
  [
    9815,
    'User not assigned to the subscription',
    'This user is not assigned to the subscription, so there is nothing to remove.',
    'Deze gebruiker is niet aan het abonnement toegewezen, dus er valt niets te verwijderen.',
  ],
  [
    9816,
    'Too many subscriptions',
    'The request names more subscriptions than Apple accepts at once. Choose fewer and try again.',
    'Het verzoek noemt meer abonnementen dan Apple in één keer accepteert. Kies er minder en probeer het opnieuw.',
  ],
  [
    9817,
    'Group-membership conflict',
    "This change conflicts with the user's group membership for the subscription. Check the groups in Apple School Manager.",
    'Deze wijziging botst met het groepslidmaatschap van de gebruiker voor het abonnement. Controleer de groepen in Apple School Manager.',
  ],
  [
    9818,
    'Subscription cannot be disabled',
    'Apple does not allow this subscription to be turned off here. Change it in Apple School Manager instead.',
    'Apple staat niet toe dat dit abonnement hier wordt uitgezet. Wijzig het in plaats daarvan in Apple School Manager.',
  ],
];

export const SUBSCRIPTION_ERRORS: AppleErrorEntry[] = rows.map(([number, meaning, en, nl]) => ({
  number,
  httpStatus: 400,
  source: 'subscriptions',
  meaning,
  en,
  nl,
}));

import type { Translation } from '../en';

/** Dutch strings of the VPP section (Apple's older Dutch help, profile-manager-ui.md §8). */
export const vppNl: Translation['vpp'] = {
  section: 'Distributie via het VPP',
  enable: 'Schakel voorzieningen voor distributie via het VPP in',
  location: 'Locatie',
  status: 'Status',
  statuses: {
    notInvited: 'Niet uitgenodigd',
    invited: 'Uitgenodigd op {{date}}',
    invitedNoDate: 'Uitgenodigd',
    enrolled: 'Ingeschreven op {{date}}',
    enrolledNoDate: 'Ingeschreven',
    retired: 'Verwijderd uit het programma',
  },
  counts: {
    notInvited: 'Niet uitgenodigd',
    invited: 'Uitgenodigd',
    enrolled: 'Ingeschreven',
    retired: 'Verwijderd',
  },
  notes: {
    noToken:
      'Voeg eerst een inhoudstoken toe bij Tokens: distributie via het VPP registreert gebruikers bij de locatie van dat token.',
    registering:
      'Bezig met registreren bij Apple… De uitnodiging kan worden verstuurd zodra Apple de gebruiker heeft geregistreerd.',
    managed:
      'Wordt ingeschreven zonder uitnodiging: deze gebruiker heeft een beheerde Apple ID ({{managedAppleId}}).',
    notEnabled:
      'Selecteer „Schakel voorzieningen voor distributie via het VPP in” en klik op „Bewaar” om deze gebruiker bij Apple te registreren.',
    groupNotEnabled:
      'Selecteer „Schakel voorzieningen voor distributie via het VPP in” en klik op „Bewaar” om de leden van de groep bij Apple te registreren.',
    membersToEnable_one:
      '{{count}} lid is nog niet geregistreerd: klik op „Bewaar” om het ook te registreren.',
    membersToEnable_other:
      '{{count}} leden zijn nog niet geregistreerd: klik op „Bewaar” om ze ook te registreren.',
    noMembers: 'Deze groep heeft nog geen leden.',
    enabledAt: 'Bij Apple geregistreerd sinds {{date}}.',
    failedInvitation: 'De laatste uitnodiging kon niet worden verstuurd: {{reason}}',
    queued: 'De uitnodiging is onderweg.',
    pendingInvite:
      'Er gaat een nieuwe uitnodiging uit zodra Apple deze gebruiker opnieuw heeft geregistreerd.',
    sendingTask_other:
      'Er worden {{count}} uitnodigingen verstuurd. Bij Actieve taken zie je hoe het gaat.',
    sendingTask_one: 'De uitnodiging wordt verstuurd. Bij Actieve taken zie je hoe het gaat.',
    registeringTask: 'Bezig met registreren bij Apple. Bij Actieve taken zie je hoe het gaat.',
  },
  audience: {
    label: 'Stuur naar',
    notPreviouslyInvited: 'gebruikers die nog niet eerder zijn uitgenodigd',
    notYetEnrolled: 'gebruikers die nog niet zijn ingeschreven',
  },
  infoStatus: {
    willBeInvited_zero: 'Er worden geen gebruikers uitgenodigd',
    willBeInvited_one: '1 gebruiker wordt uitgenodigd',
    willBeInvited_other: '{{count}} gebruikers worden uitgenodigd',
    noEmail_one: '1 heeft geen e-mailadres',
    noEmail_other: '{{count}} hebben geen e-mailadres',
    notRegisteredYet_one: '1 is nog niet bij Apple geregistreerd',
    notRegisteredYet_other: '{{count}} zijn nog niet bij Apple geregistreerd',
  },
  email: 'E-mail',
  emailPlaceholder: 'naam@school.nl',
  badEmail: 'Typ een e-mailadres zoals naam@school.nl.',
  sendEmail: 'Stuur uitnodigingsmail',
  removeFromProgram: 'Verwijder uit programma…',
  registerAgain: 'Registreer opnieuw…',
  save: 'Bewaar',
  revert: 'Herstel',
  unavailable: {
    notRegistered:
      'Apple heeft deze gebruiker nog niet geregistreerd. Wacht tot de registratie klaar is.',
    enrolled: 'Deze gebruiker is al ingeschreven.',
    notEnabled: 'Schakel distributie via het VPP in en klik eerst op „Bewaar”.',
    nobody: 'Met deze keuze wordt niemand in deze groep uitgenodigd.',
    noEmail: 'Typ eerst het e-mailadres van de gebruiker.',
    saveFirst: 'Bewaar of herstel eerst je wijziging.',
    notInProgram: 'Deze gebruiker doet niet mee aan het programma.',
    notEnrolled:
      'Registreer opnieuw is voor een gebruiker die heeft geaccepteerd met de verkeerde Apple-account.',
  },
  invite: {
    title_one: 'Uitnodiging sturen naar {{name}}?',
    title_other: '{{count}} uitnodigingen sturen?',
    body_one:
      '{{name}} krijgt een e-mail met een knop „Log in”. Na het accepteren kunnen de toegewezen apps en boeken worden ontvangen.',
    body_other:
      'Elke gebruiker hieronder in ‘{{target}}’ krijgt een e-mail met een knop „Log in”. Gebruikers die accepteren, kunnen de toegewezen apps en boeken ontvangen.',
    listLabel: 'Ontvangers',
    more_one: 'en nog 1',
    more_other: 'en nog {{count}}',
    confirm: 'Stuur',
    skipped:
      '{{count}} anderen kunnen nog niet worden uitgenodigd (geen e-mailadres, of nog niet bij Apple geregistreerd).',
  },
  remove: {
    title_one: '{{name}} uit het programma verwijderen?',
    title_other: '{{count}} gebruikers in ‘{{name}}’ uit het programma verwijderen?',
    body: 'Hun app-licenties komen terug bij de school en kunnen aan iemand anders worden toegewezen. Boeken die ze hebben, blijven van hen: een boeklicentie kan nooit worden teruggenomen.',
    confirm: 'Verwijder',
  },
  again: {
    title: '{{name}} opnieuw registreren?',
    body: 'Gebruik dit als {{name}} de uitnodiging heeft geaccepteerd met de verkeerde Apple-account. VPP Console verwijdert de huidige registratie (de app-licenties komen terug), registreert {{name}} opnieuw en stuurt een nieuwe uitnodiging zodra Apple de nieuwe registratie heeft.',
    confirm: 'Registreer opnieuw',
  },
  tasks: {
    registerTitle_one: '{{count}} gebruiker bij Apple registreren',
    registerTitle_other: '{{count}} gebruikers bij Apple registreren',
    retireTitle_one: '{{count}} gebruiker uit het programma verwijderen',
    retireTitle_other: '{{count}} gebruikers uit het programma verwijderen',
    unknownTarget: 'Gebruikers',
    registeredAll_one: 'Apple heeft {{count}} gebruiker geregistreerd.',
    registeredAll_other: 'Apple heeft {{count}} gebruikers geregistreerd.',
    registeredSome:
      'Apple heeft {{succeeded}} van de {{requested}} gebruikers geregistreerd en er {{failed}} geweigerd; de redenen staan hieronder.',
    alreadyRegistered_one: '{{count}} daarvan was al geregistreerd.',
    alreadyRegistered_other: '{{count}} daarvan waren al geregistreerd.',
    retiredAll_one: '{{count}} gebruiker is uit het programma verwijderd.',
    retiredAll_other: '{{count}} gebruikers zijn uit het programma verwijderd.',
    retiredSome:
      '{{succeeded}} van de {{requested}} gebruikers zijn uit het programma verwijderd; Apple weigerde er {{failed}}, om de redenen hieronder.',
    facts: {
      requested: 'Gebruikers',
      registered: 'Geregistreerd',
      retired: 'Verwijderd',
      linked: 'Al geregistreerd',
      alreadyRetired: 'Al verwijderd',
      failed: 'Geweigerd',
      requests: 'Verzoeken aan Apple',
      refusedUsers: 'Geweigerde gebruikers-ID’s',
      reason_one: 'Geweigerd: {{count}} gebruiker (Apple-fout {{number}})',
      reason_other: 'Geweigerd: {{count}} gebruikers (Apple-fout {{number}})',
    },
    // Steps have a base key (the plural form): the task list asks whether a step's key exists.
    steps: {
      registering: 'Gebruikers naar Apple sturen ({{done}} van {{total}})…',
      retiring:
        'Apple vragen gebruikers uit het programma te verwijderen ({{done}} van {{total}})…',
      waitingForApple: 'Wachten op het antwoord van Apple…',
      refused_one: 'Apple weigerde {{count}} gebruiker (Apple-fout {{number}}): {{users}}',
      refused: 'Apple weigerde {{count}} gebruikers (Apple-fout {{number}}): {{users}}',
      refusedUnnamed_one: 'Apple weigerde {{count}} gebruiker (Apple-fout {{number}}).',
      refusedUnnamed: 'Apple weigerde {{count}} gebruikers (Apple-fout {{number}}).',
    },
  },
};

import type { Translation } from './en';

/** Dutch strings, after Apple's own Dutch labels (profile-manager-ui.md §8). */
export const nl: Translation = {
  app: {
    title: 'VPP Console',
    loading: 'VPP Console wordt geopend…',
  },
  connection: {
    needLinkTitle: 'Open de console via de link',
    needLinkBody:
      'Open de console met de link die “npm run web” heeft getoond. Die link bevat een sleutel die alleen voor deze keer starten geldt, zodat alleen jij de console kunt gebruiken.',
    failedTitle: 'De console kon niet starten',
    failedBody: 'De host van de console gaf geen antwoord: {{message}}',
    lost: 'De verbinding met de host van de console is verbroken. Start de host opnieuw en laad deze pagina dan opnieuw.',
    reload: 'Laad opnieuw',
  },
  sidebar: {
    label: 'Navigatiekolom',
    library: 'Bibliotheek',
    vpp: 'VPP',
    activity: 'Activiteit',
    devices: 'Apparaten',
    deviceGroups: 'Apparaatgroepen',
    users: 'Gebruikers',
    groups: 'Groepen',
    apps: 'Apps',
    books: 'Boeken',
    tokens: 'Tokens',
    activeTasks: 'Actieve taken',
    completedTasks: 'Voltooide taken',
    settings: 'Instellingen',
    runningTasks_one: '{{count}} taak bezig',
    runningTasks_other: '{{count}} taken bezig',
  },
  list: {
    search: 'Zoek',
    searchIn: 'Zoek in {{section}}',
    add: 'Voeg toe',
    remove: 'Verwijder',
    addNotYet: 'Toevoegen kan in deze versie nog niet.',
    removeNotYet: 'Verwijderen kan in deze versie nog niet.',
    removeNothingSelected: 'Selecteer eerst een onderdeel.',
    noMatches: 'Niets gevonden voor ‘{{query}}’.',
    count_one: '{{count}} onderdeel',
    count_other: '{{count}} onderdelen',
  },
  detail: {
    tabsLabel: 'Details van {{name}}',
    nothingSelected: 'Selecteer een onderdeel in de lijst om de details te zien.',
    notSet: '—',
    tabs: {
      info: 'Info',
      apps: 'Apps',
      books: 'Boeken',
      devices: 'Apparaten',
      members: 'Leden',
      assignments: 'Toewijzingen',
    },
  },
  users: {
    empty: 'Nog geen gebruikers.',
    emptyHint:
      'Voeg onder VPP → Tokens een inhoudstoken toe en synchroniseer, of importeer gebruikers. Ze verschijnen dan hier.',
    fullName: 'Naam',
    email: 'E-mail',
    clientUserId: 'VPP-gebruikers-ID',
    groups: 'Groepen',
    vppStatus: 'Distributie via het VPP',
    noApps: 'Er zijn geen apps aan deze gebruiker toegewezen.',
    noBooks: 'Er zijn geen boeken aan deze gebruiker toegewezen.',
    noDevices: 'Er zijn geen apparaten aan deze gebruiker toegewezen.',
  },
  vppStatus: {
    none: 'Niet uitgenodigd',
    Registered: 'Uitgenodigd, nog niet ingeschreven',
    Associated: 'Ingeschreven',
    Retired: 'Uit het programma verwijderd',
    Deleted: 'Uit het programma verwijderd',
  },
  groups: {
    empty: 'Nog geen groepen.',
    emptyHint:
      'Groepen verschijnen wanneer je gebruikers met hun klassen importeert. Met een groep nodig je een hele klas tegelijk uit en wijs je er apps aan toe.',
    name: 'Naam',
    memberCount: 'Leden',
    noMembers: 'Deze groep heeft geen leden.',
    noApps: 'Er zijn geen apps aan leden van deze groep toegewezen.',
    noBooks: 'Er zijn geen boeken aan leden van deze groep toegewezen.',
    membersWithIt_one: '{{count}} lid',
    membersWithIt_other: '{{count}} leden',
  },
  devices: {
    empty: 'Nog geen apparaten.',
    emptyHint:
      'Apparaten verschijnen hier zodra ze bij de console zijn ingeschreven. Je kunt dan apps aan een apparaat toewijzen zonder Apple Account.',
    name: 'Naam',
    serialNumber: 'Serienummer',
    model: 'Model',
    osVersion: 'Systeemversie',
    user: 'Gebruiker',
    placeholder: 'Plaatsaanduiding',
    placeholderYes: 'Ja, nog niet ingeschreven',
    placeholderNo: 'Nee',
    noApps: 'Er zijn geen apps aan dit apparaat toegewezen.',
  },
  deviceGroups: {
    empty: 'Nog geen apparaatgroepen.',
    emptyHint:
      'Een apparaatgroep bundelt apparaten, bijvoorbeeld een kar met iPads, zodat je apps aan alle apparaten tegelijk toewijst.',
    name: 'Naam',
    memberCount: 'Apparaten',
    noMembers: 'Deze apparaatgroep heeft geen apparaten.',
    noApps: 'Er zijn geen apps aan apparaten in deze groep toegewezen.',
    devicesWithIt_one: '{{count}} apparaat',
    devicesWithIt_other: '{{count}} apparaten',
  },
  assets: {
    name: 'Naam',
    unnamed: 'Titel {{adamId}}',
    adamId: 'Store-ID',
    pricingParam: 'Kwaliteit',
    pricing: {
      STDQ: 'Standaard',
      PLUS: 'Hoge kwaliteit',
    },
    token: 'Token',
    licences: 'Licenties',
    availability: '{{available}} van {{total}} beschikbaar',
    assignedCount: 'Toegewezen',
    retiredCount: 'Bij verwijderde gebruikers',
    noAssignments: 'Deze titel is nog aan niemand toegewezen.',
    assignedToUser: 'Gebruiker',
    assignedToDevice: 'Apparaat',
    unknownUser: 'VPP-gebruiker {{clientUserId}}',
    unknownDevice: 'Serienummer {{serialNumber}}',
  },
  apps: {
    empty: 'Nog geen apps.',
    emptyHint:
      'Apps verschijnen nadat de console een inhoudstoken heeft gesynchroniseerd (VPP → Tokens): elke app die je school in Apple School Manager heeft gekocht, met het aantal licenties.',
  },
  books: {
    empty: 'Nog geen boeken.',
    emptyHint:
      'Boeken verschijnen nadat de console een inhoudstoken heeft gesynchroniseerd (VPP → Tokens). Boeken kunnen alleen aan gebruikers worden toegewezen, en een toegewezen boek blijft bij de lezer.',
  },
  tokens: {
    empty: 'Nog geen inhoudstokens.',
    emptyHint:
      'Een inhoudstoken verbindt de console met de apps en boeken van je school. Download het in Apple School Manager: selecteer je naam onder in de navigatiekolom en dan Voorkeuren → Betaal- en factuurgegevens.',
    orgName: 'Organisatie',
    location: 'Locatie',
    expiresAt: 'Verloopt',
    state: 'Status',
    lastSyncedAt: 'Laatst gesynchroniseerd',
    never: 'Nooit',
    states: {
      active: 'Actief',
      expiringSoon: 'Verloopt binnenkort',
      expired: 'Verlopen',
      revoked: 'Ingetrokken',
    },
  },
  tasks: {
    activeLabel: 'Actieve taken',
    completedLabel: 'Voltooide taken',
    activeEmpty: 'Er worden geen taken uitgevoerd.',
    activeEmptyHint:
      'Lange taken zoals synchronisaties, uitnodigingen en verbindingscontroles tonen hier hun voortgang. Probeer er een via Instellingen → Controleer verbinding.',
    completedEmpty: 'Nog geen voltooide taken.',
    completedEmptyHint: 'Afgeronde taken verhuizen hierheen vanuit Actieve taken, nieuwste eerst.',
    kinds: {
      checkAppleService: 'Apple-dienst controleren',
    },
    targets: {
      sandbox: 'Ingebouwde sandbox',
    },
    status: {
      queued: 'Wacht',
      running: 'Bezig',
      succeeded: 'Geslaagd',
      failed: 'Mislukt',
      cancelled: 'Geannuleerd',
      interrupted: 'Onderbroken',
    },
    steps: {
      resolving: 'Apple-dienst zoeken…',
      contacting: 'Contact maken met {{url}}…',
      reading: 'Antwoord van de dienst lezen…',
      working: 'Bezig…',
    },
    progressLabel: 'Voortgang van {{title}}',
    progressText: '{{done}} van {{total}}',
    cancel: 'Annuleer',
    cancelTask: 'Annuleer: {{title}}',
    runAgain: 'Voer opnieuw uit',
    runAgainTask: 'Voer opnieuw uit: {{title}}',
    startedAt: 'Gestart {{time}}',
    finishedAt: 'Voltooid {{time}}',
    results: {
      checkAppleService: '{{url}} antwoordde in {{latencyMs}} ms en kent {{errorCodes}} foutcodes.',
    },
  },
  settings: {
    title: 'Instellingen',
    language: {
      heading: 'Algemeen',
      label: 'Taal',
      system: 'Systeem ({{language}})',
      en: 'English',
      nl: 'Nederlands',
    },
    appleService: {
      heading: 'Apple-dienst',
      intro:
        'De dienst waarmee de console voor apps en boeken praat. De ingebouwde sandbox bootst de dienst van Apple na met een demoschool, zodat je alles veilig kunt uitproberen.',
      sandbox: 'Ingebouwde sandbox',
      apple: 'Apple (vpp.itunes.apple.com)',
      custom: 'Aangepaste URL',
      customUrl: 'URL van de dienst',
      customUrlPlaceholder: 'http://127.0.0.1:8080/mdm/v2',
      customUrlInvalid:
        'Voer een volledig adres in dat begint met https://, of met http:// voor een dienst op deze computer, bijvoorbeeld http://127.0.0.1:8080/mdm/v2.',
      customUrlMissing: 'Voer het adres van de dienst in.',
      save: 'Bewaar',
      revert: 'Herstel',
      saved: 'Bewaard.',
      confirmAppleTitle: 'De dienst van Apple gebruiken?',
      confirmAppleBody:
        'De console praat dan met de echte dienst voor Apps en Boeken van Apple. Synchronisaties en toewijzingen wijzigen dan de echte licenties van je school.',
      confirmAppleOk: 'Gebruik Apple',
    },
    check: {
      heading: 'Verbinding',
      button: 'Controleer verbinding',
      running: 'De Apple-dienst wordt gecontroleerd… Zie Actieve taken.',
      succeeded: 'De controle is geslaagd: {{summary}}',
      failed: 'De controle is mislukt: {{error}}',
      lastChecked: 'Laatst gecontroleerd {{time}}',
    },
    about: {
      heading: 'Over',
      version: 'Versie',
      frontDoor: 'Draait in',
      frontDoors: {
        electron: 'Bureaubladapp',
        browser: 'Browser',
      },
      platform: 'Platform',
    },
  },
  sheet: {
    cancel: 'Annuleer',
  },
  errors: {
    internal:
      'Er ging iets onverwachts mis ({{message}}). Probeer het opnieuw; blijft het gebeuren, meld het dan aan de beheerder van de console.',
    task: {
      interrupted: 'De console werd gesloten voordat deze taak klaar was.',
      cancelled: 'De taak is geannuleerd.',
    },
    ipc: {
      untrustedSender:
        'De host van de console weigerde een verzoek van een pagina die hij niet zelf opende.',
      failed:
        'Het verzoek bereikte de host van de console niet. Start de console opnieuw en probeer het nog eens.',
      badPayload: 'De host van de console weigerde het verzoek: {{message}}',
      unknownChannel: 'De host van de console kent dit verzoek niet. Werk de console bij.',
    },
    bridge: {
      disconnected:
        'De verbinding met de host van de console is verbroken. Start de host opnieuw en laad deze pagina dan opnieuw.',
    },
  },
};

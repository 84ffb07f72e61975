import type { Translation } from './en';

/**
 * Dutch strings, after Apple's own Dutch labels (profile-manager-ui.md §8): buttons in Apple's
 * imperative ("Bewaar", "Herstel", "Annuleer"), "je" as Apple's Dutch help writes, typographic
 * quotes („…” inside sentences as Apple's Dutch does, ‘…’ for short labels).
 */
export const nl: Translation = {
  app: {
    title: 'VPP Console',
    loading: 'VPP Console wordt geopend…',
  },
  connection: {
    needLinkTitle: 'Open VPP Console via de link',
    needLinkBody:
      'Open de link die „npm run web” heeft getoond in het Terminal-venster waarin je het hebt gestart. Elke start toont een nieuwe link; een link van een eerdere start werkt niet meer.',
    failedTitle: 'VPP Console kon niet starten',
    failedBody: 'VPP Console gaf geen antwoord: {{message}}',
    lost: 'VPP Console is gestopt. Start het opnieuw met „npm run web” in Terminal en open dan de nieuwe link die daar verschijnt; de link van deze pagina werkt niet meer.',
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
  toolbar: {
    label: 'Taken voor {{section}}',
    add: 'Voeg toe',
    import: 'Importeer',
    sync: 'Synchroniseer nu',
  },
  actions: {
    notYet: '{{action}} kan in deze versie van VPP Console nog niet.',
    selectFirst: 'Selecteer eerst {{item}}.',
    syncNeedsToken:
      'Synchroniseren vraagt om een inhoudstoken, en inhoudstokens toevoegen kan in deze versie van VPP Console nog niet.',
    devices: {
      item: 'een apparaat',
      add: 'Apparaten toevoegen',
      import: 'Apparaten importeren',
      remove: 'Apparaten verwijderen',
    },
    'device-groups': {
      item: 'een apparaatgroep',
      add: 'Apparaatgroepen aanmaken',
      import: 'Apparaatgroepen importeren',
      remove: 'Apparaatgroepen verwijderen',
    },
    users: {
      item: 'een gebruiker',
      add: 'Gebruikers toevoegen',
      import: 'Gebruikers importeren',
      remove: 'Gebruikers verwijderen',
    },
    groups: {
      item: 'een groep',
      add: 'Groepen aanmaken',
      import: 'Groepen importeren',
      remove: 'Groepen verwijderen',
    },
    apps: {
      item: 'een app',
      add: 'Apps toevoegen',
      import: 'Apps importeren',
      remove: 'Apps verwijderen',
    },
    books: {
      item: 'een boek',
      add: 'Boeken toevoegen',
      import: 'Boeken importeren',
      remove: 'Boeken verwijderen',
    },
    tokens: {
      item: 'een inhoudstoken',
      add: 'Inhoudstokens toevoegen',
      import: 'Inhoudstokens importeren',
      remove: 'Inhoudstokens verwijderen',
    },
  },
  list: {
    search: 'Zoek',
    searchIn: 'Zoek in {{section}}',
    add: 'Voeg toe',
    remove: 'Verwijder',
    actionMenu: 'Taakmenu',
    exportCsv: 'Exporteer lijst…',
    nothingToExport: 'Er staat niets in deze lijst om te exporteren.',
    exportFailed: 'De lijst kon niet worden geëxporteerd: {{message}}',
    noResults: 'Geen resultaten',
    noMatches: 'Niets gevonden voor ‘{{query}}’.',
    count_one: '{{count}} onderdeel',
    count_other: '{{count}} onderdelen',
  },
  detail: {
    tabsLabel: 'Details van {{name}}',
    noSelection: 'Geen selectie',
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
    empty: 'Geen gebruikers',
    emptyHint:
      'Leerlingen en medewerkers verschijnen hier zodra ze zijn geïmporteerd of via een inhoudstoken zijn gesynchroniseerd; beide kan in deze versie van VPP Console nog niet.',
    fullName: 'Naam',
    email: 'E-mail',
    noEmail: 'Geen e-mailadres',
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
    empty: 'Geen groepen',
    emptyHint:
      'Klassen en andere groepen gebruikers verschijnen hier, zodat je een hele klas tegelijk uitnodigt en apps geeft; groepen aanmaken kan in deze versie van VPP Console nog niet.',
    name: 'Naam',
    memberCount: 'Leden',
    members_one: '{{count}} lid',
    members_other: '{{count}} leden',
    noMembers: 'Deze groep heeft geen leden.',
    noApps: 'Er zijn geen apps aan leden van deze groep toegewezen.',
    noBooks: 'Er zijn geen boeken aan leden van deze groep toegewezen.',
    membersWithIt_one: '{{count}} lid heeft het',
    membersWithIt_other: '{{count}} leden hebben het',
  },
  devices: {
    empty: 'Geen apparaten',
    emptyHint:
      'iPads, iPhones en Macs verschijnen hier zodra ze bij de console zijn ingeschreven, zodat apps zonder Apple Account naar een apparaat kunnen; apparaten inschrijven kan in deze versie van VPP Console nog niet.',
    name: 'Naam',
    serialNumber: 'Serienummer',
    model: 'Model',
    osVersion: 'Softwareversie',
    user: 'Gebruiker',
    placeholder: 'Plaatsaanduiding',
    placeholderYes: 'Ja, nog niet ingeschreven',
    placeholderNo: 'Nee',
    noApps: 'Er zijn geen apps aan dit apparaat toegewezen.',
  },
  deviceGroups: {
    empty: 'Geen apparaatgroepen',
    emptyHint:
      'Een apparaatgroep bundelt apparaten, bijvoorbeeld een kar met iPads, zodat apps naar alle apparaten tegelijk gaan; apparaatgroepen aanmaken kan in deze versie van VPP Console nog niet.',
    name: 'Naam',
    memberCount: 'Apparaten',
    members_one: '{{count}} apparaat',
    members_other: '{{count}} apparaten',
    noMembers: 'Deze apparaatgroep heeft geen apparaten.',
    noApps: 'Er zijn geen apps aan apparaten in deze groep toegewezen.',
    devicesWithIt_one: '{{count}} apparaat heeft het',
    devicesWithIt_other: '{{count}} apparaten hebben het',
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
    licenses: 'Licenties',
    availability: '{{available}} van {{total}} beschikbaar',
    totalCount: 'Licenties',
    assignedCount: 'Toegewezen',
    availableCount: 'Beschikbaar',
    retiredCount: 'Bij verwijderde gebruikers',
    noAssignments: 'Deze titel is nog aan niemand toegewezen.',
    assignedToUser: 'Gebruiker',
    assignedToDevice: 'Apparaat',
    unknownUser: 'VPP-gebruiker {{clientUserId}}',
    unknownDevice: 'Serienummer {{serialNumber}}',
  },
  apps: {
    empty: 'Geen apps',
    emptyHint:
      'De apps die je school in Apple School Manager heeft gekocht, verschijnen hier met het aantal licenties zodra de console een inhoudstoken synchroniseert; inhoudstokens toevoegen kan in deze versie van VPP Console nog niet.',
    addReason:
      'Apps komen uit de aankopen van je school in Apple School Manager; de console toont ze wanneer hij synchroniseert.',
    removeReason:
      'Apps horen bij de aankopen van je school in Apple School Manager en kunnen hier niet worden verwijderd.',
  },
  books: {
    empty: 'Geen boeken',
    emptyHint:
      'De boeken die je school in Apple School Manager heeft gekocht, verschijnen hier zodra de console een inhoudstoken synchroniseert; inhoudstokens toevoegen kan in deze versie van VPP Console nog niet.',
    addReason:
      'Boeken komen uit de aankopen van je school in Apple School Manager; de console toont ze wanneer hij synchroniseert.',
    removeReason:
      'Boeken horen bij de aankopen van je school in Apple School Manager en kunnen hier niet worden verwijderd.',
  },
  tokens: {
    empty: 'Geen inhoudstokens',
    emptyHint:
      'Een inhoudstoken verbindt de console met de apps en boeken van je school; je downloadt het in Apple School Manager (je naam → Voorkeuren → Betaal- en factuurgegevens → Inhoudstokens), maar het hier toevoegen kan in deze versie van VPP Console nog niet.',
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
    activeEmpty: 'Geen actieve taken',
    activeEmptyHint:
      'Synchronisaties, uitnodigingen en verbindingscontroles tonen hier hun voortgang zolang ze bezig zijn; in deze versie kun je een verbindingscontrole starten.',
    completedEmpty: 'Geen voltooide taken',
    completedEmptyHint:
      'Afgeronde taken komen hier vanuit Actieve taken te staan, nieuwste bovenaan, met wat ze hebben gevonden.',
    tryCheck: 'Controleer verbinding…',
    kinds: {
      checkService: 'Apple-dienst controleren',
      checkSandbox: 'Ingebouwde sandbox controleren',
      checkApple: 'Dienst van Apple controleren',
      checkCustom: 'Dienst op {{host}} controleren',
    },
    targets: {
      sandbox: 'Ingebouwde sandbox',
      thisComputer: 'Op deze computer',
    },
    subjects: {
      service: 'De dienst',
      sandbox: 'De ingebouwde sandbox',
      apple: 'De dienst van Apple',
      custom: 'De dienst op {{host}}',
      serviceObject: 'de dienst',
      sandboxObject: 'de ingebouwde sandbox',
      appleObject: 'de dienst van Apple',
    },
    columns: {
      task: 'Taak',
      target: 'Doel',
      status: 'Status',
      time: 'Tijd',
      action: 'Actie',
    },
    fields: {
      target: 'Doel',
      status: 'Status',
      started: 'Gestart',
      finished: 'Voltooid',
      duration: 'Duur',
      appleError: 'Foutnummer van Apple',
    },
    facts: {
      latency: 'Antwoord binnen',
      milliseconds_one: '{{count}} ms',
      milliseconds_other: '{{count}} ms',
      errorCodes: 'Bekende foutcodes',
      requestsPerSecond: 'Toegestane verzoeken per seconde',
    },
    status: {
      queued: 'Wacht',
      running: 'Bezig',
      cancelling: 'Wordt geannuleerd…',
      succeeded: 'Geslaagd',
      failed: 'Mislukt',
      cancelled: 'Geannuleerd',
      interrupted: 'Onderbroken',
    },
    outcomes: {
      cancelled: 'Geannuleerd voordat de taak klaar was.',
      interrupted: 'VPP Console werd gesloten voordat deze taak klaar was.',
    },
    steps: {
      resolving: 'Apple-dienst zoeken…',
      contacting: 'Contact maken met {{service}}…',
      reading: 'Antwoord van de dienst lezen…',
      working: 'Bezig…',
    },
    stepsLabel: 'Stappen',
    progressLabel: 'Voortgang van ‘{{title}}’',
    progressText: '{{done}} van {{total}}',
    cancel: 'Annuleer taak',
    cancelTask: 'Annuleer ‘{{title}}’',
    alreadyCancelling: 'Deze taak wordt al geannuleerd.',
    runAgain: 'Opnieuw',
    runAgainTask: '‘{{title}}’ opnieuw',
    cannotRunAgain:
      'Deze taak is gestart door een oudere versie van VPP Console en kan niet opnieuw worden uitgevoerd.',
    clear: 'Wis',
    clearTitle: 'Voltooide taken wissen?',
    clearBody_one:
      'De voltooide taak wordt uit deze lijst verwijderd. Taken die nog bezig zijn, blijven in Actieve taken staan.',
    clearBody_other:
      'Alle {{count}} voltooide taken worden uit deze lijst verwijderd. Taken die nog bezig zijn, blijven in Actieve taken staan.',
    nothingToClear: 'Er zijn geen voltooide taken om te wissen.',
    results: {
      answered: '{{service}} gaf antwoord.',
    },
  },
  settings: {
    title: 'Instellingen',
    panesLabel: 'Onderdelen van Instellingen',
    panes: {
      general: 'Algemeen',
      appleService: 'Apple-dienst',
    },
    save: 'Bewaar',
    revert: 'Herstel',
    saved: 'Bewaard.',
    language: {
      heading: 'Taal',
      label: 'Taal',
      system: 'Systeem ({{language}})',
      en: 'English',
      nl: 'Nederlands',
    },
    appleService: {
      heading: 'Apple-dienst',
      intro:
        'De dienst die VPP Console voor apps en boeken gebruikt. De ingebouwde sandbox bootst de dienst van Apple na op deze computer, met een demoschool, en wijzigt niets bij Apple.',
      service: 'Dienst',
      sandbox: 'Ingebouwde sandbox',
      apple: 'Apple (vpp.itunes.apple.com)',
      custom: 'Aangepaste URL',
      customUrl: 'URL van de dienst',
      customUrlPlaceholder: 'http://127.0.0.1:4781/mdm/v2',
      customUrlInvalid:
        'Voer een volledig adres in dat begint met https://, of met http:// voor een dienst op deze computer, bijvoorbeeld http://127.0.0.1:4781/mdm/v2.',
      customUrlMissing: 'Voer het adres van de dienst in.',
      confirmAppleTitle: 'Dienst van Apple gebruiken?',
      confirmAppleBody:
        'VPP Console gebruikt dan de echte dienst voor Apps en Boeken van Apple. Synchronisaties en toewijzingen wijzigen dan de echte licenties van je school.',
      confirmAppleOk: 'Gebruik Apple',
    },
    check: {
      button: 'Controleer verbinding',
      cancel: 'Annuleer',
      running: 'De dienst hierboven wordt gecontroleerd…',
      lastChecked: 'Gecontroleerd {{time}}',
    },
    about: {
      heading: 'Over VPP Console',
      version: 'Versie',
      frontDoor: 'Draait in',
      frontDoors: {
        electron: 'Bureaubladapp',
        browser: 'Webbrowser',
      },
      platform: 'Systeem',
    },
  },
  sheet: {
    cancel: 'Annuleer',
  },
  errors: {
    internal:
      'Er ging iets onverwachts mis ({{message}}). Probeer het opnieuw; blijft het gebeuren, meld het dan aan de beheerder van VPP Console.',
    task: {
      interrupted: 'VPP Console werd gesloten voordat deze taak klaar was.',
      cancelled: 'De taak is geannuleerd.',
      badParams:
        'Bij deze verbindingscontrole staat niet welke dienst ze moet controleren, dus ze kan niet worden uitgevoerd. Start een nieuwe controle via Instellingen → Apple-dienst.',
    },
    tasks: {
      tooMany:
        'Er wachten te veel taken. Laat er eerst een paar klaar zijn en probeer het dan opnieuw.',
    },
    ipc: {
      untrustedSender: 'VPP Console weigerde een verzoek van een pagina die het niet zelf opende.',
      failed:
        'Het verzoek bereikte VPP Console niet. Stop VPP Console, start het opnieuw en probeer het nog eens.',
      badPayload: 'VPP Console weigerde het verzoek: {{message}}',
      unknownChannel: 'VPP Console kent dit verzoek niet. Werk VPP Console bij.',
    },
    bridge: {
      disconnected:
        'VPP Console is gestopt. Start het opnieuw met „npm run web” in Terminal en open dan de nieuwe link die daar verschijnt.',
    },
  },
};

import type { Translation } from './en';

/**
 * Dutch strings, after Apple's own Dutch labels (profile-manager-ui.md §8): buttons in Apple's
 * imperative ("Bewaar", "Herstel", "Annuleer"), "je" as Apple's Dutch help writes, typographic
 * quotes („…” inside sentences as Apple's Dutch does, ‘…’ for short labels).
 */
import { directoryNl } from './nl/directory';
import { importerNl } from './nl/importer';
import { mailNl } from './nl/mail';
import { invitationsNl } from './nl/invitations';
import { vppNl } from './nl/vpp';

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
      'Voeg eerst in Tokens een inhoudstoken toe; ‘Synchroniseer nu’ haalt dan de apps en boeken op.',
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
    show: 'Toon',
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
      'Hier staan leerlingen en medewerkers. Voeg ze een voor een toe met +, of importeer een CSV-bestand met ‘Importeer’.',
    fullName: 'Naam',
    shortName: 'Korte naam',
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
      'Hier staan klassen en andere groepen gebruikers, zodat je een hele klas tegelijk uitnodigt en apps geeft. Maak er een aan met +.',
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
      'Hier staan iPads, iPhones en Macs, zodat apps zonder Apple Account naar een apparaat kunnen. Voeg er een toe met + met naam en serienummer, of importeer een CSV-bestand met ‘Importeer’.',
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
      'Een apparaatgroep bundelt apparaten, bijvoorbeeld een kar met iPads, zodat apps naar alle apparaten tegelijk gaan. Maak er een aan met +.',
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
    adamId: 'Apple ID',
    pricingParam: 'Kwaliteit',
    pricing: {
      STDQ: 'Standaard',
      PLUS: 'Hoge kwaliteit',
    },
    token: 'Token',
    bundleId: 'Bundel-ID',
    developer: 'Ontwikkelaar',
    publisher: 'Uitgever',
    availability: '{{available}} van {{total}} beschikbaar',
    totalCount: 'Totaal',
    assignedCount: 'Toegewezen',
    availableCount: 'Beschikbaar',
    retiredCount: 'Buiten gebruik',
    assignTo: 'Toewijzen aan',
    usersAndDevices: 'Gebruikers en apparaten',
    usersOnly: 'Alleen gebruikers',
    revocable: 'Intrekbaar',
    revocableYes: 'Ja',
    revocableNo: 'Nee, een toegewezen licentie blijft bij de gebruiker',
    platforms: 'Platforms',
    platformNames: {
      iOS: 'iPhone en iPad',
      macOS: 'Mac',
      tvOS: 'Apple TV',
      watchOS: 'Apple Watch',
      visionOS: 'Apple Vision Pro',
    },
    lastSync: 'Laatst gesynchroniseerd',
    nextSync: 'Volgende synchronisatie',
    never: 'Nooit',
    notScheduled: 'Niet gepland',
    syncing: 'Wordt nu gesynchroniseerd…',
    booksNote:
      'Boeken worden alleen aan gebruikers toegewezen en kunnen, eenmaal toegewezen, niet worden ingetrokken of opnieuw worden toegewezen.',
    drift_one:
      'Apple telt {{count}} licentie in gebruik; deze console kent er {{local}}. Synchroniseer nu om dit te herstellen.',
    drift_other:
      'Apple telt {{count}} licenties in gebruik; deze console kent er {{local}}. Synchroniseer nu om dit te herstellen.',
    driftMarker: 'Aantallen wijken af van die van Apple',
    driftSyncing:
      'Dit token wordt nu gesynchroniseerd; daarna worden de aantallen opnieuw gecontroleerd.',
    syncNeedsToken:
      'Voeg eerst in Tokens een inhoudstoken toe; ‘Synchroniseer nu’ haalt dan de apps en boeken op.',
    syncFailed: 'Synchroniseren is niet gestart: {{message}}',
    goToTokens: 'Ga naar Tokens',
    noAssignments: 'Deze titel is nog aan niemand toegewezen.',
    assignedToUser: 'Gebruiker',
    assignedToDevice: 'Apparaat',
    unknownUser: 'VPP-gebruiker {{clientUserId}}',
    unknownDevice: 'Serienummer {{serialNumber}}',
  },
  apps: {
    empty: 'Geen apps',
    emptyHint:
      'De apps die je school in Apple School Manager heeft gekocht, verschijnen hier met het aantal licenties nadat er in Tokens een inhoudstoken is toegevoegd.',
    addReason:
      'Apps komen uit de aankopen van je school in Apple School Manager; de console toont ze wanneer hij synchroniseert.',
    removeReason:
      'Apps horen bij de aankopen van je school in Apple School Manager en kunnen hier niet worden verwijderd.',
  },
  books: {
    empty: 'Geen boeken',
    emptyHint:
      'De boeken die je school in Apple School Manager heeft gekocht, verschijnen hier met het aantal licenties nadat er in Tokens een inhoudstoken is toegevoegd.',
    addReason:
      'Boeken komen uit de aankopen van je school in Apple School Manager; de console toont ze wanneer hij synchroniseert.',
    removeReason:
      'Boeken horen bij de aankopen van je school in Apple School Manager en kunnen hier niet worden verwijderd.',
  },
  report: {
    title: 'Licentierapport',
    empty: 'Geen titels',
    emptyHint:
      'Alle apps en boeken die je school heeft gekocht, verschijnen hier met hun aantal licenties nadat er in Tokens een inhoudstoken is toegevoegd.',
    columns: {
      name: 'Naam',
      type: 'Soort',
      token: 'Token',
      total: 'Totaal',
      assigned: 'Toegewezen',
      available: 'Beschikbaar',
      retired: 'Buiten gebruik',
      use: 'In gebruik',
    },
    types: {
      App: 'App',
      Book: 'Boek',
    },
    totals_one: 'Totaal ({{titles}} titel)',
    totals_other: 'Totaal ({{titles}} titels)',
  },
  tokens: {
    empty: 'Geen tokens',
    emptyHint:
      'Voeg het inhoudstoken van de locatie van je school toe, dan verschijnen de apps en boeken ervan in de console. Een beheerder downloadt het in Apple School Manager (je naam → Voorkeuren → Betaal- en factuurgegevens → Inhoudstokens).',
    emptyDemo:
      'Met de ingebouwde sandbox biedt ‘Voeg token toe…’ ook een demotoken om de console mee uit te proberen.',
    orgName: 'Organisatie',
    location: 'Locatie',
    country: 'Land of regio',
    service: 'Apple-dienst',
    expiresAt: 'Verloopt',
    state: 'Status',
    addedAt: 'Toegevoegd',
    renewedAt: 'Vernieuwd',
    neverRenewed: 'Nog niet vernieuwd',
    inDays_one: 'over {{count}} dag',
    inDays_other: 'over {{count}} dagen',
    daysAgo_one: '{{count}} dag geleden',
    daysAgo_other: '{{count}} dagen geleden',
    today: 'vandaag',
    types: {
      education: 'Onderwijs (Apple School Manager)',
      business: 'Zakelijk (Apple Business Manager)',
    },
    health: {
      ok: 'Actief',
      expiresIn_one: 'Verloopt over {{count}} dag',
      expiresIn_other: 'Verloopt over {{count}} dagen',
      expired: 'Verlopen',
      revoked: 'Ingetrokken',
    },
    mdm: {
      label: 'MDM',
      anotherProduct: 'een ander MDM',
      usedBy: 'In gebruik bij {{name}}',
      takenBy: 'Overgenomen door {{name}}',
      ours: 'VPP Console',
      none: 'Door geen enkel MDM beheerd',
      otherExplained:
        'Een ander MDM, {{name}}, gebruikt deze locatie. Apple staat één MDM per locatie toe, dus VPP Console kan de apps en boeken van „{{location}}” wel tonen maar pas toewijzen als het de locatie overneemt (‘Neem over…’); {{name}} beheert ze daarna niet meer.',
      takenFromUsExplained:
        '{{name}} heeft „{{location}}” overgenomen nadat VPP Console de locatie had toegevoegd. Apple staat één MDM per locatie toe, dus VPP Console kan de apps en boeken niet meer toewijzen; met ‘Neem over…’ krijgt VPP Console de locatie terug en beheert {{name}} ze niet meer.',
    },
    syncState: {
      syncing: 'Bezig met synchroniseren…',
      failed: 'Laatste synchronisatie mislukt',
      synced: 'Gesynchroniseerd {{time}}',
      never: 'Nog niet gesynchroniseerd',
    },
    fields: {
      registration: 'Registratie',
      registerManagedAppleIds: 'Registreer gebruikers met een beheerde Apple ID zonder uitnodiging',
      registerManagedAppleIdsHint:
        'Gebruikers met een beheerde Apple ID worden meteen ingeschreven, zonder e-mail; de anderen krijgen een uitnodiging.',
      name: 'Naam',
      description: 'Beschrijving',
      categories: 'Categorieën',
      categoriesPlaceholder: 'Hoofdgebouw, Dependance',
      categoriesHint: 'Scheid categorieën met komma’s.',
      appleId: 'Apple ID',
      appleIdPlaceholder: 'Het account dat het token heeft gedownload',
      type: 'Soort',
      nameMissing: 'Geef het token een naam.',
    },
    add: {
      title: 'Token toevoegen',
      intro:
        'Kies het inhoudstoken van je locatie: het .vpptoken-bestand dat een beheerder downloadt in Apple School Manager of Apple Business Manager (je naam → Voorkeuren → Betaal- en factuurgegevens → Inhoudstokens). VPP Console vraagt Apple ernaar en toont het antwoord voordat er iets wordt bewaard.',
      chooseFile: 'Kies bestand…',
      dropHere: 'Sleep het .vpptoken-bestand hierheen',
      asking: 'Apple wordt naar het token gevraagd…',
      demo: 'Voeg demotoken toe',
      demoHint: 'De demoschool van de ingebouwde sandbox, om de console mee uit te proberen.',
      appleSays:
        'Dit zegt Apple over het token. Controleer de locatie, geef het token een naam en klik op ‘Voeg toe’.',
      alreadyAdded:
        'Deze locatie is al toegevoegd als „{{name}}”. Wil je dit nieuwere bestand gebruiken, selecteer dan „{{name}}” en kies ‘Vernieuw token…’ in het taakmenu.',
      showExisting: 'Toon token',
      confirm: 'Voeg toe',
      chooseOther: 'Kies een ander bestand…',
      tooLarge:
        'Dit bestand is te groot voor een inhoudstoken (een tokenbestand is ongeveer 1 kB). Kies het .vpptoken-bestand dat je hebt gedownload via Apple School Manager of Apple Business Manager.',
      dropAnywhere: 'Laat het inhoudstoken los om het toe te voegen',
    },
    renew: {
      title: '„{{name}}” vernieuwen',
      intro:
        'Kies het nieuwe tokenbestand voor „{{name}}”, gedownload door een beheerder in {{manager}} (je naam → Voorkeuren → Betaal- en factuurgegevens → Inhoudstokens). Het vervangt het huidige token; alle gegevens blijven bewaard.',
      replaces:
        'Het nieuwe token vervangt het huidige voor deze locatie. De apps, boeken, toewijzingen en gebruikers blijven zoals ze zijn.',
      confirm: 'Vernieuw',
    },
    remove: {
      title: '„{{name}}” verwijderen?',
      confirm: 'Verwijder',
      body: 'De kopie in deze console van de {{apps}}, {{books}}, {{assignments}} en {{users}} wordt ermee verwijderd.',
      apps_one: '{{count}} app',
      apps_other: '{{count}} apps',
      books_one: '{{count}} boek',
      books_other: '{{count}} boeken',
      assignments_one: '{{count}} toewijzing',
      assignments_other: '{{count}} toewijzingen',
      users_one: '{{count}} VPP-gebruiker',
      users_other: '{{count}} VPP-gebruikers',
      apple:
        'Bij Apple verandert niets: de licenties en hun toewijzingen blijven zoals ze zijn, en je kunt het token later opnieuw toevoegen.',
    },
    takeOver: {
      title: '„{{location}}” overnemen?',
      confirm: 'Neem over',
      body: 'Apple staat één MDM per locatie toe. Door over te nemen laat je Apple weten dat VPP Console „{{location}}” nu beheert; {{other}} beheert de apps en boeken ervan dan niet meer.',
    },
    actions: {
      add: 'Voeg token toe…',
      renew: 'Vernieuw token…',
      takeOver: 'Neem over…',
      nothingToSync: 'Er zijn geen tokens om te synchroniseren. Voeg eerst een token toe.',
      lockedReason: 'De tokens zijn vergrendeld: voer eerst het kluiswachtwoord in.',
      alreadyOurs: 'VPP Console beheert de locatie van dit token al.',
    },
    info: {
      fromApple: 'Van Apple',
      sync: 'Synchronisatie',
    },
    sync: {
      last: 'Laatste synchronisatie',
      next: 'Volgende synchronisatie',
      notScheduled: 'Niet gepland',
      outcome: 'Laatste resultaat',
      outcomes: {
        succeeded: 'Geslaagd',
        failed: 'Mislukt',
      },
      drift_one: '{{count}} titel wijkt af van Apple — synchroniseer nu om dat te herstellen.',
      drift_other: '{{count}} titels wijken af van Apple — synchroniseer nu om dat te herstellen.',
    },
  },
  vault: {
    setTitle: 'Kluiswachtwoord instellen',
    enterTitle: 'Kluiswachtwoord invoeren',
    set: 'Stel in',
    unlock: 'Ontgrendel',
    setIntro:
      'VPP Console bewaart je inhoudstokens op deze computer in een kluis, beveiligd met een wachtwoord dat je nu kiest. Je voert het één keer in, telkens als VPP Console start.',
    setWarning:
      'Het wachtwoord kan niet worden hersteld. Vergeet je het, dan moeten de tokens opnieuw worden gedownload en toegevoegd; bewaar het dus op een veilige plek.',
    enterIntro:
      'VPP Console heeft het kluiswachtwoord nodig om je inhoudstokens te gebruiken; synchroniseren kan pas als het is ingevoerd. Je hebt het ingesteld toen je het eerste token toevoegde.',
    passphrase: 'Wachtwoord',
    verify: 'Verifieer',
    tooShort_one: 'Gebruik minstens {{count}} teken.',
    tooShort_other: 'Gebruik minstens {{count}} tekens.',
    mismatch: 'De twee wachtwoorden zijn niet gelijk. Typ in beide velden hetzelfde wachtwoord.',
    enterFirst: 'Voer het wachtwoord in.',
    wrong: 'Dat wachtwoord klopt niet. Controleer het en probeer het opnieuw.',
    lockedBanner:
      'De tokens zijn vergrendeld en kunnen pas synchroniseren als het kluiswachtwoord is ingevoerd.',
    enterButton: 'Voer wachtwoord in…',
  },
  banners: {
    more_one: 'Nog {{count}} token vraagt aandacht.',
    more_other: 'Nog {{count}} tokens vragen aandacht.',
    show: 'Toon',
    expired:
      'Het inhoudstoken „{{name}}” is verlopen en kan niet meer synchroniseren. Een beheerder van {{manager}} downloadt een nieuw token (via de eigen naam → Voorkeuren → Betaal- en factuurgegevens → Inhoudstokens); kies daarna hier ‘Vernieuw token…’.',
    revoked:
      'Apple heeft het inhoudstoken „{{name}}” ingetrokken (er is een nieuwer token gedownload, of het wachtwoord van het account dat het downloadde is gewijzigd), dus het kan niet synchroniseren. Een beheerder van {{manager}} downloadt het huidige token (via de eigen naam → Voorkeuren → Betaal- en factuurgegevens → Inhoudstokens); kies daarna hier ‘Vernieuw token…’.',
    expiringSoon_one:
      'Het inhoudstoken „{{name}}” verloopt over {{count}} dag. Een beheerder van {{manager}} downloadt een nieuw token (via de eigen naam → Voorkeuren → Betaal- en factuurgegevens → Inhoudstokens); kies daarna hier ‘Vernieuw token…’.',
    expiringSoon_other:
      'Het inhoudstoken „{{name}}” verloopt over {{count}} dagen. Een beheerder van {{manager}} downloadt een nieuw token (via de eigen naam → Voorkeuren → Betaal- en factuurgegevens → Inhoudstokens); kies daarna hier ‘Vernieuw token…’.',
    otherMdm:
      '{{other}} beheert de locatie van „{{name}}”. Apple staat één MDM per locatie toe, dus VPP Console kan de apps en boeken ervan pas toewijzen als je de locatie overneemt.',
    takenFromUs:
      'Een ander product, {{other}}, heeft de locatie van „{{name}}” inmiddels overgenomen, dus VPP Console beheert de apps en boeken ervan niet meer. Met ‘Neem over…’ krijg je de locatie terug.',
  },
  notices: {
    heading: 'Meldingen',
    intro:
      'VPP Console kan je met een melding laten weten dat een inhoudstoken bijna verloopt, ook als je naar een ander tabblad kijkt.',
    allow: 'Sta meldingen toe…',
    allowed: 'Meldingen zijn toegestaan voor deze pagina.',
    blocked:
      'Meldingen staan uit voor deze pagina. Zet ze aan in de website-instellingen van de browser.',
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
      syncWaitingForWindow: 'Wachten tot een venster van VPP Console opengaat…',
      syncStarting: 'Synchronisatie starten…',
      sync: {
        assets: 'Apps en boeken van Apple lezen…',
        users: 'Gebruikers van Apple lezen…',
        assignments: 'Toewijzingen van Apple lezen…',
      },
      syncRestarted: 'De gegevens bij Apple veranderden tijdens het lezen. Opnieuw lezen…',
      syncChecking: 'Licentieaantallen vergelijken met Apple…',
      sendingInvitations:
        'Uitnodigingen versturen: {{sent}} verstuurd, {{failed}} mislukt, nog {{left}}…',
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
    sync: {
      titleFull: 'Synchroniseer “{{token}}”',
      titleDelta: 'Synchroniseer wijzigingen van “{{token}}”',
      titleUnknown: 'Synchroniseer een inhoudstoken',
      unknownToken: 'Een inhoudstoken',
      doneFull_one: '{{count}} gegeven van Apple gesynchroniseerd.',
      doneFull_other: '{{count}} gegevens van Apple gesynchroniseerd.',
      doneDelta_one: '{{count}} gewijzigd gegeven van Apple gesynchroniseerd.',
      doneDelta_other: '{{count}} gewijzigde gegevens van Apple gesynchroniseerd.',
      drifted_one: 'Bij {{count}} titel wijkt het aantal licenties af van dat van Apple.',
      drifted_other: 'Bij {{count}} titels wijkt het aantal licenties af van dat van Apple.',
      facts: {
        assets: 'Apps en boeken',
        users: 'Gebruikers',
        assignments: 'Toewijzingen',
        pages: 'Pagina’s gelezen',
        driftedAssets: 'Titels die afwijken van Apple',
      },
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
    sync: {
      pane: 'Synchronisatie',
      heading: 'Synchroniseren met Apple',
      intro:
        'VPP Console vraagt Apple voor elk inhoudstoken wat er is veranderd: nieuwe aankopen, aantallen licenties en toewijzingen.',
      interval: 'Zoek naar wijzigingen',
      everyMinutes: 'Elke {{count}} minuten',
      everyHours_one: 'Elk uur',
      everyHours_other: 'Elke {{count}} uur',
      fullSyncNote:
        'Een volledige synchronisatie, die ook verwijdert wat Apple niet meer heeft, gebeurt elke {{days}} dagen en telkens wanneer je op ‘Synchroniseer nu’ klikt.',
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
    registration: {
      batchGone:
        'De lijst met gebruikers van deze registratie wordt niet meer bewaard. Selecteer de gebruikers of de groep opnieuw en klik op „Bewaar”.',
    },
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
    sync: {
      windowClosed:
        'Het venster van VPP Console werd gesloten tijdens de synchronisatie. De synchronisatie loopt opnieuw zodra er een venster open is.',
      writeFailed:
        'De gesynchroniseerde gegevens konden niet op deze computer worden bewaard ({{message}}). Is de schijf vol, maak dan ruimte en kies ‘Synchroniseer nu’.',
      sessionClosed: 'De synchronisatie is beëindigd.',
    },
    // Tokenbestanden en inhoudstokens; de overige tokenFile.*-codes staan in shared/apple-errors.
    tokenFile: {
      tooLarge:
        'Het gekozen bestand ({{kilobytes}} kB) is veel te groot voor een inhoudstoken, dat ongeveer 1 kB is. Kies het .vpptoken-bestand dat je hebt gedownload via Apple School Manager of Apple Business Manager.',
      innerToken:
        'Dit is het token uit een .vpptoken-bestand, niet het bestand zelf. Kies het gedownloade .vpptoken-bestand in plaats van tekst die eruit is gekopieerd.',
      expired:
        'Dit inhoudstoken is verlopen op {{date}}. Download een nieuw token via Apple School Manager of Apple Business Manager (je naam onder in de navigatiekolom → Voorkeuren → Betaal- en factuurgegevens → Inhoudstokens) en voeg dat toe.',
    },
    tokens: {
      pathFromBrowser:
        'Kies of sleep in een webbrowser het tokenbestand zelf; VPP Console kan bestanden op deze computer niet via hun pad openen.',
      fileUnreadable:
        'Het bestand „{{fileName}}” kon niet worden gelezen ({{reason}}). Controleer of het nog bestaat en of je het mag openen, en kies het dan opnieuw.',
      demoNeedsSandbox:
        'Het demotoken werkt alleen met de ingebouwde sandbox. Kies eerst ‘Ingebouwde sandbox’ via Instellingen → Apple-dienst, of voeg het eigen token van je school toe.',
      noLocation:
        'Apple koppelt dit token niet aan een locatie, dus het is geen inhoudstoken van een locatie. Download het inhoudstoken van een locatie via Apple School Manager of Apple Business Manager (je naam onder in de navigatiekolom → Voorkeuren → Betaal- en factuurgegevens → Inhoudstokens).',
      draftExpired:
        'Het tokenbestand is te lang geleden gelezen, of VPP Console is intussen opnieuw gestart. Kies het bestand opnieuw.',
      duplicate:
        'De locatie „{{location}}” is al toegevoegd als „{{name}}”. Wil je dit bestand ervoor gebruiken, selecteer dan „{{name}}” en kies ‘Vernieuw token…’ in het taakmenu.',
      renewOtherLocation:
        'Dit bestand is het inhoudstoken van „{{fileLocation}}”, niet van „{{tokenLocation}}”. Voeg het toe als nieuw token, of kies het bestand dat voor „{{tokenLocation}}” is gedownload.',
      notFound:
        'Dit inhoudstoken staat niet meer in VPP Console; misschien heeft een ander venster het verwijderd.',
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
  directory: directoryNl,
  importer: importerNl,
  mail: mailNl,
  invitations: invitationsNl,
  vpp: vppNl,
};

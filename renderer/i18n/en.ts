/**
 * English strings, in Apple's US English as Profile Manager used it (labels from
 * shared/reference/profile-manager-ui.md §8), with typographic apostrophes and quotes.
 * nl.ts must have exactly the same keys (checked by the type below and by a unit test).
 */
import { directoryEn } from './en/directory';
import { importerEn } from './en/importer';
import { mailEn } from './en/mail';
import { invitationsEn } from './en/invitations';
import { vppEn } from './en/vpp';

export const en = {
  app: {
    title: 'VPP Console',
    loading: 'Opening VPP Console…',
  },
  connection: {
    needLinkTitle: 'Open VPP Console with its link',
    needLinkBody:
      'Open the link that “npm run web” printed in the Terminal window where you started it. Each start prints a new link, and a link from an earlier start no longer works.',
    failedTitle: 'VPP Console could not start',
    failedBody: 'VPP Console didn’t answer: {{message}}',
    lost: 'VPP Console has stopped. Start it again with “npm run web” in Terminal, then open the new link it prints there; this page’s link no longer works.',
    reload: 'Reload',
  },
  sidebar: {
    label: 'Sidebar',
    library: 'Library',
    vpp: 'VPP',
    activity: 'Activity',
    devices: 'Devices',
    deviceGroups: 'Device Groups',
    users: 'Users',
    groups: 'Groups',
    apps: 'Apps',
    books: 'Books',
    tokens: 'Tokens',
    activeTasks: 'Active Tasks',
    completedTasks: 'Completed Tasks',
    settings: 'Settings',
    runningTasks_one: '{{count}} task running',
    runningTasks_other: '{{count}} tasks running',
  },
  toolbar: {
    label: '{{section}} actions',
    add: 'Add',
    import: 'Import',
    sync: 'Sync Now',
  },
  actions: {
    notYet: '{{action}} isn’t possible in this version of VPP Console yet.',
    selectFirst: 'Select {{item}} first.',
    syncNeedsToken:
      'Add a content token in Tokens first; Sync Now then brings in its apps and books.',
    devices: {
      item: 'a device',
      add: 'Adding devices',
      import: 'Importing devices',
      remove: 'Deleting devices',
    },
    'device-groups': {
      item: 'a device group',
      add: 'Creating device groups',
      import: 'Importing device groups',
      remove: 'Deleting device groups',
    },
    users: {
      item: 'a user',
      add: 'Adding users',
      import: 'Importing users',
      remove: 'Deleting users',
    },
    groups: {
      item: 'a group',
      add: 'Creating groups',
      import: 'Importing groups',
      remove: 'Deleting groups',
    },
    apps: {
      item: 'an app',
      add: 'Adding apps',
      import: 'Importing apps',
      remove: 'Removing apps',
    },
    books: {
      item: 'a book',
      add: 'Adding books',
      import: 'Importing books',
      remove: 'Removing books',
    },
    tokens: {
      item: 'a content token',
      add: 'Adding content tokens',
      import: 'Importing content tokens',
      remove: 'Removing content tokens',
    },
  },
  list: {
    show: 'Show',
    search: 'Search',
    searchIn: 'Search {{section}}',
    add: 'Add',
    remove: 'Delete',
    actionMenu: 'Action',
    exportCsv: 'Export List…',
    nothingToExport: 'There’s nothing in this list to export.',
    exportFailed: 'The list could not be exported: {{message}}',
    noResults: 'No Results',
    noMatches: 'Nothing matches “{{query}}”.',
    count_one: '{{count}} item',
    count_other: '{{count}} items',
  },
  detail: {
    tabsLabel: '{{name}} details',
    noSelection: 'No Selection',
    notSet: '—',
    tabs: {
      info: 'About',
      apps: 'Apps',
      books: 'Books',
      devices: 'Devices',
      members: 'Members',
      assignments: 'Assignments',
    },
  },
  users: {
    empty: 'No Users',
    emptyHint:
      'Pupils and staff are listed here. Add them one by one with +, or import a CSV file of them with Import.',
    fullName: 'Name',
    shortName: 'Short Name',
    email: 'Email',
    noEmail: 'No email address',
    clientUserId: 'VPP user ID',
    groups: 'Groups',
    vppStatus: 'VPP Managed Distribution',
    noApps: 'No apps are assigned to this user.',
    noBooks: 'No books are assigned to this user.',
    noDevices: 'No devices are assigned to this user.',
  },
  vppStatus: {
    none: 'Not invited',
    Registered: 'Invited, not enrolled yet',
    Associated: 'Enrolled',
    Retired: 'Removed from the program',
    Deleted: 'Removed from the program',
  },
  groups: {
    empty: 'No Groups',
    emptyHint:
      'Classes and other groups of users are listed here, so a whole class can be invited and given apps at once. Create one with +.',
    name: 'Name',
    memberCount: 'Members',
    members_one: '{{count}} member',
    members_other: '{{count}} members',
    noMembers: 'This group has no members.',
    noApps: 'No apps are assigned to members of this group.',
    noBooks: 'No books are assigned to members of this group.',
    membersWithIt_one: '{{count}} member has it',
    membersWithIt_other: '{{count}} members have it',
  },
  devices: {
    empty: 'No Devices',
    emptyHint:
      'iPads, iPhones and Macs are listed here, so apps can go to a device without an Apple Account. Add one with + by its name and serial number, or import a CSV file of them with Import.',
    name: 'Name',
    serialNumber: 'Serial Number',
    model: 'Model',
    osVersion: 'Software Version',
    user: 'User',
    placeholder: 'Placeholder',
    placeholderYes: 'Yes, not enrolled yet',
    placeholderNo: 'No',
    noApps: 'No apps are assigned to this device.',
  },
  deviceGroups: {
    empty: 'No Device Groups',
    emptyHint:
      'A device group gathers devices, such as a cart of iPads, so apps can go to all of them at once. Create one with +.',
    name: 'Name',
    memberCount: 'Devices',
    members_one: '{{count}} device',
    members_other: '{{count}} devices',
    noMembers: 'This device group has no devices.',
    noApps: 'No apps are assigned to devices in this group.',
    devicesWithIt_one: '{{count}} device has it',
    devicesWithIt_other: '{{count}} devices have it',
  },
  assets: {
    name: 'Name',
    unnamed: 'Title {{adamId}}',
    adamId: 'Apple ID',
    pricingParam: 'Quality',
    pricing: {
      STDQ: 'Standard',
      PLUS: 'High quality',
    },
    token: 'Token',
    bundleId: 'Bundle ID',
    developer: 'Developer',
    publisher: 'Publisher',
    availability: '{{available}} of {{total}} available',
    totalCount: 'Total',
    assignedCount: 'Assigned',
    availableCount: 'Available',
    retiredCount: 'Retired',
    assignTo: 'Assign To',
    usersAndDevices: 'Users and devices',
    usersOnly: 'Users only',
    revocable: 'Revocable',
    revocableYes: 'Yes',
    revocableNo: 'No, a license stays with its user once assigned',
    platforms: 'Platforms',
    platformNames: {
      iOS: 'iPhone and iPad',
      macOS: 'Mac',
      tvOS: 'Apple TV',
      watchOS: 'Apple Watch',
      visionOS: 'Apple Vision Pro',
    },
    lastSync: 'Last Synced',
    nextSync: 'Next Sync',
    never: 'Never',
    notScheduled: 'Not scheduled',
    syncing: 'Syncing now…',
    booksNote:
      'Books are assigned to users only and, once assigned, can’t be revoked or reassigned.',
    drift_one:
      'Apple counts {{count}} license in use; this console knows {{local}}. Sync Now to repair.',
    drift_other:
      'Apple counts {{count}} licenses in use; this console knows {{local}}. Sync Now to repair.',
    driftMarker: 'Counts differ from Apple’s',
    driftSyncing: 'This token is syncing now; the counts are checked again when it’s done.',
    syncNeedsToken:
      'Add a content token in Tokens first; Sync Now then brings in its apps and books.',
    syncFailed: 'Sync Now didn’t start: {{message}}',
    goToTokens: 'Go to Tokens',
    noAssignments: 'Nobody has this title yet.',
    assignedToUser: 'User',
    assignedToDevice: 'Device',
    unknownUser: 'VPP user {{clientUserId}}',
    unknownDevice: 'Serial number {{serialNumber}}',
  },
  apps: {
    empty: 'No Apps',
    emptyHint:
      'The apps your school bought in Apple School Manager appear here with their license counts after a content token is added in Tokens.',
    addReason:
      'Apps come from your school’s purchases in Apple School Manager; the console lists them when it syncs.',
    removeReason:
      'Apps belong to your school’s purchases in Apple School Manager and can’t be removed here.',
  },
  books: {
    empty: 'No Books',
    emptyHint:
      'The books your school bought in Apple School Manager appear here with their license counts after a content token is added in Tokens.',
    addReason:
      'Books come from your school’s purchases in Apple School Manager; the console lists them when it syncs.',
    removeReason:
      'Books belong to your school’s purchases in Apple School Manager and can’t be removed here.',
  },
  report: {
    title: 'License Report',
    empty: 'No Titles',
    emptyHint:
      'Every app and book your school bought appears here with its license counts after a content token is added in Tokens.',
    columns: {
      name: 'Name',
      type: 'Type',
      token: 'Token',
      total: 'Total',
      assigned: 'Assigned',
      available: 'Available',
      retired: 'Retired',
      use: 'In Use',
    },
    types: {
      App: 'App',
      Book: 'Book',
    },
    totals_one: 'Total ({{titles}} title)',
    totals_other: 'Total ({{titles}} titles)',
  },
  tokens: {
    empty: 'No Tokens',
    emptyHint:
      'Add the content token of your school’s location, and its apps and books appear in the console. An administrator downloads it in Apple School Manager (your name → Preferences → Payments and Billing → Content Tokens).',
    emptyDemo:
      'With the built-in sandbox, Add Token… also offers a demo token to try the console with.',
    orgName: 'Organization',
    location: 'Location',
    country: 'Country or Region',
    service: 'Apple Service',
    expiresAt: 'Expires',
    state: 'Status',
    addedAt: 'Added',
    renewedAt: 'Renewed',
    neverRenewed: 'Not renewed yet',
    inDays_one: 'in {{count}} day',
    inDays_other: 'in {{count}} days',
    daysAgo_one: '{{count}} day ago',
    daysAgo_other: '{{count}} days ago',
    today: 'today',
    types: {
      education: 'Education (Apple School Manager)',
      business: 'Business (Apple Business Manager)',
    },
    health: {
      ok: 'Active',
      expiresIn_one: 'Expires in {{count}} day',
      expiresIn_other: 'Expires in {{count}} days',
      expired: 'Expired',
      revoked: 'Revoked',
    },
    mdm: {
      label: 'MDM',
      anotherProduct: 'another MDM',
      usedBy: 'Used by {{name}}',
      takenBy: 'Taken over by {{name}}',
      ours: 'VPP Console',
      none: 'Not managed by any MDM',
      otherExplained:
        'Another MDM, {{name}}, uses this location. Apple allows one MDM to manage a location, so VPP Console can show the apps and books of “{{location}}” but can’t assign them until it takes the location over (Take Over…); {{name}} then stops managing them.',
      takenFromUsExplained:
        '{{name}} has taken “{{location}}” over since VPP Console added it. Apple allows one MDM to manage a location, so VPP Console can no longer assign its apps and books; Take Over… gives the location back to VPP Console, and {{name}} stops managing them.',
    },
    syncState: {
      syncing: 'Syncing…',
      failed: 'Last sync failed',
      synced: 'Synced {{time}}',
      never: 'Not synced yet',
    },
    fields: {
      registration: 'Registration',
      registerManagedAppleIds: 'Register users with Managed Apple IDs and skip the invitation',
      registerManagedAppleIdsHint:
        'Users with a Managed Apple ID are enrolled at once, without an email; the others are invited.',
      name: 'Name',
      description: 'Description',
      categories: 'Categories',
      categoriesPlaceholder: 'Primary, Annex',
      categoriesHint: 'Separate categories with commas.',
      appleId: 'Apple ID',
      appleIdPlaceholder: 'The account that downloaded the token',
      type: 'Type',
      nameMissing: 'Enter a name for the token.',
    },
    add: {
      title: 'Add Token',
      intro:
        'Choose your location’s content token: the .vpptoken file an administrator downloads in Apple School Manager or Apple Business Manager (your name → Preferences → Payments and Billing → Content Tokens). VPP Console asks Apple about it and shows the answer before anything is saved.',
      chooseFile: 'Choose File…',
      dropHere: 'Drop the .vpptoken file here',
      asking: 'Asking Apple about the token…',
      demo: 'Add Demo Token',
      demoHint: 'The built-in sandbox’s demo school, to try the console with.',
      appleSays:
        'Here’s what Apple says about this token. Check the location, then name the token and click Add.',
      alreadyAdded:
        'This location is already added as “{{name}}”. To use this newer file, select “{{name}}” and choose Renew Token… from the Action menu.',
      showExisting: 'Show Token',
      confirm: 'Add',
      chooseOther: 'Choose Another File…',
      tooLarge:
        'This file is too large to be a content token (a token file is about 1 KB). Choose the .vpptoken file downloaded from Apple School Manager or Apple Business Manager.',
      dropAnywhere: 'Drop the content token to add it',
    },
    renew: {
      title: 'Renew “{{name}}”',
      intro:
        'Choose the new token file for “{{name}}”, downloaded by an administrator in {{manager}} (your name → Preferences → Payments and Billing → Content Tokens). It replaces the current token and keeps all of its data.',
      replaces:
        'The new token replaces the current one for this location. Its apps, books, assignments and users stay as they are.',
      confirm: 'Renew',
    },
    remove: {
      title: 'Delete “{{name}}”?',
      confirm: 'Delete',
      body: 'This console’s copy of its {{apps}}, {{books}}, {{assignments}} and {{users}} is deleted with it.',
      apps_one: '{{count}} app',
      apps_other: '{{count}} apps',
      books_one: '{{count}} book',
      books_other: '{{count}} books',
      assignments_one: '{{count}} assignment',
      assignments_other: '{{count}} assignments',
      users_one: '{{count}} VPP user',
      users_other: '{{count}} VPP users',
      apple:
        'Nothing changes at Apple: the licenses and their assignments stay as they are, and you can add the token again later.',
    },
    takeOver: {
      title: 'Take Over “{{location}}”?',
      confirm: 'Take Over',
      body: 'Apple allows one MDM to manage a location. Taking over tells Apple that VPP Console now manages “{{location}}”; {{other}} will stop managing its apps and books.',
    },
    actions: {
      add: 'Add Token…',
      renew: 'Renew Token…',
      takeOver: 'Take Over…',
      nothingToSync: 'There are no tokens to sync. Add a token first.',
      lockedReason: 'Tokens are locked: enter the vault passphrase first.',
      alreadyOurs: 'VPP Console already manages this token’s location.',
    },
    info: {
      fromApple: 'From Apple',
      sync: 'Sync',
    },
    sync: {
      last: 'Last Sync',
      next: 'Next Sync',
      notScheduled: 'Not scheduled',
      outcome: 'Last Outcome',
      outcomes: {
        succeeded: 'Succeeded',
        failed: 'Failed',
      },
      drift_one: '{{count}} title differs from Apple — Sync Now to repair it.',
      drift_other: '{{count}} titles differ from Apple — Sync Now to repair them.',
    },
  },
  vault: {
    setTitle: 'Set a Vault Passphrase',
    enterTitle: 'Enter the Vault Passphrase',
    set: 'Set Passphrase',
    unlock: 'Unlock',
    setIntro:
      'VPP Console keeps your content tokens on this computer in a vault, protected by a passphrase you choose now. You enter it once each time VPP Console starts.',
    setWarning:
      'The passphrase can’t be recovered. If it’s forgotten, the tokens have to be downloaded and added again, so keep it somewhere safe.',
    enterIntro:
      'VPP Console needs the vault passphrase to use your content tokens; syncs can’t run until it’s entered. You set it when you added the first token.',
    passphrase: 'Passphrase',
    verify: 'Verify',
    tooShort_one: 'Use at least {{count}} character.',
    tooShort_other: 'Use at least {{count}} characters.',
    mismatch: 'The two passphrases don’t match. Type the same passphrase in both fields.',
    enterFirst: 'Enter the passphrase.',
    wrong: 'That passphrase isn’t right. Check it and try again.',
    lockedBanner: 'Tokens are locked, so they can’t sync until the vault passphrase is entered.',
    enterButton: 'Enter Passphrase…',
  },
  banners: {
    more_one: 'And {{count}} more token needs attention.',
    more_other: 'And {{count}} more tokens need attention.',
    show: 'Show',
    expired:
      'The content token “{{name}}” has expired, so it can’t sync. An administrator of {{manager}} downloads a new one (their name → Preferences → Payments and Billing → Content Tokens); then choose Renew Token… here.',
    revoked:
      'Apple has revoked the content token “{{name}}” (a newer one was downloaded, or the password of the account that downloaded it changed), so it can’t sync. An administrator of {{manager}} downloads the current one (their name → Preferences → Payments and Billing → Content Tokens); then choose Renew Token… here.',
    expiringSoon_one:
      'The content token “{{name}}” expires in {{count}} day. An administrator of {{manager}} downloads a new one (their name → Preferences → Payments and Billing → Content Tokens); then choose Renew Token… here.',
    expiringSoon_other:
      'The content token “{{name}}” expires in {{count}} days. An administrator of {{manager}} downloads a new one (their name → Preferences → Payments and Billing → Content Tokens); then choose Renew Token… here.',
    otherMdm:
      '{{other}} manages the location of “{{name}}”. Apple allows one MDM per location, so VPP Console can’t assign its apps and books until you take the location over.',
    takenFromUs:
      'Another product, {{other}}, has since taken over the location of “{{name}}”, so VPP Console no longer manages its apps and books. Take Over… brings it back.',
  },
  notices: {
    heading: 'Notifications',
    intro:
      'VPP Console can tell you in a notification when a content token is about to expire, even while you’re looking at another tab.',
    allow: 'Allow Notifications…',
    allowed: 'Notifications are allowed for this page.',
    blocked:
      'Notifications are turned off for this page. Turn them on in the browser’s site settings.',
  },
  tasks: {
    activeLabel: 'Active Tasks',
    completedLabel: 'Completed Tasks',
    activeEmpty: 'No Active Tasks',
    activeEmptyHint:
      'Syncs, invitations and connection checks show their progress here while they run; a connection check is the one you can start in this version.',
    completedEmpty: 'No Completed Tasks',
    completedEmptyHint:
      'Finished tasks move here from Active Tasks, newest at the top, with what they found.',
    tryCheck: 'Check Connection…',
    kinds: {
      checkService: 'Check Apple service',
      checkSandbox: 'Check the built-in sandbox',
      checkApple: 'Check Apple’s service',
      checkCustom: 'Check the service at {{host}}',
    },
    targets: {
      sandbox: 'Built-in sandbox',
      thisComputer: 'On this computer',
    },
    subjects: {
      service: 'The service',
      sandbox: 'The built-in sandbox',
      apple: 'Apple’s service',
      custom: 'The service at {{host}}',
      serviceObject: 'the service',
      sandboxObject: 'the built-in sandbox',
      appleObject: 'Apple’s service',
    },
    columns: {
      task: 'Task',
      target: 'Target',
      status: 'Status',
      time: 'Time',
      action: 'Action',
    },
    fields: {
      target: 'Target',
      status: 'Status',
      started: 'Started',
      finished: 'Finished',
      duration: 'Took',
      appleError: 'Apple error number',
    },
    facts: {
      latency: 'Answered in',
      milliseconds_one: '{{count}} ms',
      milliseconds_other: '{{count}} ms',
      errorCodes: 'Error codes known',
      requestsPerSecond: 'Requests allowed per second',
    },
    status: {
      queued: 'Waiting',
      running: 'In Progress',
      cancelling: 'Canceling…',
      succeeded: 'Succeeded',
      failed: 'Failed',
      cancelled: 'Canceled',
      interrupted: 'Interrupted',
    },
    outcomes: {
      cancelled: 'Canceled before it finished.',
      interrupted: 'VPP Console closed before this task finished.',
    },
    steps: {
      resolving: 'Finding the Apple service…',
      contacting: 'Contacting {{service}}…',
      reading: 'Reading the service’s answer…',
      working: 'Working…',
      syncWaitingForWindow: 'Waiting for a VPP Console window to open…',
      syncStarting: 'Starting the sync…',
      sync: {
        assets: 'Reading apps and books from Apple…',
        users: 'Reading users from Apple…',
        assignments: 'Reading assignments from Apple…',
      },
      syncRestarted: 'The data changed at Apple while it was being read. Reading it again…',
      syncChecking: 'Comparing license counts with Apple…',
      sendingInvitations: 'Sending invitations: {{sent}} sent, {{failed}} failed, {{left}} left…',
    },
    stepsLabel: 'Steps',
    progressLabel: 'Progress of “{{title}}”',
    progressText: '{{done}} of {{total}}',
    cancel: 'Cancel Task',
    cancelTask: 'Cancel “{{title}}”',
    alreadyCancelling: 'This task is being canceled.',
    runAgain: 'Run Again',
    runAgainTask: 'Run “{{title}}” again',
    cannotRunAgain:
      'This task was started by an older version of VPP Console and can’t be run again.',
    clear: 'Clear',
    clearTitle: 'Clear Completed Tasks?',
    clearBody_one:
      'The completed task is removed from this list. Tasks that are still running stay in Active Tasks.',
    clearBody_other:
      'All {{count}} completed tasks are removed from this list. Tasks that are still running stay in Active Tasks.',
    nothingToClear: 'There are no completed tasks to clear.',
    results: {
      answered: '{{service}} answered.',
    },
    sync: {
      titleFull: 'Sync “{{token}}”',
      titleDelta: 'Sync changes of “{{token}}”',
      titleUnknown: 'Sync a content token',
      unknownToken: 'A content token',
      doneFull_one: 'Synced {{count}} record from Apple.',
      doneFull_other: 'Synced {{count}} records from Apple.',
      doneDelta_one: 'Synced {{count}} changed record from Apple.',
      doneDelta_other: 'Synced {{count}} changed records from Apple.',
      drifted_one: '{{count}} title’s license count differs from Apple’s.',
      drifted_other: '{{count}} titles’ license counts differ from Apple’s.',
      facts: {
        assets: 'Apps and books',
        users: 'Users',
        assignments: 'Assignments',
        pages: 'Pages read',
        driftedAssets: 'Titles that differ from Apple',
      },
    },
  },
  settings: {
    title: 'Settings',
    panesLabel: 'Settings panes',
    panes: {
      general: 'General',
      appleService: 'Apple Service',
    },
    save: 'Save',
    revert: 'Revert',
    saved: 'Saved.',
    language: {
      heading: 'Language',
      label: 'Language',
      system: 'System ({{language}})',
      en: 'English',
      nl: 'Nederlands',
    },
    appleService: {
      heading: 'Apple Service',
      intro:
        'The service VPP Console talks to for apps and books. The built-in sandbox imitates Apple’s service on this computer with a demo school, and changes nothing at Apple.',
      service: 'Service',
      sandbox: 'Built-in sandbox',
      apple: 'Apple (vpp.itunes.apple.com)',
      custom: 'Custom URL',
      customUrl: 'Service URL',
      customUrlPlaceholder: 'http://127.0.0.1:4781/mdm/v2',
      customUrlInvalid:
        'Enter a full address that starts with https://, or with http:// for a service on this computer, for example http://127.0.0.1:4781/mdm/v2.',
      customUrlMissing: 'Enter the address of the service.',
      confirmAppleTitle: 'Use Apple’s Service?',
      confirmAppleBody:
        'VPP Console will talk to Apple’s real Apps and Books service. Syncs and assignments then change your school’s real licenses.',
      confirmAppleOk: 'Use Apple',
    },
    sync: {
      pane: 'Sync',
      heading: 'Sync with Apple',
      intro:
        'VPP Console asks Apple what changed for every content token: new purchases, license counts and assignments.',
      interval: 'Check for changes',
      everyMinutes: 'Every {{count}} minutes',
      everyHours_one: 'Every hour',
      everyHours_other: 'Every {{count}} hours',
      fullSyncNote:
        'A full sync, which also removes what Apple no longer has, runs every {{days}} days and whenever you click Sync Now.',
    },
    check: {
      button: 'Check Connection',
      cancel: 'Cancel',
      running: 'Checking the service shown above…',
      lastChecked: 'Checked {{time}}',
    },
    about: {
      heading: 'About VPP Console',
      version: 'Version',
      frontDoor: 'Running in',
      frontDoors: {
        electron: 'Desktop app',
        browser: 'Web browser',
      },
      platform: 'System',
    },
  },
  sheet: {
    cancel: 'Cancel',
  },
  errors: {
    registration: {
      batchGone:
        'The list of users for this registration is no longer kept. Select the users or the group again and click Save.',
    },
    internal:
      'Something unexpected went wrong ({{message}}). Try again; if it keeps happening, tell whoever maintains VPP Console.',
    task: {
      interrupted: 'VPP Console closed before this task finished.',
      cancelled: 'The task was canceled.',
      badParams:
        'This connection check doesn’t say which service to check, so it can’t run. Start a new check in Settings → Apple Service.',
    },
    tasks: {
      tooMany: 'Too many tasks are waiting. Let some finish, then try again.',
    },
    sync: {
      windowClosed:
        'The VPP Console window closed during the sync. The sync runs again when a window is open.',
      writeFailed:
        'The synced data couldn’t be saved on this computer ({{message}}). If the disk is full, make room, then choose Sync Now.',
      sessionClosed: 'The sync ended.',
    },
    // Token files and content tokens (electron/vpp/token-file.ts, electron/tokens/); the other
    // tokenFile.* codes have their sentences in shared/apple-errors.
    tokenFile: {
      tooLarge:
        'The chosen file ({{kilobytes}} KB) is far too big to be a content token, which is about 1 KB. Choose the .vpptoken file you downloaded from Apple School Manager or Apple Business Manager.',
      innerToken:
        'This is the token inside a .vpptoken file, not the file itself. Choose the downloaded .vpptoken file instead of text copied out of it.',
      expired:
        'This content token expired on {{date}}. Download a new one from Apple School Manager or Apple Business Manager (your name at the bottom of the sidebar → Preferences → Payments and Billing → Content Tokens) and add that one.',
    },
    tokens: {
      pathFromBrowser:
        'In a web browser, choose or drop the token file itself; VPP Console can’t open files on this computer by their path.',
      fileUnreadable:
        'The file “{{fileName}}” couldn’t be read ({{reason}}). Check that it still exists and that you may open it, then choose it again.',
      demoNeedsSandbox:
        'The demo token works only with the built-in sandbox. Choose Built-in sandbox in Settings → Apple Service first, or add your school’s own token.',
      noLocation:
        'Apple doesn’t link this token to a location, so it isn’t a location’s content token. Download the content token of a location from Apple School Manager or Apple Business Manager (your name at the bottom of the sidebar → Preferences → Payments and Billing → Content Tokens).',
      draftExpired:
        'The token file was read too long ago, or VPP Console has restarted since. Choose the file again.',
      duplicate:
        'The location “{{location}}” is already added as “{{name}}”. To use this file for it, select “{{name}}” and choose Renew Token… from the Action menu.',
      renewOtherLocation:
        'This file is the content token of “{{fileLocation}}”, not of “{{tokenLocation}}”. Add it as a new token, or choose the file downloaded for “{{tokenLocation}}”.',
      notFound:
        'This content token is no longer in VPP Console; another window may have deleted it.',
    },
    ipc: {
      untrustedSender: 'VPP Console refused a request from a page it didn’t open.',
      failed: 'The request didn’t reach VPP Console. Quit it, start it again and try once more.',
      badPayload: 'VPP Console refused the request: {{message}}',
      unknownChannel: 'VPP Console doesn’t know this request. Update VPP Console.',
    },
    bridge: {
      disconnected:
        'VPP Console has stopped. Start it again with “npm run web” in Terminal, then open the new link it prints there.',
    },
  },
  directory: directoryEn,
  importer: importerEn,
  mail: mailEn,
  invitations: invitationsEn,
  vpp: vppEn,
};

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

/** The shape every language must fill in, key for key. */
export type Translation = Strings<typeof en>;

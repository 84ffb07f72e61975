/**
 * English strings, in Apple's US English as Profile Manager used it (labels from
 * shared/reference/profile-manager-ui.md §8), with typographic apostrophes and quotes.
 * nl.ts must have exactly the same keys (checked by the type below and by a unit test).
 */
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
      'Syncing needs a content token, and adding content tokens isn’t possible in this version of VPP Console yet.',
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
      'Pupils and staff will be listed here once they are imported or found by syncing a content token; neither is possible in this version of VPP Console yet.',
    fullName: 'Name',
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
      'Classes and other groups of users will be listed here, so a whole class can be invited and given apps at once; creating groups isn’t possible in this version of VPP Console yet.',
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
      'iPads, iPhones and Macs will be listed here once they enroll with the console, so apps can go to a device without an Apple Account; enrolling devices isn’t possible in this version of VPP Console yet.',
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
      'A device group gathers devices, such as a cart of iPads, so apps can go to all of them at once; creating device groups isn’t possible in this version of VPP Console yet.',
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
    adamId: 'Store ID',
    pricingParam: 'Quality',
    pricing: {
      STDQ: 'Standard',
      PLUS: 'High quality',
    },
    token: 'Token',
    licenses: 'Licenses',
    availability: '{{available}} of {{total}} available',
    totalCount: 'Licenses',
    assignedCount: 'Assigned',
    availableCount: 'Available',
    retiredCount: 'Kept by removed users',
    noAssignments: 'Nobody has this title yet.',
    assignedToUser: 'User',
    assignedToDevice: 'Device',
    unknownUser: 'VPP user {{clientUserId}}',
    unknownDevice: 'Serial number {{serialNumber}}',
  },
  apps: {
    empty: 'No Apps',
    emptyHint:
      'The apps your school bought in Apple School Manager will be listed here with their license counts once the console syncs a content token; adding content tokens isn’t possible in this version of VPP Console yet.',
    addReason:
      'Apps come from your school’s purchases in Apple School Manager; the console lists them when it syncs.',
    removeReason:
      'Apps belong to your school’s purchases in Apple School Manager and can’t be removed here.',
  },
  books: {
    empty: 'No Books',
    emptyHint:
      'The books your school bought in Apple School Manager will be listed here once the console syncs a content token; adding content tokens isn’t possible in this version of VPP Console yet.',
    addReason:
      'Books come from your school’s purchases in Apple School Manager; the console lists them when it syncs.',
    removeReason:
      'Books belong to your school’s purchases in Apple School Manager and can’t be removed here.',
  },
  tokens: {
    empty: 'No Content Tokens',
    emptyHint:
      'A content token connects the console to your school’s apps and books; you download it in Apple School Manager (your name → Preferences → Payments & Billing → Content Tokens), but adding it here isn’t possible in this version of VPP Console yet.',
    orgName: 'Organization',
    location: 'Location',
    expiresAt: 'Expires',
    state: 'Status',
    lastSyncedAt: 'Last Synced',
    never: 'Never',
    states: {
      active: 'Active',
      expiringSoon: 'Expires soon',
      expired: 'Expired',
      revoked: 'Revoked',
    },
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
};

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

/** The shape every language must fill in, key for key. */
export type Translation = Strings<typeof en>;

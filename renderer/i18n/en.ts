/**
 * English strings. Labels follow Apple's Profile Manager (shared/reference/profile-manager-ui.md
 * §8); nl.ts must have exactly the same keys (checked by the type below and by a unit test).
 */
export const en = {
  app: {
    title: 'VPP Console',
    loading: 'Opening VPP Console…',
  },
  connection: {
    needLinkTitle: 'Open the console with its link',
    needLinkBody:
      'Open the console with the link that “npm run web” printed. That link carries a key made for this run of the console, so only you can use it.',
    failedTitle: 'The console could not start',
    failedBody: 'The console’s host did not answer: {{message}}',
    lost: 'The connection to the console’s host was lost. Start it again, then reload this page.',
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
  list: {
    search: 'Search',
    searchIn: 'Search {{section}}',
    add: 'Add',
    remove: 'Delete',
    addNotYet: 'Adding is not available in this version yet.',
    removeNotYet: 'Deleting is not available in this version yet.',
    removeNothingSelected: 'Select an item first.',
    noMatches: 'Nothing matches “{{query}}”.',
    count_one: '{{count}} item',
    count_other: '{{count}} items',
  },
  detail: {
    tabsLabel: '{{name}} details',
    nothingSelected: 'Select an item in the list to see its details.',
    notSet: '—',
    tabs: {
      info: 'Info',
      apps: 'Apps',
      books: 'Books',
      devices: 'Devices',
      members: 'Members',
      assignments: 'Assignments',
    },
  },
  users: {
    empty: 'No users yet.',
    emptyHint:
      'Add a content token under VPP → Tokens and sync, or import users. They will be listed here.',
    fullName: 'Name',
    email: 'Email',
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
    empty: 'No groups yet.',
    emptyHint:
      'Groups arrive when you import users with their classes. With a group you can invite and assign a whole class at once.',
    name: 'Name',
    memberCount: 'Members',
    noMembers: 'This group has no members.',
    noApps: 'No apps are assigned to members of this group.',
    noBooks: 'No books are assigned to members of this group.',
    membersWithIt_one: '{{count}} member',
    membersWithIt_other: '{{count}} members',
  },
  devices: {
    empty: 'No devices yet.',
    emptyHint:
      'Devices appear here once they enroll with the console. Apps can then be assigned to a device without an Apple Account.',
    name: 'Name',
    serialNumber: 'Serial number',
    model: 'Model',
    osVersion: 'System version',
    user: 'User',
    placeholder: 'Placeholder',
    placeholderYes: 'Yes, not enrolled yet',
    placeholderNo: 'No',
    noApps: 'No apps are assigned to this device.',
  },
  deviceGroups: {
    empty: 'No device groups yet.',
    emptyHint:
      'A device group gathers devices, for example a cart of iPads, so you can assign apps to all of them at once.',
    name: 'Name',
    memberCount: 'Devices',
    noMembers: 'This device group has no devices.',
    noApps: 'No apps are assigned to devices in this group.',
    devicesWithIt_one: '{{count}} device',
    devicesWithIt_other: '{{count}} devices',
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
    licences: 'Licences',
    availability: '{{available}} of {{total}} available',
    assignedCount: 'Assigned',
    retiredCount: 'Kept by removed users',
    noAssignments: 'Nobody has this title yet.',
    assignedToUser: 'User',
    assignedToDevice: 'Device',
    unknownUser: 'VPP user {{clientUserId}}',
    unknownDevice: 'Serial number {{serialNumber}}',
  },
  apps: {
    empty: 'No apps yet.',
    emptyHint:
      'Apps appear after the console syncs a content token (VPP → Tokens): every app your school bought in Apple School Manager, with its licence counts.',
  },
  books: {
    empty: 'No books yet.',
    emptyHint:
      'Books appear after the console syncs a content token (VPP → Tokens). Books can only be assigned to users, and an assigned book stays with its reader.',
  },
  tokens: {
    empty: 'No content tokens yet.',
    emptyHint:
      'A content token connects the console to your school’s Apps and Books. Download it in Apple School Manager: select your name at the bottom of the sidebar, then Preferences → Payments & Billing → Content Tokens.',
    orgName: 'Organisation',
    location: 'Location',
    expiresAt: 'Expires',
    state: 'State',
    lastSyncedAt: 'Last synced',
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
    activeEmpty: 'No tasks are running.',
    activeEmptyHint:
      'Long jobs such as syncs, invitations and connection checks show their progress here. To try one, open Settings and choose Check Connection.',
    completedEmpty: 'No completed tasks yet.',
    completedEmptyHint: 'Finished tasks move here from Active Tasks, newest first.',
    kinds: {
      checkAppleService: 'Check Apple service',
    },
    targets: {
      sandbox: 'Built-in sandbox',
    },
    status: {
      queued: 'Waiting',
      running: 'In progress',
      succeeded: 'Succeeded',
      failed: 'Failed',
      cancelled: 'Cancelled',
      interrupted: 'Interrupted',
    },
    steps: {
      resolving: 'Finding the Apple service…',
      contacting: 'Contacting {{url}}…',
      reading: 'Reading the service’s answer…',
      working: 'Working…',
    },
    progressLabel: 'Progress of {{title}}',
    progressText: '{{done}} of {{total}}',
    cancel: 'Cancel',
    cancelTask: 'Cancel: {{title}}',
    runAgain: 'Run Again',
    runAgainTask: 'Run Again: {{title}}',
    startedAt: 'Started {{time}}',
    finishedAt: 'Finished {{time}}',
    results: {
      checkAppleService:
        '{{url}} answered in {{latencyMs}} ms and knows {{errorCodes}} error codes.',
    },
  },
  settings: {
    title: 'Settings',
    language: {
      heading: 'General',
      label: 'Language',
      system: 'System ({{language}})',
      en: 'English',
      nl: 'Nederlands',
    },
    appleService: {
      heading: 'Apple service',
      intro:
        'The service the console talks to for Apps and Books. The built-in sandbox imitates Apple’s service with a demo school, so you can try everything safely.',
      sandbox: 'Built-in sandbox',
      apple: 'Apple (vpp.itunes.apple.com)',
      custom: 'Custom URL',
      customUrl: 'Service URL',
      customUrlPlaceholder: 'http://127.0.0.1:8080/mdm/v2',
      customUrlInvalid:
        'Enter a full address that starts with https://, or with http:// for a service on this computer, for example http://127.0.0.1:8080/mdm/v2.',
      customUrlMissing: 'Enter the address of the service.',
      save: 'Save',
      revert: 'Revert',
      saved: 'Saved.',
      confirmAppleTitle: 'Use Apple’s service?',
      confirmAppleBody:
        'The console will talk to Apple’s real Apps and Books service. Syncs and assignments then change your school’s real licences.',
      confirmAppleOk: 'Use Apple',
    },
    check: {
      heading: 'Connection',
      button: 'Check Connection',
      running: 'Checking the Apple service… See Active Tasks.',
      succeeded: 'The check succeeded: {{summary}}',
      failed: 'The check failed: {{error}}',
      lastChecked: 'Last checked {{time}}',
    },
    about: {
      heading: 'About',
      version: 'Version',
      frontDoor: 'Running in',
      frontDoors: {
        electron: 'Desktop app',
        browser: 'Browser',
      },
      platform: 'Platform',
    },
  },
  sheet: {
    cancel: 'Cancel',
  },
  errors: {
    internal:
      'Something unexpected went wrong ({{message}}). Try again; if it keeps happening, tell whoever maintains the console.',
    task: {
      interrupted: 'The console closed before this task finished.',
      cancelled: 'The task was cancelled.',
    },
    ipc: {
      untrustedSender: 'The console’s host refused a request from a page it did not open.',
      failed: 'The request did not reach the console’s host. Restart the console and try again.',
      badPayload: 'The console’s host refused the request: {{message}}',
      unknownChannel: 'The console’s host does not know this request. Update the console.',
    },
    bridge: {
      disconnected:
        'The connection to the console’s host was lost. Start it again, then reload this page.',
    },
  },
};

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

/** The shape every language must fill in, key for key. */
export type Translation = Strings<typeof en>;

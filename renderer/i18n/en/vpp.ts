/**
 * English strings of the VPP Managed Distribution section (Profile Manager 3–5.1 wording,
 * profile-manager-ui.md §3.1–3.2 and §8), merged into en.ts under `vpp`.
 */
export const vppEn = {
  section: 'VPP Managed Distribution',
  enable: 'Enable VPP Managed Distribution Services',
  location: 'Location',
  status: 'Status',
  statuses: {
    notInvited: 'Not invited',
    invited: 'Invited on {{date}}',
    invitedNoDate: 'Invited',
    enrolled: 'Enrolled on {{date}}',
    enrolledNoDate: 'Enrolled',
    retired: 'Removed from the program',
  },
  counts: {
    notInvited: 'Not invited',
    invited: 'Invited',
    enrolled: 'Enrolled',
    retired: 'Removed',
  },
  notes: {
    noToken:
      'Add a content token in Tokens first: VPP managed distribution registers users with the location the token belongs to.',
    registering:
      'Registering with Apple… The invitation can be sent when Apple has registered the user.',
    managed:
      'Enrolls without an invitation: this user has a Managed Apple ID ({{managedAppleId}}).',
    notEnabled:
      'Select “Enable VPP Managed Distribution Services” and click Save to register this user with Apple.',
    groupNotEnabled:
      'Select “Enable VPP Managed Distribution Services” and click Save to register the group’s members with Apple.',
    membersToEnable_one: '{{count}} member isn’t registered yet: click Save to register them too.',
    membersToEnable_other:
      '{{count}} members aren’t registered yet: click Save to register them too.',
    noMembers: 'This group has no members yet.',
    enabledAt: 'Registered with Apple since {{date}}.',
    failedInvitation: 'The last invitation couldn’t be sent: {{reason}}',
    queued: 'The invitation is on its way.',
    pendingInvite: 'A new invitation goes out as soon as Apple has registered this user again.',
    sendingTask_other: 'Sending {{count}} invitations. Active Tasks shows how it goes.',
    sendingTask_one: 'Sending the invitation. Active Tasks shows how it goes.',
    registeringTask: 'Registering with Apple. Active Tasks shows how it goes.',
  },
  audience: {
    label: 'Send to',
    notPreviouslyInvited: 'users not previously invited',
    notYetEnrolled: 'users that haven’t yet enrolled',
  },
  infoStatus: {
    willBeInvited_zero: 'No users will be invited',
    willBeInvited_one: '1 user will be invited',
    willBeInvited_other: '{{count}} users will be invited',
    noEmail_one: '1 has no email address',
    noEmail_other: '{{count}} have no email address',
    notRegisteredYet_one: '1 isn’t registered with Apple yet',
    notRegisteredYet_other: '{{count}} aren’t registered with Apple yet',
  },
  email: 'Email',
  emailPlaceholder: 'name@school.example',
  badEmail: 'Type an email address such as name@school.example.',
  sendEmail: 'Send email invitation',
  removeFromProgram: 'Remove from Program…',
  registerAgain: 'Register Again…',
  save: 'Save',
  revert: 'Revert',
  unavailable: {
    notRegistered: 'Apple hasn’t registered this user yet. Wait for the registration to finish.',
    enrolled: 'This user has already enrolled.',
    notEnabled: 'Enable VPP managed distribution and click Save first.',
    nobody: 'Nobody in this group will be invited with this choice.',
    noEmail: 'Type the user’s email address first.',
    saveFirst: 'Save or revert your change first.',
    notInProgram: 'This user isn’t in the program.',
    notEnrolled: 'Register Again is for a user who accepted with the wrong Apple Account.',
  },
  invite: {
    title_one: 'Send an invitation to {{name}}?',
    title_other: 'Send {{count}} invitations?',
    body_one:
      '{{name}} gets an email with a Sign In button. Once they accept, they can receive the apps and books assigned to them.',
    body_other:
      'Each of these users in “{{target}}” gets an email with a Sign In button. Users who accept can receive the apps and books assigned to them.',
    listLabel: 'Recipients',
    more_one: 'and 1 more',
    more_other: 'and {{count}} more',
    confirm: 'Send',
    skipped:
      '{{count}} more can’t be invited yet (no email address, or not registered with Apple yet).',
  },
  remove: {
    title_one: 'Remove {{name}} from the program?',
    title_other: 'Remove {{count}} users in “{{name}}” from the program?',
    body: 'Their app licenses come back to the school and can be assigned to someone else. Books they have stay with them: a book license can never be taken back.',
    confirm: 'Remove',
  },
  again: {
    title: 'Register {{name}} again?',
    body: 'Use this when {{name}} accepted the invitation with the wrong Apple Account. VPP Console removes the current registration (its app licenses come back), registers {{name}} anew and sends a new invitation as soon as Apple has the new registration.',
    confirm: 'Register Again',
  },
  tasks: {
    registerTitle_one: 'Register {{count}} user with Apple',
    registerTitle_other: 'Register {{count}} users with Apple',
    retireTitle_one: 'Remove {{count}} user from the program',
    retireTitle_other: 'Remove {{count}} users from the program',
    unknownTarget: 'Users',
    registeredAll_one: 'Apple registered {{count}} user.',
    registeredAll_other: 'Apple registered {{count}} users.',
    registeredSome:
      'Apple registered {{succeeded}} of {{requested}} users and refused {{failed}}; the reasons are below.',
    alreadyRegistered_one: '{{count}} of them was registered already.',
    alreadyRegistered_other: '{{count}} of them were registered already.',
    retiredAll_one: 'Removed {{count}} user from the program.',
    retiredAll_other: 'Removed {{count}} users from the program.',
    retiredSome:
      'Removed {{succeeded}} of {{requested}} users from the program; Apple refused {{failed}}, for the reasons below.',
    facts: {
      requested: 'Users',
      registered: 'Registered',
      retired: 'Removed',
      linked: 'Registered already',
      alreadyRetired: 'Removed already',
      failed: 'Refused',
      requests: 'Requests to Apple',
      refusedUsers: 'Refused user IDs',
      reason_one: 'Refused: {{count}} user (Apple error {{number}})',
      reason_other: 'Refused: {{count}} users (Apple error {{number}})',
    },
    // Steps have a base key (the plural form): the task list asks whether a step's key exists.
    steps: {
      registering: 'Sending users to Apple ({{done}} of {{total}})…',
      retiring: 'Asking Apple to remove users from the program ({{done}} of {{total}})…',
      waitingForApple: 'Waiting for Apple’s answer…',
      refused_one: 'Apple refused {{count}} user (Apple error {{number}}): {{users}}',
      refused: 'Apple refused {{count}} users (Apple error {{number}}): {{users}}',
      refusedUnnamed_one: 'Apple refused {{count}} user (Apple error {{number}}).',
      refusedUnnamed: 'Apple refused {{count}} users (Apple error {{number}}).',
    },
  },
};

/** English strings of the importer area (merged into en.ts under `importer`). */
export const importerEn = {
  title: {
    users: 'Import Users',
    devices: 'Import Devices',
  },
  intro: {
    users:
      'Choose a CSV file of users, or drop it on this sheet. You see every row before anything is saved.',
    devices:
      'Choose a CSV file of devices, or drop it on this sheet. You see every row before anything is saved.',
  },
  chooseFile: 'Choose File…',
  chooseOther: 'Choose Another File…',
  dropHere: 'Drop a .csv file here',
  dropAnywhere: 'Drop the CSV file to preview it',
  confirm: 'Import',
  done: 'Done',
  template: {
    columns:
      'The first line of the file names its columns. VPP Console understands: {{columns}}. {{required}} must be there.',
    and: '{{first}} and {{last}}',
    groups:
      'Several groups go in one cell, separated by ; or |, or in more Groups columns. Groups that don’t exist yet are created.',
    devices:
      'Platform is iOS, iPadOS or macOS. Assigned User is a user’s short name or email address.',
    dutch: 'Dutch headings work too ({{examples}}).',
    download: 'Download Template',
    fileName: {
      users: 'Users template',
      devices: 'Devices template',
    },
  },
  reading: 'Reading {{name}}…',
  checking: 'Checking rows',
  checkingValue: '{{done}} of {{total}} rows checked',
  writing: 'Importing',
  writingValue: '{{done}} of {{total}} saved',
  fileLine_one: '{{name}} — {{n}} row',
  fileLine_other: '{{name}} — {{n}} rows',
  summary: {
    add_one: '{{n}} to add',
    add_other: '{{n}} to add',
    update_one: '{{n}} to update',
    update_other: '{{n}} to update',
    errors_one: '{{n}} with errors will be skipped',
    errors_other: '{{n}} with errors will be skipped',
    nothing: 'No row can be imported. Correct the rows with errors and choose the file again.',
  },
  mapping: {
    title: 'Columns',
    fills: 'from “{{header}}”',
    notInFile: 'Not in the file',
    ignored: 'Ignored columns',
  },
  onlyErrors: 'Show only rows with errors',
  noErrors: 'No row has an error.',
  table: {
    label: 'Rows of the file',
    line: 'Line',
    action: 'Action',
    problems: 'Problems',
  },
  action: {
    add: 'Add',
    update: 'Update',
    skip: 'Skip',
  },
  fields: {
    fullName: 'Full Name',
    shortName: 'Short Name',
    email: 'Email',
    managedAppleId: 'Managed Apple ID',
    notes: 'Notes',
    groups: 'Groups',
    name: 'Name',
    serialNumber: 'Serial Number',
    model: 'Model',
    platform: 'Platform',
    assignedUser: 'Assigned User',
  },
  fileErrors: {
    binaryFile:
      'This file isn’t a CSV file: it holds no text. Save the list as “CSV” in your spreadsheet app and choose that file.',
    spreadsheetFile:
      'This is a spreadsheet workbook, not a CSV file. In Numbers or Excel, export or save it as “CSV”, then choose that file.',
    emptyFile: 'This file is empty. Choose the CSV file that holds the list.',
    noRows: 'This file has a heading line but no rows under it.',
    missingColumn:
      'The file has no “{{column}}” column, which every row needs. Add it to the first line and choose the file again.',
    unclosedQuote:
      'A quotation mark on line {{line}} is never closed, so the rest of the file can’t be read. Correct that line and choose the file again.',
  },
  warnings: {
    wrongEncoding:
      'This file isn’t in UTF-8, so it was read as Windows text (Windows-1252). Check that accented names such as “Zoë” look right below; if not, save the file as “CSV UTF-8” and choose it again.',
    unknownColumn: 'The column “{{column}}” isn’t one VPP Console knows; it is ignored.',
    duplicateColumn: 'The column “{{column}}” appears twice; only the first one is used.',
  },
  rowErrors: {
    missingName: 'The name is missing.',
    missingShortName: 'The short name is missing.',
    badShortName: 'The short name may hold only letters (a–z), digits, “.”, “_” and “-”.',
    badEmail: 'The email address isn’t valid.',
    badManagedAppleId: 'The Managed Apple ID isn’t a valid address.',
    duplicateShortName: 'The short name is also on line {{line}}.',
    duplicateEmail: 'The email address is also on line {{line}}.',
    duplicateEmailInConsole: 'Another user already has this email address.',
    duplicateManagedAppleId: 'The Managed Apple ID is also on line {{line}}.',
    missingSerial: 'The serial number is missing.',
    duplicateSerial: 'The serial number is also on line {{line}}.',
    badPlatform: 'The platform must be iOS, iPadOS or macOS.',
    unknownUser: 'No user has the short name or email address “{{user}}”.',
    extraCells:
      'The row has more cells than the file has columns; perhaps a name holds the delimiter without quotation marks.',
  },
  result: {
    intro: 'The import is done.',
    usersAdded: 'Users added',
    usersUpdated: 'Users updated',
    groupsCreated: 'Groups created',
    membershipsAdded: 'Group memberships added',
    devicesAdded: 'Devices added',
    devicesUpdated: 'Devices updated',
  },
  failed: {
    gone: 'Nothing was imported: the record of line {{line}} was deleted while the preview was open. Choose the file again.',
    write:
      'Nothing was imported: VPP Console couldn’t save the changes, and everything is as it was. Try again; if it keeps happening, free some disk space and restart VPP Console.',
    read: 'This file couldn’t be read. Check that it is still there and choose it again.',
  },
};

import type { Translation } from '../en';

/** Dutch strings of the importer area (Apple's Dutch, profile-manager-ui.md §8). */
export const importerNl: Translation['importer'] = {
  title: {
    users: 'Importeer gebruikers',
    devices: 'Importeer apparaten',
  },
  intro: {
    users:
      'Kies een CSV-bestand met gebruikers, of sleep het naar dit venster. U ziet elke rij voordat er iets wordt bewaard.',
    devices:
      'Kies een CSV-bestand met apparaten, of sleep het naar dit venster. U ziet elke rij voordat er iets wordt bewaard.',
  },
  chooseFile: 'Kies bestand…',
  chooseOther: 'Kies een ander bestand…',
  dropHere: 'Sleep een .csv-bestand hierheen',
  dropAnywhere: 'Laat het CSV-bestand los om het te bekijken',
  confirm: 'Importeer',
  done: 'Gereed',
  template: {
    columns:
      'De eerste regel van het bestand noemt de kolommen. VPP Console begrijpt: {{columns}}. {{required}} moeten erin staan.',
    and: '{{first}} en {{last}}',
    groups:
      'Zet meerdere groepen in één cel, gescheiden door ; of |, of in meer kolommen Groepen. Groepen die nog niet bestaan, worden aangemaakt.',
    devices:
      'Platform is iOS, iPadOS of macOS. Toegewezen gebruiker is de korte naam of het e-mailadres van een gebruiker.',
    dutch: 'Engelse kolomnamen werken ook ({{examples}}).',
    download: 'Download sjabloon',
    fileName: {
      users: 'Sjabloon gebruikers',
      devices: 'Sjabloon apparaten',
    },
  },
  reading: '{{name}} wordt gelezen…',
  checking: 'Rijen worden gecontroleerd',
  checkingValue: '{{done}} van {{total}} rijen gecontroleerd',
  writing: 'Bezig met importeren',
  writingValue: '{{done}} van {{total}} bewaard',
  fileLine_one: '{{name}} — {{n}} rij',
  fileLine_other: '{{name}} — {{n}} rijen',
  summary: {
    add_one: '{{n}} toe te voegen',
    add_other: '{{n}} toe te voegen',
    update_one: '{{n}} bij te werken',
    update_other: '{{n}} bij te werken',
    errors_one: '{{n}} met fouten wordt overgeslagen',
    errors_other: '{{n}} met fouten worden overgeslagen',
    nothing:
      'Geen enkele rij kan worden geïmporteerd. Verbeter de rijen met fouten en kies het bestand opnieuw.',
  },
  mapping: {
    title: 'Kolommen',
    fills: 'uit ‘{{header}}’',
    notInFile: 'Niet in het bestand',
    ignored: 'Genegeerde kolommen',
  },
  onlyErrors: 'Toon alleen rijen met fouten',
  noErrors: 'Geen enkele rij heeft een fout.',
  table: {
    label: 'Rijen van het bestand',
    line: 'Regel',
    action: 'Actie',
    problems: 'Problemen',
  },
  action: {
    add: 'Voeg toe',
    update: 'Werk bij',
    skip: 'Sla over',
  },
  fields: {
    fullName: 'Volledige naam',
    shortName: 'Korte naam',
    email: 'E-mailadres',
    managedAppleId: 'Beheerde Apple ID',
    notes: 'Notities',
    groups: 'Groepen',
    name: 'Naam',
    serialNumber: 'Serienummer',
    model: 'Model',
    platform: 'Platform',
    assignedUser: 'Toegewezen gebruiker',
  },
  fileErrors: {
    binaryFile:
      'Dit is geen CSV-bestand: er staat geen tekst in. Bewaar de lijst als ‘CSV’ in uw spreadsheetapp en kies dat bestand.',
    spreadsheetFile:
      'Dit is een spreadsheetwerkmap, geen CSV-bestand. Exporteer of bewaar het in Numbers of Excel als ‘CSV’ en kies dat bestand.',
    emptyFile: 'Dit bestand is leeg. Kies het CSV-bestand met de lijst.',
    noRows: 'Dit bestand heeft een kopregel maar geen rijen eronder.',
    missingColumn:
      'Het bestand heeft geen kolom ‘{{column}}’, die elke rij nodig heeft. Voeg die toe aan de eerste regel en kies het bestand opnieuw.',
    unclosedQuote:
      'Een aanhalingsteken op regel {{line}} wordt nergens gesloten, zodat de rest van het bestand niet te lezen is. Verbeter die regel en kies het bestand opnieuw.',
  },
  warnings: {
    wrongEncoding:
      'Dit bestand is niet in UTF-8 en is daarom gelezen als Windows-tekst (Windows-1252). Controleer hieronder of namen met accenten zoals ‘Zoë’ goed staan; zo niet, bewaar het bestand als ‘CSV UTF-8’ en kies het opnieuw.',
    unknownColumn: 'De kolom ‘{{column}}’ kent VPP Console niet; die wordt genegeerd.',
    duplicateColumn:
      'De kolom ‘{{column}}’ staat er twee keer in; alleen de eerste wordt gebruikt.',
  },
  rowErrors: {
    missingName: 'De naam ontbreekt.',
    missingShortName: 'De korte naam ontbreekt.',
    badShortName: 'De korte naam mag alleen letters (a–z), cijfers, ‘.’, ‘_’ en ‘-’ bevatten.',
    badEmail: 'Het e-mailadres is ongeldig.',
    badManagedAppleId: 'De beheerde Apple ID is geen geldig adres.',
    duplicateShortName: 'De korte naam staat ook op regel {{line}}.',
    duplicateEmail: 'Het e-mailadres staat ook op regel {{line}}.',
    duplicateEmailInConsole: 'Een andere gebruiker heeft dit e-mailadres al.',
    duplicateManagedAppleId: 'De beheerde Apple ID staat ook op regel {{line}}.',
    missingSerial: 'Het serienummer ontbreekt.',
    duplicateSerial: 'Het serienummer staat ook op regel {{line}}.',
    badPlatform: 'Het platform moet iOS, iPadOS of macOS zijn.',
    unknownUser: 'Geen gebruiker heeft de korte naam of het e-mailadres ‘{{user}}’.',
    extraCells:
      'De rij heeft meer cellen dan het bestand kolommen heeft; misschien staat het scheidingsteken in een naam zonder aanhalingstekens.',
  },
  result: {
    intro: 'Het importeren is voltooid.',
    usersAdded: 'Gebruikers toegevoegd',
    usersUpdated: 'Gebruikers bijgewerkt',
    groupsCreated: 'Groepen aangemaakt',
    membershipsAdded: 'Groepslidmaatschappen toegevoegd',
    devicesAdded: 'Apparaten toegevoegd',
    devicesUpdated: 'Apparaten bijgewerkt',
  },
  failed: {
    gone: 'Er is niets geïmporteerd: het gegeven van regel {{line}} is verwijderd terwijl het voorbeeld open was. Kies het bestand opnieuw.',
    write:
      'Er is niets geïmporteerd: VPP Console kon de wijzigingen niet bewaren, en alles is zoals het was. Probeer het opnieuw; gebeurt het weer, maak dan schijfruimte vrij en start VPP Console opnieuw.',
    read: 'Dit bestand kon niet worden gelezen. Controleer of het er nog is en kies het opnieuw.',
  },
};

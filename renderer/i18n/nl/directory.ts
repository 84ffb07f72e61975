import type { Translation } from '../en';

/** Dutch strings of the directory area (Apple's Dutch, profile-manager-ui.md §8). */
export const directoryNl: Translation['directory'] = {
  form: {
    fix: 'Verbeter wat hierboven is gemarkeerd en klik dan op ‘Bewaar’.',
    gone: 'Dit onderdeel is intussen verwijderd, dus de wijzigingen kunnen niet worden bewaard.',
  },
  problems: {
    fullNameMissing: 'Vul de volledige naam van de gebruiker in.',
    shortNameMissing: 'Vul een korte naam in, bijvoorbeeld ‘sdeboer’.',
    shortNameCharacters:
      'Een korte naam mag alleen letters zonder accenten, cijfers, punten, streepjes en liggende streepjes bevatten, en geen spaties.',
    emailInvalid: 'Dit is geen e-mailadres. Typ het als naam@school.nl.',
    managedAppleIdInvalid:
      'Een beheerde Apple ID ziet eruit als een e-mailadres, bijvoorbeeld sara@appleid.school.nl.',
    nameMissing: 'Vul een naam in.',
  },
  conflicts: {
    shortName: '‘{{value}}’ is al de korte naam van {{owner}}. Kies een andere korte naam.',
    serialNumber: 'Serienummer {{value}} hoort al bij ‘{{owner}}’.',
    groupName: 'Er is al een groep met de naam ‘{{owner}}’. Kies een andere naam.',
  },
  filter: {
    nothing: 'Niets in deze lijst past bij wat bij ‘Toon’ is gekozen.',
    users: {
      all: 'Alle gebruikers',
      withoutEmail: 'Zonder e-mail',
      inNoGroup: 'In geen enkele groep',
    },
    devices: {
      all: 'Alle apparaten',
      iOS: 'iOS',
      iPadOS: 'iPadOS',
      macOS: 'macOS',
      withoutUser: 'Zonder gebruiker',
    },
    groups: {
      all: 'Alle groepen',
      withoutMembers: 'Zonder leden',
    },
    deviceGroups: {
      all: 'Alle apparaatgroepen',
      withoutMembers: 'Zonder apparaten',
    },
  },
  user: {
    newName: 'Nieuwe gebruiker',
    newShortName: 'nieuwegebruiker',
    addFirst: 'Voeg gebruiker toe',
    fullName: 'Volledige naam',
    shortName: 'Korte naam',
    email: 'E-mail',
    managedAppleId: 'Beheerde Apple ID',
    managedAppleIdPlaceholder: 'Optioneel',
    notes: 'Notities',
    language: 'Taal van uitnodigingen',
    languages: {
      console: 'Taal van de console',
      en: 'English',
      nl: 'Nederlands',
    },
  },
  groupsField: {
    label: 'Groepen',
    none: 'Niet in een groep.',
    add: 'Voeg toe aan groep…',
    remove: 'Verwijder uit ‘{{name}}’',
    pickerTitle: 'Voeg toe aan groepen',
  },
  deviceGroupsField: {
    label: 'Apparaatgroepen',
    none: 'Niet in een apparaatgroep.',
    add: 'Voeg toe aan apparaatgroep…',
    remove: 'Verwijder uit ‘{{name}}’',
    pickerTitle: 'Voeg toe aan apparaatgroepen',
  },
  device: {
    newName: 'Nieuw apparaat',
    addFirst: 'Voeg apparaat toe',
    name: 'Naam',
    serialNumber: 'Serienummer',
    model: 'Model',
    modelPlaceholder: 'iPad (10e generatie)',
    platform: 'Platform',
    platformUnknown: 'Onbekend',
    user: 'Gebruiker',
    noUser: 'Geen gebruiker',
    chooseUser: 'Kies…',
    clearUser: 'Geen',
    chooseUserTitle: 'Kies de gebruiker van het apparaat',
    reported: 'Gemeld door het apparaat',
  },
  group: {
    newName: 'Nieuwe groep',
    addFirst: 'Voeg groep toe',
    name: 'Naam',
    members: 'Leden',
  },
  deviceGroup: {
    newName: 'Nieuwe apparaatgroep',
    addFirst: 'Voeg apparaatgroep toe',
  },
  members: {
    users: {
      none: 'Deze groep heeft geen leden. Klik op + om gebruikers toe te voegen.',
      selectFirst: 'Selecteer eerst een lid.',
      count_one: '{{count}} lid',
      count_other: '{{count}} leden',
      pickerTitle: 'Voeg leden toe',
    },
    devices: {
      none: 'Deze apparaatgroep heeft geen apparaten. Klik op + om apparaten toe te voegen.',
      selectFirst: 'Selecteer eerst een apparaat.',
      count_one: '{{count}} apparaat',
      count_other: '{{count}} apparaten',
      pickerTitle: 'Voeg apparaten toe',
    },
  },
  picker: {
    add: 'Voeg toe',
    choose: 'Kies',
    none: 'Er is niets meer om toe te voegen.',
    chosen_one: '{{count}} geselecteerd',
    chosen_other: '{{count}} geselecteerd',
  },
  delete: {
    title: '‘{{name}}’ verwijderen?',
    confirm: 'Verwijder',
    cantUndo: 'Dit kan niet ongedaan worden gemaakt.',
    user: {
      groups_one: 'De gebruiker wordt uit de {{count}} groep gehaald waarin die zit.',
      groups_other: 'De gebruiker wordt uit de {{count}} groepen gehaald waarin die zit.',
      devices_one: 'Het {{count}} apparaat van de gebruiker blijft in Apparaten, zonder gebruiker.',
      devices_other:
        'De {{count}} apparaten van de gebruiker blijven in Apparaten, zonder gebruiker.',
      vpp: 'De registratie voor distributie via het VPP wordt niet bij Apple verwijderd: de toegewezen apps en boeken blijven van de gebruiker. Gebruik eerst ‘Verwijder uit programma’ om de gebruiker uit het programma te halen.',
    },
    group: {
      members_zero: 'De groep heeft geen leden.',
      members_one: 'Het {{count}} lid blijft in Gebruikers; alleen het lidmaatschap verdwijnt.',
      members_other:
        'De {{count}} leden blijven in Gebruikers; alleen hun lidmaatschappen verdwijnen.',
    },
    deviceGroup: {
      members_zero: 'De apparaatgroep heeft geen apparaten.',
      members_one: 'Het {{count}} apparaat blijft in Apparaten; alleen het lidmaatschap verdwijnt.',
      members_other:
        'De {{count}} apparaten blijven in Apparaten; alleen hun lidmaatschappen verdwijnen.',
    },
    device: {
      deviceGroups_one: 'Het apparaat wordt uit de {{count}} apparaatgroep gehaald waarin het zit.',
      deviceGroups_other:
        'Het apparaat wordt uit de {{count}} apparaatgroepen gehaald waarin het zit.',
      user: 'Het apparaat is dan niet meer aan {{name}} toegewezen.',
      apple:
        'Apps die bij Apple aan het apparaat zijn toegewezen, blijven toegewezen tot ze worden ingetrokken.',
    },
  },
};

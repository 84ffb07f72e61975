import type { Translation } from '../en';

/** Dutch strings of the mail area (Apple's Dutch, profile-manager-ui.md §8). */
export const mailNl: Translation['mail'] = {
  pane: 'Mail',
  heading: 'Uitnodigingsmail',
  intro: 'Hoe VPP Console de uitnodigingen verstuurt waarmee gebruikers zich aanmelden.',
  sendThrough: 'Verstuur uitnodigingen via',
  modes: {
    catcher: 'Het ingebouwde Postvak UIT',
    smtp: 'Een SMTP-server',
  },
  catcherNote:
    'Er verlaat niets deze computer: elke uitnodiging verschijnt in Postvak UIT, onder Activiteit, waar je haar kunt lezen en de link kunt proberen. Kies een SMTP-server wanneer gebruikers hun uitnodigingen echt moeten ontvangen.',
  server: 'Server',
  serverPlaceholder: 'smtp.school.example',
  port: 'Poort',
  security: 'Beveiliging',
  securities: {
    none: 'Geen',
    starttls: 'STARTTLS',
    tls: 'SSL/TLS',
  },
  securityNote: {
    none: 'Mail en wachtwoorden gaan onversleuteld over het netwerk. Gebruik dit alleen voor een server op het eigen netwerk van de school.',
    starttls:
      'De verbinding wordt versleuteld voordat er iets wordt verstuurd; de server moet dit aanbieden.',
    tls: 'De verbinding is vanaf het begin versleuteld.',
  },
  useAuthentication: 'Gebruik identiteitscontrole',
  userName: 'Gebruikersnaam',
  password: 'Wachtwoord',
  passwordSaved: 'Bewaard in de kluis',
  passwordReplace: 'Typ een nieuw wachtwoord om het bewaarde te vervangen.',
  removePassword: 'Verwijder',
  removePasswordLabel: 'Verwijder het bewaarde wachtwoord',
  passwordRemoved: 'Het wachtwoord is uit de kluis verwijderd.',
  relay: 'Stuur uitgaande post door via internetaanbieder',
  relayHost: 'Relayserver',
  relayHostPlaceholder: 'smtp.provider.example',
  relayNote:
    'Elke uitnodiging gaat naar de mailserver van je internetaanbieder, die haar bezorgt. Gebruik dit wanneer je netwerk mail niet rechtstreeks naar buiten laat.',
  senderHeading: 'Afzender',
  senderAddress: 'Adres afzender',
  senderName: 'Naam afzender',
  senderNote: 'Gebruikers zien deze naam en dit adres als afzender van hun uitnodiging.',
  test: {
    button: 'Test verbinding',
    running: 'Verbinding wordt getest…',
    okCatcher: 'Het ingebouwde Postvak UIT is klaar: uitnodigingen verschijnen in Postvak UIT.',
    okSmtp: '{{server}} neemt mail aan van {{sender}}.',
    failed: 'De test is niet gelukt',
    succeeded: 'Verbonden',
    testing: 'Bezig',
  },
  problems: {
    hostMissing: 'Typ de naam van je mailserver.',
    hostInvalid: 'Typ een servernaam zoals smtp.school.example, of het IP-adres.',
    relayHostMissing: 'Typ de relayserver die je internetaanbieder heeft opgegeven.',
    relayHostInvalid: 'Typ de relayserver als servernaam, zoals smtp.provider.example.',
    portInvalid: 'Typ een poortnummer van 1 tot 65535; mailservers gebruiken meestal 587 of 465.',
    userMissing:
      'Typ de gebruikersnaam om mee in te loggen, of zet Gebruik identiteitscontrole uit.',
    passwordMissing: 'Typ het wachtwoord bij deze gebruikersnaam.',
    senderMissing: 'Typ het adres waarvandaan uitnodigingen worden verstuurd.',
    senderInvalid: 'Typ een e-mailadres zoals naam@school.example.',
    senderNameTooLong: 'Maak de naam van de afzender korter: hoogstens 200 tekens.',
    other: 'Controleer de velden hierboven.',
  },
  errors: {
    portBlocked:
      'Er antwoordde niets op poort {{port}} van {{host}}. Controleer de servernaam en de poort; blokkeert je aanbieder uitgaande mail, zet dan „Stuur uitgaande post door via internetaanbieder” aan.',
    unknownHost:
      'De servernaam {{host}} is niet gevonden. Controleer de spelling, of vraag je IT-afdeling naar de naam van de mailserver.',
    timeout:
      '{{host}} antwoordde niet op tijd. Misschien zit er een firewall tussen, of de server is uit de lucht.',
    tlsMismatch:
      '{{host}} gebruikt niet de beveiliging die voor poort {{port}} is gekozen. Probeer STARTTLS met poort 587, of SSL/TLS met poort 465.',
    certificateNotTrusted:
      'Het certificaat van {{host}} wordt niet vertrouwd. Vraag je IT-afdeling het certificaat van de server te herstellen.',
    authRefused:
      '{{host}} weigerde de gebruikersnaam of het wachtwoord. Controleer beide in Instellingen → Mail.',
    senderRefused:
      '{{host}} weigert mail te versturen van {{sender}}. Gebruik een afzenderadres dat de server toestaat.',
    starttlsRequired:
      '{{host}} neemt alleen mail aan over een versleutelde verbinding. Kies STARTTLS als beveiliging.',
    recipientRefused: '{{host}} weigerde de ontvanger {{recipient}}.',
    messageRefused: '{{host}} weigerde het bericht.',
  },
  outbox: {
    title: 'Postvak UIT',
    empty: 'Geen berichten',
    emptyHint:
      'De uitnodigingen die VPP Console via het ingebouwde Postvak UIT verstuurt, verschijnen hier. Stuur een uitnodigingsmail vanuit een gebruiker of groep waarvoor distributie via het VPP aanstaat.',
    emptyHintSmtp:
      'Uitnodigingen gaan nu naar je SMTP-server (Instellingen → Mail) en verschijnen hier dus niet meer; die eerder via het ingebouwde Postvak UIT zijn verstuurd wel.',
    noSubject: '(Geen onderwerp)',
    from: 'Van',
    to: 'Aan',
    date: 'Datum',
    subject: 'Onderwerp',
    tabs: {
      message: 'Bericht',
      text: 'Platte tekst',
      headers: 'Headers',
    },
    messageFrame: 'Het bericht zoals gebruikers het zien',
    noHtml: 'Dit bericht heeft geen opgemaakte versie; dit is de tekst.',
    loading: 'Bericht wordt geladen…',
    gone: 'Dit bericht staat niet meer in Postvak UIT.',
    sandboxPage: 'De uitnodigingspagina van de ingebouwde sandbox, op deze computer',
    links: 'Links in dit bericht',
    openLink: 'Open',
    openLinkLabel: 'Open ‘{{text}}’',
    openInTab: 'Open in nieuw tabblad',
    couldNotOpen: 'VPP Console kan deze link niet zelf openen; gebruik Open in nieuw tabblad.',
    headersLabel: 'Headers van het bericht',
    addReason: 'Berichten verschijnen hier wanneer VPP Console uitnodigingen verstuurt.',
    removeReason:
      'Berichten kunnen niet één voor één worden verwijderd; Wis Postvak UIT verwijdert ze allemaal.',
    clear: 'Wis Postvak UIT…',
    clearTitle: 'Postvak UIT wissen?',
    clearBody_one:
      'Het bericht in Postvak UIT wordt van deze computer verwijderd. De uitnodiging zelf blijft in Uitnodigingen staan.',
    clearBody_other:
      'Alle {{count}} berichten in Postvak UIT worden van deze computer verwijderd. De uitnodigingen zelf blijven in Uitnodigingen staan.',
    clearConfirm: 'Wis',
    nothingToClear: 'Postvak UIT is al leeg.',
    loadFailed: 'Postvak UIT kon niet worden gelezen: {{message}}',
  },
};

import type { Translations } from '../app/module-ui';

export const homeI18n: Translations = {
  nl: {
    nav: 'Overzicht',
    title: 'Doorpakken op digitalisering',
    lead: 'Eén open platform voor flexibel mbo-onderwijs en leven lang ontwikkelen: voor studenten van elke leeftijd, docenten, instellingen en bestuurders.',
    overviewTitle: 'Overzichtsplaat: wat het programma biedt, per doelgroep',
    overviewIntro:
      'Per thema zie je welke producten er zijn voor studenten, docenten, instellingen en bestuurders. Producten met een link kun je nu al gebruiken.',
    overviewCaption: 'Thema’s van het programma (rijen) en doelgroepen (kolommen)',
    theme: 'Thema',
    available: 'Beschikbaar',
    comingSoon: 'In ontwikkeling',
    noProducts: 'Geen product voor deze doelgroep',
    legendTitle: 'Legenda',
    demoTitle: 'Probeer het uit met een demo-account',
    demoIntro: 'Kies een rol. Je logt in via de demo-inlogdienst (een echte OpenID Connect-login, zonder wachtwoord).',
    loginAs: 'Inloggen als {{name}}',
    noRoles: 'geen rollen',
  },
  en: {
    nav: 'Overview',
    title: 'Doorpakken op digitalisering',
    lead: 'One open platform for flexible vocational education and lifelong learning: for students of every age, teachers, institutions and executives.',
    overviewTitle: 'Overview: what the programme offers, per target group',
    overviewIntro:
      'For each theme you see which products exist for students, teachers, institutions and executives. Products with a link can be used today.',
    overviewCaption: 'Themes of the programme (rows) and target groups (columns)',
    theme: 'Theme',
    available: 'Available',
    comingSoon: 'In development',
    noProducts: 'No product for this target group',
    legendTitle: 'Legend',
    demoTitle: 'Try it with a demo account',
    demoIntro: 'Pick a role. You log in through the demo identity provider (a real OpenID Connect login, without a password).',
    loginAs: 'Log in as {{name}}',
    noRoles: 'no roles',
  },
};

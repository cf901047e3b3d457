import type { Bilingual, Theme } from '../domain/overview.js';

/**
 * The programme's eight themes and the products that serve each target group. Descriptions follow
 * the programme plan of "Doorpakken op digitalisering" (2020–2022).
 */
export const programmeThemes: readonly Theme[] = [
  {
    code: 'leven-lang-ontwikkelen',
    name: { nl: 'Leven lang ontwikkelen', en: 'Lifelong learning' },
    description: {
      nl: 'Flexibel, modulair onderwijs voor starters, herstarters en doorstarters, met erkende kleinere eenheden.',
      en: 'Flexible, modular education for starters, returners and career changers, with recognised smaller units.',
    },
    products: [
      {
        code: 'modulair-aanbod',
        name: { nl: 'Modulair aanbod voor volwassenen', en: 'Modular offering for adults' },
        description: {
          nl: 'Onderwijseenheden die je los kunt volgen en die leiden tot een certificaat of badge.',
          en: 'Units you can follow on their own that lead to a certificate or badge.',
        },
        module: 'catalog',
        path: '/catalogus/volwassenen',
        targetGroups: ['student', 'instelling'],
      },
      {
        code: 'microcredentials',
        name: { nl: 'Microcredentials (Edubadges)', en: 'Microcredentials (Edubadges)' },
        description: {
          nl: 'Instellingen geven Open Badges 3.0 uit; iedereen kan ze controleren, ook zonder de school te bellen.',
          en: 'Institutions issue Open Badges 3.0; anyone can verify them without contacting the school.',
        },
        module: 'credentials',
        path: '/badges',
        targetGroups: ['student', 'docent', 'instelling'],
      },
      {
        code: 'legoblokjes',
        name: { nl: 'Standaard onderwijseenheden (legoblokjes)', en: 'Standard units (building blocks)' },
        description: {
          nl: 'Afspraken over omvang en beschrijving van eenheden, met een rapport van wat afwijkt.',
          en: 'Agreements on the size and description of units, with a report of what deviates.',
        },
        module: 'catalog',
        path: '/catalogus/standaard',
        targetGroups: ['instelling', 'bestuurder'],
      },
    ],
  },
  {
    code: 'onderwijscatalogus',
    name: { nl: 'Onderwijscatalogus', en: 'Education catalogue' },
    description: {
      nl: 'Instellingen beschrijven hun aanbod één keer, in een open standaard; de landelijke catalogus haalt het op bij de bron.',
      en: 'Institutions describe their offering once, in an open standard; the national catalogue fetches it at the source.',
    },
    products: [
      {
        code: 'landelijke-catalogus',
        name: { nl: 'Landelijke onderwijscatalogus', en: 'National education catalogue' },
        description: {
          nl: 'Het aanbod van alle instellingen via de Open Education API.',
          en: 'The offering of all institutions through the Open Education API.',
        },
        module: 'catalog',
        path: '/catalogus',
        targetGroups: ['student', 'instelling'],
      },
      {
        code: 'zoeken-vergelijken',
        name: { nl: 'Zoeken en vergelijken', en: 'Search and compare' },
        description: {
          nl: 'Vind de eenheid die bij je past: op niveau, regio, startmoment en prijs.',
          en: 'Find the unit that suits you: by level, region, start date and price.',
        },
        module: 'catalog',
        path: '/catalogus',
        targetGroups: ['student'],
      },
      {
        code: 'kwalificatiestructuur',
        name: { nl: 'Kwalificatiestructuur', en: 'Qualification structure' },
        description: {
          nl: 'Kwalificaties, kerntaken, werkprocessen en keuzedelen als gedeelde referentie.',
          en: 'Qualifications, core tasks, work processes and electives as a shared reference.',
        },
        module: 'reference',
        path: '/kwalificaties',
        targetGroups: ['student', 'docent', 'instelling'],
      },
    ],
  },
  {
    code: 'een-dossier',
    name: { nl: 'Eén dossier voor elke student', en: 'One dossier for every student' },
    description: {
      nl: 'Een eigen dossier voor het leven: resultaten, badges, werkervaring en stages, gedeeld op jouw voorwaarden.',
      en: 'A dossier for life: results, badges, work experience and placements, shared on your terms.',
    },
    products: [
      {
        code: 'eigen-dossier',
        name: { nl: 'Eigen dossier', en: 'Own dossier' },
        description: {
          nl: 'Al je resultaten en bewijzen op één plek, in jouw beheer.',
          en: 'All your results and evidence in one place, under your control.',
        },
        module: 'dossier',
        path: '/dossier',
        targetGroups: ['student'],
      },
      {
        code: 'delen',
        name: { nl: 'Delen met werkgever of school', en: 'Share with an employer or school' },
        description: {
          nl: 'Deel een selectie met een verloopdatum en trek het in wanneer je wilt.',
          en: 'Share a selection with an expiry date and withdraw it whenever you like.',
        },
        module: 'dossier',
        path: '/dossier/delen',
        targetGroups: ['student', 'instelling'],
      },
      {
        code: 'inzage-log',
        name: { nl: 'Wie heeft mijn gegevens bekeken', en: 'Who looked at my data' },
        description: { nl: 'Elk bezoek aan je gegevens, zichtbaar voor jou.', en: 'Every visit to your data, visible to you.' },
        module: 'dossier',
        path: '/dossier/inzage',
        targetGroups: ['student'],
      },
    ],
  },
  {
    code: 'onderwijslogistiek',
    name: { nl: 'Onderwijslogistiek', en: 'Education logistics' },
    description: {
      nl: 'Reken door wat een flexibel dienstverleningsconcept kost en vraagt: groepen, personeel, lokalen en wachttijd.',
      en: 'Compute what a flexible service concept costs and needs: groups, staff, rooms and waiting time.',
    },
    products: [
      {
        code: 'mengpaneel',
        name: { nl: 'Mengpaneel', en: 'Mixing panel' },
        description: {
          nl: 'Schuif aan de knoppen van je dienstverleningsconcept en zie direct wat het betekent.',
          en: 'Move the knobs of your service concept and see at once what it means.',
        },
        module: 'logistics',
        path: '/logistiek',
        targetGroups: ['instelling', 'bestuurder'],
      },
      {
        code: 'prognose',
        name: { nl: 'Prognose studentaantallen', en: 'Student-number forecast' },
        description: { nl: 'Verwachte aantallen voor de komende vijf jaar.', en: 'Expected numbers for the next five years.' },
        module: 'logistics',
        path: '/logistiek/prognose',
        targetGroups: ['instelling', 'bestuurder'],
      },
    ],
  },
  {
    code: 'data-ondersteund-onderwijs',
    name: { nl: 'Data-ondersteund onderwijs', en: 'Data-supported education' },
    description: {
      nl: 'Tijdig signaleren wie dreigt uit te vallen, met privacy en eerlijkheid ingebouwd en altijd een mens die beslist.',
      en: 'Early signals of who may drop out, with privacy and fairness built in and always a human deciding.',
    },
    products: [
      {
        code: 'vroegsignalering',
        name: { nl: 'Vroegsignalering voortijdig schoolverlaten', en: 'Early warning for early school leaving' },
        description: {
          nl: 'Signalen voor mentoren, met uitleg en een menselijke afweging.',
          en: 'Signals for mentors, with explanations and human judgement.',
        },
        module: 'insights',
        path: '/inzicht',
        targetGroups: ['docent', 'instelling'],
      },
      {
        code: 'leerpaden',
        name: { nl: 'Leerpad-dashboards', en: 'Learning-path dashboards' },
        description: { nl: 'Voortgang in één oogopslag.', en: 'Progress at a glance.' },
        module: 'insights',
        path: '/inzicht/leerpaden',
        targetGroups: ['student', 'docent'],
      },
    ],
  },
  {
    code: 'leermiddelen',
    name: { nl: 'Leermiddelen en digitaal burgerschap', en: 'Learning materials and digital citizenship' },
    description: {
      nl: 'Open en gesloten leermiddelen per kwalificatie en keuzedeel, met licenties en kosten.',
      en: 'Open and closed learning materials per qualification and elective, with licences and costs.',
    },
    products: [
      {
        code: 'leermiddelen-per-kwalificatie',
        name: { nl: 'Leermiddelen per kwalificatie', en: 'Learning materials per qualification' },
        description: {
          nl: 'Vind materiaal bij je kwalificatie of keuzedeel (NL-LOM, OAI-PMH).',
          en: 'Find material for your qualification or elective (NL-LOM, OAI-PMH).',
        },
        module: 'materials',
        path: '/leermiddelen',
        targetGroups: ['docent', 'student'],
      },
      {
        code: 'kostenbenchmark',
        name: { nl: 'Kostenbenchmark leermiddelen', en: 'Learning-material cost benchmark' },
        description: { nl: 'Wat kost een opleiding aan leermiddelen, vergeleken.', en: 'What a programme costs in materials, compared.' },
        module: 'materials',
        path: '/leermiddelen/kosten',
        targetGroups: ['instelling', 'bestuurder'],
      },
      {
        code: 'digitaal-burgerschap',
        name: { nl: 'Digitaal burgerschap', en: 'Digital citizenship' },
        description: {
          nl: 'Materiaal en keuzedelen over leven in een digitale samenleving.',
          en: 'Material and electives on life in a digital society.',
        },
        module: 'materials',
        path: '/leermiddelen/burgerschap',
        targetGroups: ['student', 'docent'],
      },
    ],
  },
  {
    code: 'docentondersteuning',
    name: { nl: 'Docentondersteuning', en: 'Teacher support' },
    description: {
      nl: 'Docenten zien waar ze staan in digitale bekwaamheid en vinden passende professionalisering.',
      en: 'Teachers see where they stand in digital competence and find matching professional development.',
    },
    products: [
      {
        code: 'zelfscan',
        name: { nl: 'Zelfscan digitale bekwaamheid', en: 'Digital competence self-scan' },
        description: { nl: 'DigCompEdu: 22 competenties, niveau A1 tot C2.', en: 'DigCompEdu: 22 competences, levels A1 to C2.' },
        module: 'teachers',
        path: '/docenten',
        targetGroups: ['docent'],
      },
      {
        code: 'professionalisering',
        name: { nl: 'Professionaliseringsaanbod', en: 'Professional development' },
        description: { nl: 'Aanbod dat past bij je scan.', en: 'Offerings that match your scan.' },
        module: 'teachers',
        path: '/docenten/aanbod',
        targetGroups: ['docent', 'instelling'],
      },
      {
        code: 'bewegingsscan',
        name: { nl: 'Bewegingsscan', en: 'Movement scan' },
        description: {
          nl: 'Een geanonimiseerd beeld van hoe bekwaamheid zich ontwikkelt over teams en instellingen.',
          en: 'An anonymised picture of how competence develops across teams and institutions.',
        },
        module: 'teachers',
        path: '/docenten/bewegingsscan',
        targetGroups: ['instelling', 'bestuurder'],
      },
    ],
  },
  {
    code: 'innovatie-stimuleren',
    name: { nl: 'Innovatie stimuleren', en: 'Stimulating innovation' },
    description: {
      nl: 'Pilots, ondersteuningsaanvragen en de organisatie van het programma zelf: jaarplannen, voortgang en verantwoording.',
      en: 'Pilots, support requests and the organisation of the programme itself: annual plans, progress and accountability.',
    },
    products: [
      {
        code: 'pilots',
        name: { nl: 'Pilots en ondersteuningsaanvragen', en: 'Pilots and support requests' },
        description: { nl: 'Dien een aanvraag in en volg het besluit.', en: 'Submit a request and follow the decision.' },
        module: 'programme',
        path: '/programma/aanvragen',
        targetGroups: ['instelling', 'docent'],
      },
      {
        code: 'jaarplannen',
        name: { nl: 'Jaarplannen en voortgang', en: 'Annual plans and progress' },
        description: { nl: 'Resultaten per thema, maandelijks bijgewerkt.', en: 'Results per theme, updated monthly.' },
        module: 'programme',
        path: '/programma',
        targetGroups: ['bestuurder'],
      },
      {
        code: 'jaarverslag',
        name: { nl: 'Openbaar jaarverslag', en: 'Public annual report' },
        description: { nl: 'Voortgang, resultaten en financiële verantwoording.', en: 'Progress, results and financial accountability.' },
        module: 'programme',
        path: '/programma/jaarverslag',
        targetGroups: ['bestuurder', 'instelling'],
      },
    ],
  },
];

/** One team per theme, led by an aanvoerder. */
export const programmeTeams: ReadonlyArray<{ code: string; theme: string; name: Bilingual }> = programmeThemes.map((t) => ({
  code: `team-${t.code}`,
  theme: t.code,
  name: { nl: `Themateam ${t.name.nl}`, en: `Theme team ${t.name.en}` },
}));

/**
 * The small demo catalogue: a handful of programmes, units and offerings at the demo institutions,
 * enough to search, filter and edit. Every record is demo data (flagged `is_demo`); titles and
 * descriptions are written for the demo, not taken from real institutions.
 */

/** A demo unit with its offerings. */
export interface DemoUnit {
  readonly institution: string;
  readonly code: string;
  readonly title: string;
  readonly description: string;
  readonly sbu: number;
  readonly weeks: number | null;
  readonly crebo?: string;
  readonly elective?: string;
  readonly covers?: readonly string[];
  readonly outcomes: readonly string[];
  readonly standalone: boolean;
  readonly leadsTo?: 'certificate' | 'badge';
  readonly leerwegen?: readonly ('BOL' | 'BBL')[];
  readonly programme?: string;
  readonly offerings: ReadonlyArray<{
    readonly location: string | null;
    readonly intake: 'fixed' | 'flexible';
    readonly start?: string;
    readonly end?: string;
    readonly mode: 'on_site' | 'online' | 'hybrid';
    readonly price: number | null;
    readonly capacity?: number;
  }>;
}

export const demoProgrammes = [
  { institution: '901A001', code: 'APO-BOL', title: 'Apothekersassistent (BOL)', crebo: '27141', leerweg: 'BOL', niveau: 4, months: 36 },
  { institution: '901A001', code: 'SD-BOL', title: 'Software developer (BOL)', crebo: '25604', leerweg: 'BOL', niveau: 4, months: 36 },
  { institution: '902A001', code: 'VIG-BBL', title: 'Verzorgende-IG (BBL)', crebo: '25655', leerweg: 'BBL', niveau: 3, months: 24 },
  { institution: '902A001', code: 'LOG-BOL', title: 'Logistiek medewerker (BOL)', crebo: '25462', leerweg: 'BOL', niveau: 2, months: 24 },
] as const;

export const demoSessions = [
  { code: '2026-2027', name: 'Schooljaar 2026-2027', type: 'academic_year', start: '2026-08-01', end: '2027-07-31' },
  { code: '2027-P3', name: 'Periode 3 (2026-2027)', type: 'period', start: '2027-02-01', end: '2027-04-18', parent: '2026-2027' },
  { code: '2027-P4', name: 'Periode 4 (2026-2027)', type: 'period', start: '2027-04-19', end: '2027-07-16', parent: '2026-2027' },
] as const;

const flexOnline = { location: null, intake: 'flexible', mode: 'online' } as const;

export const demoUnits: readonly DemoUnit[] = [
  {
    institution: '901A001',
    code: 'APO-FZ1',
    title: 'Farmaceutische patiëntenzorg',
    description: 'Je leert recepten beoordelen, geneesmiddelen klaarmaken en patiënten uitleg geven aan de balie van de apotheek.',
    sbu: 240,
    weeks: 10,
    crebo: '27141',
    covers: ['B1-K1', 'B1-K1-W1', 'B1-K1-W2', 'B1-K1-W3'],
    outcomes: ['Beoordeelt een recept op volledigheid en risico’s', 'Geeft begrijpelijke uitleg over geneesmiddelgebruik'],
    standalone: true,
    leadsTo: 'certificate',
    programme: 'APO-BOL',
    offerings: [
      { location: '901X001', intake: 'fixed', start: '2027-02-01', end: '2027-04-16', mode: 'on_site', price: 89500, capacity: 24 },
      { location: '901X003', intake: 'fixed', start: '2027-09-06', end: '2027-11-19', mode: 'hybrid', price: 89500, capacity: 20 },
    ],
  },
  {
    institution: '901A001',
    code: 'APO-LOG',
    title: 'Logistiek in de apotheek',
    description: 'Voorraad beheren, bestellen en geneesmiddelen veilig opslaan volgens de regels.',
    sbu: 120,
    weeks: 6,
    crebo: '27141',
    covers: ['B1-K2', 'B1-K2-W1', 'B1-K2-W2'],
    outcomes: ['Beheert de voorraad van de apotheek'],
    standalone: true,
    leadsTo: 'badge',
    programme: 'APO-BOL',
    offerings: [{ location: '901X002', intake: 'flexible', mode: 'hybrid', price: 45000 }],
  },
  {
    institution: '901A001',
    code: 'SD-WEB',
    title: 'Webapplicaties bouwen',
    description: 'Van ontwerp tot werkende webapplicatie: je programmeert, test en levert op in een klein team.',
    sbu: 240,
    weeks: 10,
    crebo: '25604',
    covers: ['B1-K1', 'B1-K1-W1', 'B1-K1-W2'],
    outcomes: ['Realiseert een onderdeel van een webapplicatie', 'Test software en verwerkt bevindingen'],
    standalone: true,
    leadsTo: 'certificate',
    programme: 'SD-BOL',
    offerings: [
      { location: '901X002', intake: 'fixed', start: '2027-02-01', end: '2027-04-16', mode: 'on_site', price: 0, capacity: 28 },
      { ...flexOnline, price: 120000 },
    ],
  },
  {
    institution: '901A001',
    code: 'SD-TEAM',
    title: 'Werken in een ontwikkelteam',
    description: 'Scrum, code reviews en samenwerken met opdrachtgevers.',
    sbu: 60,
    weeks: 4,
    crebo: '25604',
    covers: ['B1-K2'],
    outcomes: ['Werkt samen in een ontwikkelteam'],
    standalone: false,
    programme: 'SD-BOL',
    offerings: [{ location: '901X002', intake: 'fixed', start: '2027-04-19', mode: 'on_site', price: null }],
  },
  {
    institution: '901A001',
    code: 'K-CYBER',
    title: 'Cybersecurity basis',
    description: 'Herken dreigingen, beveilig accounts en apparaten en weet wat je doet bij een incident.',
    sbu: 240,
    weeks: 8,
    elective: 'K0909',
    outcomes: ['Past basismaatregelen voor informatiebeveiliging toe'],
    standalone: true,
    leadsTo: 'badge',
    offerings: [
      { ...flexOnline, price: 39500 },
      { location: '901X001', intake: 'fixed', start: '2027-03-01', mode: 'hybrid', price: 39500 },
    ],
  },
  {
    institution: '901A001',
    code: 'K-ENG',
    title: 'Engels B1 op de werkvloer',
    description: 'Engels spreken en schrijven in je beroep.',
    sbu: 240,
    weeks: 30,
    elective: 'K0906',
    outcomes: [],
    standalone: true,
    offerings: [{ location: '901X001', intake: 'fixed', start: '2027-02-01', mode: 'on_site', price: 0 }],
  },
  {
    institution: '902A001',
    code: 'VIG-WIJK',
    title: 'Wijkgerichte zorg',
    description: 'Zorg verlenen in de wijk: samenwerken met mantelzorgers, huisarts en wijkteam.',
    sbu: 240,
    weeks: 10,
    elective: 'K0915',
    outcomes: ['Stemt zorg af met het netwerk van de cliënt'],
    standalone: true,
    leadsTo: 'certificate',
    leerwegen: ['BBL'],
    offerings: [
      { location: '902X001', intake: 'fixed', start: '2027-02-08', end: '2027-04-30', mode: 'on_site', price: 75000, capacity: 18 },
      { location: '902X003', intake: 'flexible', mode: 'hybrid', price: 75000 },
    ],
  },
  {
    institution: '902A001',
    code: 'VIG-ZORG',
    title: 'Persoonlijke verzorging en verpleegtechnische handelingen',
    description: 'Basiszorg en verpleegtechnische handelingen voor zij-instromers in de zorg.',
    sbu: 480,
    weeks: 20,
    crebo: '25655',
    covers: ['B1-K1', 'B1-K1-W1'],
    outcomes: ['Voert verpleegtechnische handelingen veilig uit', 'Biedt persoonlijke verzorging'],
    standalone: true,
    leadsTo: 'certificate',
    leerwegen: ['BBL'],
    programme: 'VIG-BBL',
    offerings: [{ location: '902X002', intake: 'fixed', start: '2027-03-01', mode: 'on_site', price: 149000, capacity: 16 }],
  },
  {
    institution: '902A001',
    code: 'LOG-HEF',
    title: 'Heftruck en reachtruck',
    description: 'Veilig rijden met heftruck en reachtruck, inclusief praktijkexamen.',
    sbu: 240,
    weeks: 4,
    elective: 'K0919',
    outcomes: ['Rijdt veilig met een heftruck'],
    standalone: true,
    leadsTo: 'certificate',
    offerings: [
      { location: '902X001', intake: 'fixed', start: '2027-01-18', mode: 'on_site', price: 69500, capacity: 12 },
      { location: '902X003', intake: 'fixed', start: '2027-05-10', mode: 'on_site', price: 69500, capacity: 12 },
    ],
  },
  {
    institution: '902A001',
    code: 'LOG-ORD',
    title: 'Orderpicken en goederenontvangst',
    description: 'Goederen ontvangen, controleren, opslaan en orders verzamelen in het magazijn.',
    sbu: 90,
    weeks: null,
    crebo: '25462',
    covers: ['B1-K1'],
    outcomes: [],
    standalone: false,
    programme: 'LOG-BOL',
    offerings: [{ location: '902X002', intake: 'flexible', mode: 'on_site', price: null }],
  },
  {
    institution: '903A001',
    code: 'KOK-BASIS',
    title: 'Basistechnieken van de keuken',
    description: 'Snijden, garen en bereiden: de basis voor iedereen die als kok aan de slag wil.',
    sbu: 240,
    weeks: 10,
    crebo: '25180',
    covers: ['B1-K1'],
    outcomes: ['Bereidt eenvoudige gerechten volgens recept'],
    standalone: true,
    leadsTo: 'certificate',
    offerings: [{ location: '903X001', intake: 'fixed', start: '2027-02-15', mode: 'on_site', price: 95000, capacity: 14 }],
  },
  {
    institution: '904A001',
    code: 'DIG-BASIS',
    title: 'Digitale vaardigheden basis',
    description: 'Werken met e-mail, documenten en veilig internetten: voor wie weer aan het werk wil.',
    sbu: 240,
    weeks: 8,
    elective: 'K0901',
    outcomes: ['Gebruikt digitale hulpmiddelen veilig in het werk'],
    standalone: true,
    leadsTo: 'badge',
    offerings: [
      { ...flexOnline, price: 0 },
      { location: '904X002', intake: 'fixed', start: '2027-02-01', mode: 'hybrid', price: 0 },
    ],
  },
  {
    institution: '905A001',
    code: 'SOL-INST',
    title: 'Zonnepanelen installeren',
    description: 'Zonne-energiesystemen ontwerpen, installeren en opleveren volgens de NEN-normen.',
    sbu: 240,
    weeks: 8,
    elective: 'K0921',
    outcomes: ['Installeert een zonne-energiesysteem'],
    standalone: true,
    leadsTo: 'certificate',
    offerings: [{ location: '905X001', intake: 'fixed', start: '2027-03-08', mode: 'on_site', price: 125000, capacity: 12 }],
  },
  {
    institution: '906A001',
    code: 'DATA-PR',
    title: 'Data-analyse in de praktijk',
    description: 'Gegevens verzamelen, opschonen en presenteren met spreadsheets en dashboards.',
    sbu: 240,
    weeks: 10,
    elective: 'K0912',
    outcomes: ['Analyseert gegevens en presenteert de uitkomsten'],
    standalone: true,
    leadsTo: 'badge',
    offerings: [{ ...flexOnline, price: 59500 }],
  },
];

/** The demo standard: what the (fictional) sector agreement asks of every unit. */
export const demoSectorRuleset = {
  name: 'Legoblokjes mbo (demo-afspraak)',
  rules: {
    allowedSbu: [60, 120, 240, 480, 720],
    minWeeks: null,
    maxWeeks: 20,
    requiredFields: ['description', 'learningOutcomes', 'coverage'],
    minLearningOutcomes: 0,
  },
} as const;

/** The demo standard ROC Amstelkade added for its own units. */
export const demoInstitutionRuleset = {
  institution: '901A001',
  name: 'Amstelkade modulair (demo)',
  rules: { allowedSbu: [], minWeeks: 2, maxWeeks: 12, requiredFields: ['durationWeeks'], minLearningOutcomes: 1 },
} as const;

/*
 * Every figure the law, a collective agreement or a benchmark sets lives here, versioned and with
 * its source: the hour norms (WEB art. 7.2.7 and the pending bill 36670), the CAO and benchmark
 * figures that serve as editable defaults, and the published progression rates the stochastic layer
 * and the forecast are calibrated on. Nothing in the engine is a bare constant.
 */

/** Where a figure comes from; `verified: false` marks a placeholder that is labelled as such. */
export interface Source {
  readonly title: string;
  readonly note?: string;
  readonly verified: boolean;
}

/** Minimum hours over a whole BOL programme: begeleide onderwijstijd, work placement and both together. */
export interface ProgrammeNorm {
  readonly bot: number;
  readonly bpv: number;
  readonly total: number;
}

/** One version of the hour norms. */
export interface HourNormRuleset {
  readonly id: HourNormRulesetId;
  readonly name: string;
  readonly status: 'in-force' | 'pending';
  /** First school year the version applies to (for a pending bill: the year it is expected). */
  readonly applies: string;
  readonly source: Source;
  /** Study load of a year: 40 weeks of 40 hours. */
  readonly studyLoadPerYear: number;
  readonly weeksPerYear: number;
  readonly maxHoursPerWeek: number;
  readonly bol: {
    /** Entree (niveau 1): a one-year programme with its own minimums. */
    readonly entree: ProgrammeNorm;
    /** By programme duration in years. */
    readonly byDuration: Readonly<Record<1 | 2 | 3 | 4, ProgrammeNorm>>;
    /** Minimum begeleide onderwijstijd in the first year at niveau 2–4. */
    readonly firstYearBot: number;
  };
  readonly bbl: {
    /** Minimums for every year of a BBL programme. */
    readonly perYear: ProgrammeNorm;
  };
}

export const hourNormRulesetIds = ['web-7.2.7', 'web-7.2.7-wetsvoorstel-36670'] as const;
export type HourNormRulesetId = (typeof hourNormRulesetIds)[number];

const webNorms: Omit<HourNormRuleset, 'id' | 'name' | 'status' | 'applies' | 'source'> = {
  studyLoadPerYear: 1600,
  weeksPerYear: 40,
  maxHoursPerWeek: 40,
  bol: {
    entree: { bot: 600, bpv: 0, total: 1000 },
    byDuration: {
      1: { bot: 700, bpv: 250, total: 1000 },
      2: { bot: 1250, bpv: 450, total: 2000 },
      3: { bot: 1800, bpv: 900, total: 3000 },
      4: { bot: 2350, bpv: 1350, total: 4000 },
    },
    firstYearBot: 700,
  },
  bbl: { perYear: { bot: 200, bpv: 610, total: 850 } },
};

/** The hour norms by version: today's law and the pending change. */
export const hourNormRulesets: Readonly<Record<HourNormRulesetId, HourNormRuleset>> = {
  'web-7.2.7': {
    id: 'web-7.2.7',
    name: 'WEB art. 7.2.7 (huidige wet)',
    status: 'in-force',
    applies: '2024-08-01',
    source: { title: 'Wet educatie en beroepsonderwijs, artikel 7.2.7 (urennormen bol en bbl)', verified: true },
    ...webNorms,
  },
  'web-7.2.7-wetsvoorstel-36670': {
    id: 'web-7.2.7-wetsvoorstel-36670',
    name: 'Wetsvoorstel 36670 (2025): eerste jaar 500 uur begeleide onderwijstijd',
    status: 'pending',
    applies: '2026-08-01',
    source: {
      title: 'Wetsvoorstel 36670 (2025): begeleide onderwijstijd in het eerste jaar van 700 naar 500 uur, totaal ongewijzigd',
      note: 'Nog niet aangenomen; de datum van inwerkingtreding is een aanname.',
      verified: false,
    },
    ...webNorms,
    bol: { ...webNorms.bol, firstYearBot: 500 },
  },
};

/** The ruleset in force unless a scenario chooses another. */
export const defaultRulesetId: HourNormRulesetId = 'web-7.2.7';

/** A default value with its source. */
export interface SourcedFigure {
  readonly value: number;
  readonly unit: string;
  readonly source: Source;
}

/** Staff, money and benchmark figures a scenario starts with; every one can be changed per scenario. */
export const defaultFigures = {
  hoursPerFte: {
    value: 1659,
    unit: 'uur per jaar',
    source: { title: 'CAO mbo: voltijd 36,86 uur per week, ongeveer 1.659 werkuren per FTE per jaar', verified: false },
  },
  costPerFteCents: {
    value: 8_500_000,
    unit: 'eurocent per FTE per jaar',
    source: {
      title: 'Aanname (demo): gemiddelde loonkosten van een docent inclusief werkgeverslasten',
      note: 'Geen gepubliceerde bron gevonden; vervang door de eigen loonkosten.',
      verified: false,
    },
  },
  loadFactor: {
    value: 1.6,
    unit: 'werkuren per contactuur',
    source: { title: 'Aanname (demo): voorbereiding, nakijken en overleg per contactuur', verified: false },
  },
  bpvSupervisionHours: {
    value: 10,
    unit: 'uur per bpv-student per jaar',
    source: { title: 'Aanname (demo): begeleiding van de beroepspraktijkvorming door de school', verified: false },
  },
  fundingBolCents: {
    value: 850_000,
    unit: 'eurocent per bol-student per jaar',
    source: {
      title: 'OCW-bekostiging mbo 2019: € 4.210 mln, ongeveer € 8.500 per bekostigde student',
      note: 'Afgeleid, niet gepubliceerd.',
      verified: false,
    },
  },
  fundingBblCents: {
    value: 425_000,
    unit: 'eurocent per bbl-student per jaar',
    source: { title: 'Afgeleid: de helft van een bol-student (bbl weegt 0,5 in de benchmark)', verified: false },
  },
  benchmarkStudentsPerFte: {
    value: 12,
    unit: 'gewogen studenten per FTE',
    source: {
      title: 'MBO Raad benchmark 2019: 1 FTE onderwijs en directe ondersteuning per ongeveer 12 gewogen studenten',
      verified: true,
    },
  },
  bblWeightPercent: {
    value: 50,
    unit: '% gewicht van een bbl-student',
    source: { title: 'MBO Raad benchmark 2019: bbl en deeltijd wegen 0,5', verified: true },
  },
  contactCapPerWeek: {
    value: 26,
    unit: 'contacturen per schoolweek',
    source: { title: 'Aanname (demo): instellingsbeleid voor het maximum aantal contacturen per week', verified: false },
  },
  bpvHoursPerWeek: {
    value: 32,
    unit: 'uur per bpv-week',
    source: { title: 'Aanname (demo): een bpv-week telt 32 uur', verified: false },
  },
  weeksPerYearForArrivals: {
    value: 52,
    unit: 'weken waarin aanmeldingen binnenkomen',
    source: { title: 'Aanmeldingen komen het hele kalenderjaar binnen', verified: true },
  },
} as const satisfies Record<string, SourcedFigure>;

/** Placeholders for the service concept, no published source (treated as input). */
export const defaultConceptSource: Source = {
  title: 'Groepsgrootte 24 theorie / 16 praktijk: plaatshouders, geen bron gevonden',
  verified: false,
};

/** Published rates of early leaving and year results, for the stochastic layer and the forecast. */
export interface ProgressionRates {
  /** Early school leaving (VSV) by leerweg and niveau 1–4, as fractions. */
  readonly dropout: Readonly<Record<'BOL' | 'BBL', readonly [number, number, number, number]>>;
  /** Year result (passing the year) by niveau 1–4, as fractions. */
  readonly pass: readonly [number, number, number, number];
  /** Of those who neither pass nor drop out, the share that repeats the year (the rest switch to another programme). */
  readonly repeatShareOfRest: number;
  readonly source: Source;
}

export const progressionRates: ProgressionRates = {
  dropout: {
    BOL: [0.229, 0.0894, 0.0389, 0.0333],
    BBL: [0.2513, 0.1067, 0.0358, 0.0342],
  },
  pass: [0.79, 0.72, 0.72, 0.75],
  repeatShareOfRest: 0.5,
  source: {
    title: 'VSV 2017/18 naar niveau (bol 22,90/8,94/3,89/3,33 %, bbl 25,13/10,67/3,58/3,42 %); jaarresultaat 2016/17 (79/72/72/75 %)',
    note: 'Wie niet slaagt en niet uitvalt, doet het jaar over (de helft, aanname) of stapt over naar een andere opleiding.',
    verified: true,
  },
};

/** Rates of one niveau and leerweg: passing, dropping out, repeating and switching programme, summing to one. */
export function ratesFor(leerweg: 'BOL' | 'BBL', niveau: number): { pass: number; dropout: number; repeat: number; switch: number } {
  const i = Math.min(4, Math.max(1, Math.round(niveau))) - 1;
  const dropout = progressionRates.dropout[leerweg][i] ?? 0;
  const pass = Math.min(progressionRates.pass[i] ?? 0, 1 - dropout);
  const rest = Math.max(0, 1 - pass - dropout);
  return { pass, dropout, repeat: rest * progressionRates.repeatShareOfRest, switch: rest * (1 - progressionRates.repeatShareOfRest) };
}

/** Code formats of the Dutch education chain (RIO and SBB). */
export const codePatterns = {
  /** RIO onderwijsaanbiedercode, e.g. 123A456. */
  institution: /^\d{3}A\d{3}$/,
  /** RIO onderwijslocatiecode, e.g. 123X456. */
  location: /^\d{3}X\d{3}$/,
  /** RIO opleidingseenheidcode, e.g. 1234O5678. */
  programmeUnit: /^\d{4}O\d{4}$/,
  /** Crebo code of a kwalificatie or kwalificatiedossier: five digits. */
  crebo: /^\d{5}$/,
  /** Keuzedeel code: K and four digits. */
  elective: /^K\d{4}$/,
  /** Core task in the basisdeel (B) or profieldeel (P), e.g. B1-K1. */
  coreTask: /^[BP]\d-K\d+$/,
  /** Work process of a core task, e.g. B1-K1-W2. */
  workProcess: /^[BP]\d-K\d+-W\d+$/,
} as const;

/** An example of each code, for error messages. */
export const codeExamples: Readonly<Record<keyof typeof codePatterns, string>> = {
  institution: '123A456',
  location: '123X456',
  programmeUnit: '1234O5678',
  crebo: '27141',
  elective: 'K0123',
  coreTask: 'B1-K1',
  workProcess: 'B1-K1-W1',
};

/** Keuzedelen come in multiples of this many study-load hours (SBU). */
export const ELECTIVE_SBU_STEP = 240;

/** The core task a work process belongs to: B1-K1-W2 → B1-K1. */
export function coreTaskOfWorkProcess(code: string): string {
  return code.replace(/-W\d+$/, '');
}

/** mbo levels: 1 is Entree, 4 is middenkaderopleiding / specialist. */
export const NIVEAUS = [1, 2, 3, 4] as const;
export type Niveau = (typeof NIVEAUS)[number];

/** The EQF level of an mbo niveau (NLQF maps niveau 1–4 to EQF 1–4). */
export function eqfOfNiveau(niveau: Niveau): `eqf_${Niveau}` {
  return `eqf_${niveau}`;
}

/** Dutch provinces, for locations and regional search. */
export const PROVINCES = [
  'Groningen',
  'Fryslân',
  'Drenthe',
  'Overijssel',
  'Flevoland',
  'Gelderland',
  'Utrecht',
  'Noord-Holland',
  'Zuid-Holland',
  'Zeeland',
  'Noord-Brabant',
  'Limburg',
] as const;
export type Province = (typeof PROVINCES)[number];

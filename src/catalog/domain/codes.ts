/** Vocabularies and code formats of the catalogue. Pure: shared by the server and the web app. */

/** RIO and SBB code formats the catalogue checks (the reference module holds the same rules for its records). */
export const catalogPatterns = {
  crebo: /^\d{5}$/,
  elective: /^K\d{4}$/,
  location: /^\d{3}X\d{3}$/,
  institution: /^\d{3}A\d{3}$/,
  /** A core task (B1-K1) or a work process (B1-K1-W2). */
  coverage: /^[BP]\d-K\d+(-W\d+)?$/,
  /** An institution's own code for an item: letters, digits, dots, dashes and underscores. */
  itemCode: /^[A-Za-z0-9][A-Za-z0-9._-]{0,59}$/,
} as const;

export const LEERWEGEN = ['BOL', 'BBL'] as const;
export type Leerweg = (typeof LEERWEGEN)[number];

export const UNIT_KINDS = ['course', 'learning_component'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const MODES = ['on_site', 'online', 'hybrid'] as const;
export type Mode = (typeof MODES)[number];

export const INTAKES = ['fixed', 'flexible'] as const;
export type Intake = (typeof INTAKES)[number];

export const LEADS_TO = ['certificate', 'badge'] as const;
export type LeadsTo = (typeof LEADS_TO)[number];

export const ITEM_STATUSES = ['draft', 'published', 'retired'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

/** Learning-component types of OEAPI v6 that an editor may choose. */
export const COMPONENT_TYPES = [
  'practical',
  'lecture',
  'workshop',
  'project',
  'skills_training',
  'tutorial',
  'independent_study',
  'excursion',
  'consultation',
  'learning_community',
  'external',
] as const;

/** OEAPI academic-session types. */
export const SESSION_TYPES = ['academic_year', 'semester', 'trimester', 'quarter', 'testing_period', 'period'] as const;

/** The editable kinds of catalogue item, as they appear in paths. */
export const ITEM_KINDS = ['programmes', 'units', 'offerings', 'sessions'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];
/** Kinds that have a draft → published → retired lifecycle (sessions are plain calendar data). */
export const VERSIONED_KINDS = ['programmes', 'units', 'offerings'] as const;
export type VersionedKind = (typeof VERSIONED_KINDS)[number];

/** Buckets of the price facet, in euro cents (upper bound exclusive; null = open). */
export const PRICE_BUCKETS = [
  { key: 'free', min: 0, max: 1 },
  { key: 'lt250', min: 1, max: 25_000 },
  { key: '250-500', min: 25_000, max: 50_000 },
  { key: '500-1000', min: 50_000, max: 100_000 },
  { key: 'gte1000', min: 100_000, max: null },
] as const;

/** Buckets of the study-load facet, in SBU (upper bound inclusive; null = open). */
export const SBU_BUCKETS = [
  { key: 'le60', min: 1, max: 60 },
  { key: '61-120', min: 61, max: 120 },
  { key: '121-240', min: 121, max: 240 },
  { key: '241-480', min: 241, max: 480 },
  { key: 'gt480', min: 481, max: null },
] as const;

/** The OEAPI level of an mbo niveau. */
export function oeapiLevel(niveau: number): string {
  return `secondary_vocational_education_${niveau}`;
}

/** The mbo niveau of an OEAPI level, or null. */
export function niveauOfLevel(level: string | null | undefined): number | null {
  const match = /^secondary_vocational_education_([1-4])$/.exec(level ?? '');
  return match ? Number(match[1]) : null;
}

/** OEAPI modeOfDelivery of our modes and back. */
export const modeToOeapi: Readonly<Record<Mode, string>> = { on_site: 'presential', online: 'online', hybrid: 'hybrid' };
export function modeFromOeapi(value: string | null | undefined): Mode | null {
  switch (value) {
    case 'presential':
    case 'work_based':
    case 'project_based':
    case 'research_lab_based':
      return 'on_site';
    case 'online':
    case 'coil':
      return 'online';
    case 'hybrid':
    case 'blended':
      return 'hybrid';
    default:
      return null;
  }
}

/** Euro cents as an OEAPI amount ("1250.00"). */
export function centsToAmount(cents: number): string {
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}

/** An OEAPI amount ("1250", "1250.5", "1250.00") as euro cents, or null when it is not one. */
export function amountToCents(amount: string | null | undefined): number | null {
  const match = /^(\d{1,9})(?:\.(\d{1,2})\d*)?$/.exec(amount ?? '');
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '0').padEnd(2, '0'));
}

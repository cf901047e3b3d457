import { z } from 'zod';
import { catalogPatterns, COMPONENT_TYPES, INTAKES, LEADS_TO, LEERWEGEN, MODES, SESSION_TYPES, UNIT_KINDS } from './codes.js';

/*
 * The editable content of each kind of catalogue item: the single source of validation for the
 * platform API, the web forms and the file imports.
 */

const code = z.string().trim().regex(catalogPatterns.itemCode, 'letters, digits, dot, dash or underscore; at most 60');
const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();
const isoDate = z.iso.date();
const optionalDate = isoDate.nullable().optional();

/** An academic session (school year, period). */
export const sessionInput = z
  .object({
    code,
    name: text(200),
    sessionType: z.enum(SESSION_TYPES),
    startDate: isoDate,
    endDate: isoDate,
    parentId: z.uuid().nullable().optional(),
  })
  .strict();
export type SessionInput = z.output<typeof sessionInput>;

/** A programme (opleiding): a kwalificatie offered in a leerweg at a niveau. */
export const programmeInput = z
  .object({
    code,
    title: text(200),
    description: optionalText(5000),
    crebo: z.string().regex(catalogPatterns.crebo, 'five digits'),
    leerweg: z.enum(LEERWEGEN),
    niveau: z.number().int().min(1).max(4),
    durationMonths: z.number().int().min(1).max(72).nullable().optional(),
  })
  .strict();
export type ProgrammeInput = z.output<typeof programmeInput>;

/** A unit of education (onderwijseenheid): a course or a learning component of a course. */
export const unitInput = z
  .object({
    code,
    kind: z.enum(UNIT_KINDS).default('course'),
    componentType: z.enum(COMPONENT_TYPES).nullable().optional(),
    programmeId: z.uuid().nullable().optional(),
    parentUnitId: z.uuid().nullable().optional(),
    title: text(200),
    description: optionalText(5000),
    sbu: z.number().int().min(1).max(10_000),
    durationWeeks: z.number().int().min(1).max(208).nullable().optional(),
    learningOutcomes: z.array(text(500)).max(30).default([]),
    crebo: z.string().regex(catalogPatterns.crebo, 'five digits').nullable().optional(),
    electiveCode: z.string().regex(catalogPatterns.elective, 'K and four digits').nullable().optional(),
    covers: z.array(z.string().regex(catalogPatterns.coverage, 'a core task (B1-K1) or work process (B1-K1-W1)')).max(60).default([]),
    leerwegen: z.array(z.enum(LEERWEGEN)).min(1).max(2).default(['BOL', 'BBL']),
    standalone: z.boolean().default(false),
    leadsTo: z.enum(LEADS_TO).nullable().optional(),
    language: z
      .string()
      .regex(/^[a-z]{2,3}(-[A-Z]{2})?$/)
      .default('nl-NL'),
  })
  .strict();
export type UnitInput = z.output<typeof unitInput>;

/** An offering: when, where and how a programme or unit can be followed. */
export const offeringInput = z
  .object({
    code,
    programmeId: z.uuid().nullable().optional(),
    unitId: z.uuid().nullable().optional(),
    sessionId: z.uuid().nullable().optional(),
    locationCode: z.string().regex(catalogPatterns.location, 'a RIO location code such as 123X456').nullable().optional(),
    intake: z.enum(INTAKES),
    startDate: optionalDate,
    endDate: optionalDate,
    mode: z.enum(MODES),
    priceCents: z.number().int().min(0).max(100_000_000).nullable().optional(),
    capacity: z.number().int().min(1).max(100_000).nullable().optional(),
    applicationStart: optionalDate,
    applicationEnd: optionalDate,
  })
  .strict();
export type OfferingInput = z.output<typeof offeringInput>;

/** Problems a record has on its own (before references are checked); empty when it is consistent. */
export function recordProblems(kind: 'programmes' | 'units' | 'offerings' | 'sessions', value: Record<string, unknown>): RecordProblem[] {
  const problems: RecordProblem[] = [];
  const before = (a: unknown, b: unknown) => typeof a === 'string' && typeof b === 'string' && a > b;
  if (kind === 'sessions' && before(value['startDate'], value['endDate']))
    problems.push({ field: 'endDate', code: 'catalog.end-before-start' });
  if (kind === 'offerings') {
    if (!value['programmeId'] === !value['unitId']) problems.push({ field: 'unitId', code: 'catalog.offering-needs-one-parent' });
    if (value['intake'] === 'fixed' && !value['startDate']) problems.push({ field: 'startDate', code: 'catalog.fixed-intake-needs-start' });
    if (before(value['startDate'], value['endDate'])) problems.push({ field: 'endDate', code: 'catalog.end-before-start' });
    if (before(value['applicationStart'], value['applicationEnd'])) {
      problems.push({ field: 'applicationEnd', code: 'catalog.end-before-start' });
    }
    if (value['mode'] !== 'online' && !value['locationCode']) problems.push({ field: 'locationCode', code: 'catalog.location-required' });
  }
  if (kind === 'units') {
    if (value['kind'] === 'learning_component' && !value['parentUnitId']) {
      problems.push({ field: 'parentUnitId', code: 'catalog.component-needs-course' });
    }
    if (value['kind'] === 'course' && value['parentUnitId']) problems.push({ field: 'parentUnitId', code: 'catalog.course-has-no-parent' });
    if (value['crebo'] && value['electiveCode']) problems.push({ field: 'electiveCode', code: 'catalog.one-of-crebo-or-elective' });
    const covers = value['covers'];
    if (Array.isArray(covers) && covers.length > 0 && !value['crebo'])
      problems.push({ field: 'covers', code: 'catalog.covers-need-crebo' });
  }
  return problems;
}

/** One reason a record cannot be saved or published, by field and stable code. */
export interface RecordProblem {
  readonly field: string;
  readonly code: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

/** The schema of each kind's content. */
export const inputSchemas = {
  programmes: programmeInput,
  units: unitInput,
  offerings: offeringInput,
  sessions: sessionInput,
} as const;

/** The schema of a change: every field optional and no defaults (an absent field stays as it is). */
export function patchSchemaOf<S extends z.ZodObject>(schema: S) {
  const shape: Record<string, z.ZodType> = {};
  const fields: Record<string, z.ZodType> = schema.shape;
  for (const [key, field] of Object.entries(fields)) {
    const inner: z.ZodType = field instanceof z.ZodDefault ? (field.unwrap() as z.ZodType) : field;
    shape[key] = inner.optional();
  }
  return z.object(shape).strict();
}

import { z } from 'zod';
import { codeExamples, codePatterns, ELECTIVE_SBU_STEP, PROVINCES } from './codes.js';

/*
 * The records of the reference data as imports and the seed describe them, keyed by their natural
 * codes. One schema per kind serves CSV rows (strings), JSON documents and the seed.
 */

const text = (max = 300) => z.string().trim().min(1).max(max);
const code = (pattern: keyof typeof codePatterns) =>
  z
    .string()
    .trim()
    .regex(codePatterns[pattern], { message: `must look like ${codeExamples[pattern]}` });
const optionalText = (max = 300) => text(max).optional();
const isoDate = z.iso.date({ message: 'must be a date like 2026-08-01' });
const integer = (min: number, max: number) =>
  z.coerce.number({ message: 'must be a number' }).int({ message: 'must be a whole number' }).min(min).max(max);
/** CSV cells say yes/no in Dutch or English; JSON says true/false. */
const flag = z
  .union([z.boolean(), z.enum(['true', 'false', 'ja', 'nee', 'yes', 'no', '1', '0'])])
  .transform((v) => v === true || v === 'true' || v === 'ja' || v === 'yes' || v === '1');

export const institutionRecord = z.object({
  code: code('institution'),
  name: text(200),
  short_name: optionalText(60),
  city: optionalText(100),
  website: z.url({ protocol: /^https?$/, message: 'must be a web address starting with https://' }).optional(),
  contact_email: z.email({ message: 'must be an e-mail address' }).optional(),
  demo: flag.default(false),
});
export type InstitutionRecord = z.output<typeof institutionRecord>;

export const locationRecord = z.object({
  institution_code: code('institution'),
  code: code('location'),
  name: text(200),
  street: optionalText(200),
  postcode: z
    .string()
    .trim()
    .regex(/^\d{4} ?[A-Z]{2}$/, { message: 'must be a Dutch postcode like 1234 AB' })
    .optional(),
  city: text(100),
  province: z.enum(PROVINCES, { message: `must be one of ${PROVINCES.join(', ')}` }),
  demo: flag.default(false),
});
export type LocationRecord = z.output<typeof locationRecord>;

export const qualificationRecord = z
  .object({
    crebo: code('crebo'),
    title: text(200),
    niveau: integer(1, 4),
    domain: text(100),
    dossier_crebo: code('crebo'),
    dossier_title: text(200),
    valid_from: isoDate.optional(),
    valid_until: isoDate.optional(),
    demo: flag.default(false),
  })
  .refine((q) => !q.valid_from || !q.valid_until || q.valid_from <= q.valid_until, {
    path: ['valid_until'],
    message: 'must not be before valid_from',
    params: { code: 'out-of-range' },
  });
export type QualificationRecord = z.output<typeof qualificationRecord>;

export const coreTaskRecord = z.object({
  qualification_crebo: code('crebo'),
  code: code('coreTask'),
  title: text(300),
});
export type CoreTaskRecord = z.output<typeof coreTaskRecord>;

export const workProcessRecord = z.object({
  qualification_crebo: code('crebo'),
  code: code('workProcess'),
  title: text(300),
});
export type WorkProcessRecord = z.output<typeof workProcessRecord>;

export const electiveRecord = z.object({
  code: code('elective'),
  title: text(200),
  sbu: z.coerce
    .number({ message: 'must be a number' })
    .int({ message: 'must be a whole number' })
    .positive()
    .multipleOf(ELECTIVE_SBU_STEP, { message: `must be a multiple of ${ELECTIVE_SBU_STEP} SBU (240, 480, 720, 960)` })
    .max(ELECTIVE_SBU_STEP * 8),
  niveau: integer(1, 4).optional(),
  valid_from: isoDate.optional(),
  demo: flag.default(false),
});
export type ElectiveRecord = z.output<typeof electiveRecord>;

export const fitRecord = z.object({
  qualification_crebo: code('crebo'),
  elective_code: code('elective'),
});
export type FitRecord = z.output<typeof fitRecord>;

/** The kinds of reference records a file can hold, with the schema of one row of each. */
export const recordSchemas = {
  institutions: institutionRecord,
  locations: locationRecord,
  qualifications: qualificationRecord,
  'core-tasks': coreTaskRecord,
  'work-processes': workProcessRecord,
  electives: electiveRecord,
  'qualification-electives': fitRecord,
} as const;
export type RecordKind = keyof typeof recordSchemas;
export const recordKinds = Object.keys(recordSchemas) as RecordKind[];

/** Columns a CSV file of each kind must have (the others are optional). */
export const requiredColumns: Readonly<Record<RecordKind, readonly string[]>> = {
  institutions: ['code', 'name'],
  locations: ['institution_code', 'code', 'name', 'city', 'province'],
  qualifications: ['crebo', 'title', 'niveau', 'domain', 'dossier_crebo', 'dossier_title'],
  'core-tasks': ['qualification_crebo', 'code', 'title'],
  'work-processes': ['qualification_crebo', 'code', 'title'],
  electives: ['code', 'title', 'sbu'],
  'qualification-electives': ['qualification_crebo', 'elective_code'],
};

/** Every column each kind knows, in template order. */
export const knownColumns: Readonly<Record<RecordKind, readonly string[]>> = {
  institutions: ['code', 'name', 'short_name', 'city', 'website', 'contact_email', 'demo'],
  locations: ['institution_code', 'code', 'name', 'street', 'postcode', 'city', 'province', 'demo'],
  qualifications: ['crebo', 'title', 'niveau', 'domain', 'dossier_crebo', 'dossier_title', 'valid_from', 'valid_until', 'demo'],
  'core-tasks': ['qualification_crebo', 'code', 'title'],
  'work-processes': ['qualification_crebo', 'code', 'title'],
  electives: ['code', 'title', 'sbu', 'niveau', 'valid_from', 'demo'],
  'qualification-electives': ['qualification_crebo', 'elective_code'],
};

/** A validated set of reference records, each with the row it came from. */
export type ReferenceBatch = {
  readonly [K in RecordKind]: ReadonlyArray<{ readonly row: number; readonly value: z.output<(typeof recordSchemas)[K]> }>;
};

/** An empty batch. */
export function emptyBatch(): { -readonly [K in RecordKind]: Array<{ row: number; value: z.output<(typeof recordSchemas)[K]> }> } {
  return {
    institutions: [],
    locations: [],
    qualifications: [],
    'core-tasks': [],
    'work-processes': [],
    electives: [],
    'qualification-electives': [],
  };
}

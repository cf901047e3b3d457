import { z } from 'zod';
import { catalogPatterns } from '../domain/codes.js';

/*
 * One row of a CSV or Excel import: a unit, and optionally one of its offerings. Several rows with
 * the same unit code describe one unit with several offerings (their unit columns must agree).
 * Values may be written in Dutch or English (ja/nee, vast/flexibel, op locatie/online/hybride).
 */

/** The columns a file may have; `code`, `title` and `sbu` are required. */
export const unitColumns = [
  'code',
  'title',
  'kind',
  'parent_code',
  'programme_code',
  'description',
  'sbu',
  'duration_weeks',
  'crebo',
  'keuzedeel',
  'covers',
  'learning_outcomes',
  'leerwegen',
  'standalone',
  'leads_to',
] as const;
export const offeringColumns = [
  'offering_code',
  'intake',
  'start_date',
  'end_date',
  'mode',
  'location',
  'price',
  'capacity',
  'application_start',
  'application_end',
] as const;
export const requiredColumns = ['code', 'title', 'sbu'] as const;

const words = (map: Record<string, string>) => (value: string) => map[value.trim().toLowerCase()] ?? value.trim().toLowerCase();
const bool = z
  .string()
  .transform(words({ ja: 'true', yes: 'true', waar: 'true', '1': 'true', nee: 'false', no: 'false', onwaar: 'false', '0': 'false' }))
  .pipe(z.enum(['true', 'false']))
  .transform((v) => v === 'true');
const int = (min: number, max: number) =>
  z
    .string()
    .regex(/^\s*\d+\s*$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));
const date = z.string().trim().pipe(z.iso.date());
const list = (separator: RegExp) =>
  z.string().transform((v) =>
    v
      .split(separator)
      .map((x) => x.trim())
      .filter(Boolean),
  );
const euros = z
  .string()
  .trim()
  .transform((v) =>
    v
      .replace(/^€\s*/, '')
      .replace(/\.(?=\d{3}(\D|$))/g, '')
      .replace(',', '.'),
  )
  .pipe(z.string().regex(/^\d{1,9}(\.\d{1,2})?$/, 'must be an amount in euros such as 450 or 1.250,00'))
  .transform((v) => Math.round(Number(v) * 100));

export const tabularRow = z
  .object({
    code: z.string().trim().regex(catalogPatterns.itemCode, 'letters, digits, dot, dash or underscore; at most 60'),
    title: z.string().trim().min(1).max(200),
    kind: z
      .string()
      .transform(words({ cursus: 'course', onderdeel: 'learning_component' }))
      .pipe(z.enum(['course', 'learning_component']))
      .optional(),
    parent_code: z.string().trim().regex(catalogPatterns.itemCode).optional(),
    programme_code: z.string().trim().regex(catalogPatterns.itemCode).optional(),
    description: z.string().trim().max(5000).optional(),
    sbu: int(1, 10_000),
    duration_weeks: int(1, 208).optional(),
    crebo: z.string().trim().regex(catalogPatterns.crebo, 'five digits').optional(),
    keuzedeel: z.string().trim().toUpperCase().regex(catalogPatterns.elective, 'K and four digits').optional(),
    covers: list(/[\s,;]+/)
      .pipe(z.array(z.string().toUpperCase().regex(catalogPatterns.coverage, 'B1-K1 or B1-K1-W1')).max(60))
      .optional(),
    learning_outcomes: list(/\s*\|\s*|\n/)
      .pipe(z.array(z.string().max(500)).max(30))
      .optional(),
    leerwegen: list(/[\s,;/]+/)
      .pipe(
        z
          .array(
            z
              .string()
              .toUpperCase()
              .pipe(z.enum(['BOL', 'BBL'])),
          )
          .min(1)
          .max(2),
      )
      .optional(),
    standalone: bool.optional(),
    leads_to: z
      .string()
      .transform(words({ certificaat: 'certificate', badge: 'badge', microcredential: 'badge' }))
      .pipe(z.enum(['certificate', 'badge']))
      .optional(),
    offering_code: z.string().trim().regex(catalogPatterns.itemCode).optional(),
    intake: z
      .string()
      .transform(words({ vast: 'fixed', flexibel: 'flexible', 'vaste start': 'fixed' }))
      .pipe(z.enum(['fixed', 'flexible']))
      .optional(),
    start_date: date.optional(),
    end_date: date.optional(),
    mode: z
      .string()
      .transform(words({ 'op locatie': 'on_site', locatie: 'on_site', fysiek: 'on_site', hybride: 'hybrid', 'on site': 'on_site' }))
      .pipe(z.enum(['on_site', 'online', 'hybrid']))
      .optional(),
    location: z.string().trim().toUpperCase().regex(catalogPatterns.location, 'a RIO location code such as 123X456').optional(),
    price: euros.optional(),
    capacity: int(1, 100_000).optional(),
    application_start: date.optional(),
    application_end: date.optional(),
  })
  .refine((r) => !r.offering_code || r.intake !== undefined, {
    message: 'is required with an offering',
    path: ['intake'],
    params: { code: 'required' },
  })
  .refine((r) => !r.offering_code || r.mode !== undefined, {
    message: 'is required with an offering',
    path: ['mode'],
    params: { code: 'required' },
  });
export type TabularRecord = z.output<typeof tabularRow>;

/** Example values for format errors, per column. */
export const columnExamples: Readonly<Record<string, string>> = {
  code: 'APO-FZ1',
  crebo: '27141',
  keuzedeel: 'K0909',
  covers: 'B1-K1, B1-K1-W2',
  location: '901X001',
  start_date: '2027-02-01',
  end_date: '2027-04-16',
  application_start: '2026-10-01',
  application_end: '2027-01-18',
  price: '450,00',
};

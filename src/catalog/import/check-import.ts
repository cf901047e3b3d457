import type { RowError, RowErrorCode } from '../../platform/index.js';
import { recordProblems, type RecordProblem } from '../domain/records.js';
import { referenceProblems, type ReferenceContext } from '../domain/references.js';
import { unitInput, offeringInput } from '../domain/records.js';
import type { ImportBatch } from './read-file.js';

/** Column of a content field in tabular files (JSON files keep the field name). */
const unitColumn: Readonly<Record<string, string>> = {
  durationWeeks: 'duration_weeks',
  electiveCode: 'keuzedeel',
  learningOutcomes: 'learning_outcomes',
  leadsTo: 'leads_to',
  parentUnitId: 'parent_code',
  programmeId: 'programme_code',
};
const offeringColumn: Readonly<Record<string, string>> = {
  code: 'offering_code',
  startDate: 'start_date',
  endDate: 'end_date',
  locationCode: 'location',
  priceCents: 'price',
  applicationStart: 'application_start',
  applicationEnd: 'application_end',
};

const rowCode: Readonly<Record<string, RowErrorCode>> = {
  'catalog.unknown-qualification': 'unknown-reference',
  'catalog.unknown-elective': 'unknown-reference',
  'catalog.unknown-coverage': 'unknown-reference',
  'catalog.unknown-location': 'unknown-reference',
  'catalog.unknown-item': 'unknown-reference',
  'catalog.fixed-intake-needs-start': 'required',
  'catalog.location-required': 'required',
  'catalog.component-needs-course': 'required',
};

function toRowError(row: number, prefix: string, columns: Readonly<Record<string, string>>, p: RecordProblem): RowError {
  const field = prefix ? `${prefix}${p.field}` : (columns[p.field] ?? p.field);
  return { row, field, code: rowCode[p.code] ?? 'invalid', message: p.code, params: { ...p.params, reason: p.code } };
}

/** What the platform already holds that a file may refer to by code. */
export interface ExistingCodes {
  /** The institution's local units by code. */
  readonly units: ReadonlyMap<string, { readonly id: string; readonly kind: string }>;
  readonly programmes: ReadonlyMap<string, string>;
}

/**
 * Checks a whole file against itself and the platform: kwalificaties, keuzedelen, core tasks and
 * locations exist; a component's course is in the file or the catalogue; offering codes are unique.
 * Returns every problem with its row and column.
 */
export function checkImport(batch: ImportBatch, context: ReferenceContext, existing: ExistingCodes): RowError[] {
  const errors: RowError[] = [];
  const fileUnits = new Map(batch.units.map((u) => [String(u.content['code']), u]));
  const placeholder = '00000000-0000-4000-8000-000000000000';
  for (const unit of batch.units) {
    const parsed = unitInput.safeParse(unit.content);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0] ?? '');
        errors.push({
          row: unit.row,
          field: unit.prefix ? `${unit.prefix}${key}` : (unitColumn[key] ?? key),
          code: 'invalid',
          message: issue.message,
        });
      }
      continue;
    }
    const content = { ...unit.content, parentUnitId: unit.parentCode ? placeholder : null, programmeId: null };
    for (const p of recordProblems('units', content)) errors.push(toRowError(unit.row, unit.prefix, unitColumn, p));
    const references = referenceProblems('units', { ...content, parentUnitId: null }, context, { publishing: false });
    for (const p of references) errors.push(toRowError(unit.row, unit.prefix, unitColumn, p));
    if (unit.parentCode) {
      const parentKind = fileUnits.get(unit.parentCode)?.content['kind'] ?? existing.units.get(unit.parentCode)?.kind;
      if (parentKind !== 'course') {
        errors.push({
          row: unit.row,
          field: unit.prefix ? `${unit.prefix}courseId` : 'parent_code',
          code: 'unknown-reference',
          message: parentKind ? 'is not a course' : 'names no course in this file or the catalogue',
          params: { value: unit.parentCode },
        });
      }
    }
    if (unit.programmeCode && !existing.programmes.has(unit.programmeCode)) {
      errors.push({
        row: unit.row,
        field: 'programme_code',
        code: 'unknown-reference',
        message: 'names no programme of the institution',
        params: { value: unit.programmeCode },
      });
    }
  }
  const seen = new Map<string, number>();
  for (const offering of batch.offerings) {
    const code = String(offering.content['code']);
    const first = seen.get(code);
    if (first !== undefined) {
      errors.push({
        row: offering.row,
        field: offering.prefix ? `${offering.prefix}primaryCode` : 'offering_code',
        code: 'duplicate',
        message: 'appears twice',
        params: { value: code, firstRow: first },
      });
      continue;
    }
    seen.set(code, offering.row);
    const content = { ...offering.content, unitId: placeholder, programmeId: null, sessionId: null };
    const parsed = offeringInput.safeParse(content);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0] ?? '');
        errors.push({
          row: offering.row,
          field: offering.prefix ? `${offering.prefix}${key}` : (offeringColumn[key] ?? key),
          code: 'invalid',
          message: issue.message,
        });
      }
      continue;
    }
    for (const p of recordProblems('offerings', content)) errors.push(toRowError(offering.row, offering.prefix, offeringColumn, p));
    for (const p of referenceProblems('offerings', { ...content, unitId: null }, context, { publishing: false })) {
      errors.push(toRowError(offering.row, offering.prefix, offeringColumn, p));
    }
  }
  return errors;
}

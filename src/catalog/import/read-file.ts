import { z } from 'zod';
import {
  DomainError,
  parseCsv,
  requireColumns,
  rowErrorsFromZod,
  validateRows,
  type RowError,
  type TabularRow,
} from '../../platform/index.js';
import { oeapiOffering, oeapiUnit, offeringFromOeapi, unitFromOeapi } from '../domain/oeapi-read.js';
import { columnExamples, requiredColumns, tabularRow, type TabularRecord } from './tabular-row.js';

/** A unit read from a file: its content, with references still as codes. */
export interface ImportUnit {
  readonly row: number;
  /** Prefix of field names in errors (the JSON list and index), empty for tabular files. */
  readonly prefix: string;
  readonly content: Record<string, unknown>;
  readonly parentCode: string | null;
  readonly programmeCode: string | null;
}

/** An offering read from a file, naming its unit by code. */
export interface ImportOffering {
  readonly row: number;
  readonly prefix: string;
  readonly unitCode: string;
  readonly content: Record<string, unknown>;
}

/** What a file turned into. */
export interface ImportBatch {
  readonly units: ImportUnit[];
  readonly offerings: ImportOffering[];
  readonly errors: RowError[];
  readonly rowCount: number;
}

function unitOfRow(r: TabularRecord): Record<string, unknown> {
  return {
    code: r.code,
    kind: r.kind ?? 'course',
    componentType: r.kind === 'learning_component' ? 'practical' : null,
    title: r.title,
    description: r.description ?? null,
    sbu: r.sbu,
    durationWeeks: r.duration_weeks ?? null,
    learningOutcomes: r.learning_outcomes ?? [],
    crebo: r.crebo ?? null,
    electiveCode: r.keuzedeel ?? null,
    covers: r.covers ?? [],
    leerwegen: r.leerwegen ?? ['BOL', 'BBL'],
    standalone: r.standalone ?? false,
    leadsTo: r.leads_to ?? null,
    language: 'nl-NL',
  };
}

function offeringOfRow(r: TabularRecord): Record<string, unknown> | null {
  if (!r.offering_code) return null;
  return {
    code: r.offering_code,
    intake: r.intake,
    startDate: r.start_date ?? null,
    endDate: r.end_date ?? null,
    mode: r.mode,
    locationCode: r.location ?? null,
    priceCents: r.price ?? null,
    capacity: r.capacity ?? null,
    applicationStart: r.application_start ?? null,
    applicationEnd: r.application_end ?? null,
  };
}

/** Rows of a CSV or Excel file → units and offerings; rows repeating a unit code must agree on the unit. */
export function readTabular(rows: readonly TabularRow[]): ImportBatch {
  const { records, errors } = validateRows(rows, tabularRow);
  const withExamples = errors.map((e) =>
    e.code === 'invalid-format' && columnExamples[e.field] ? { ...e, params: { ...e.params, example: columnExamples[e.field] ?? '' } } : e,
  );
  const units = new Map<string, ImportUnit>();
  const offerings: ImportOffering[] = [];
  for (const { row, value } of records) {
    const content = unitOfRow(value);
    const existing = units.get(value.code);
    if (!existing) {
      units.set(value.code, {
        row,
        prefix: '',
        content,
        parentCode: value.parent_code ?? null,
        programmeCode: value.programme_code ?? null,
      });
    } else if (
      JSON.stringify(existing.content) !== JSON.stringify(content) ||
      existing.parentCode !== (value.parent_code ?? null) ||
      existing.programmeCode !== (value.programme_code ?? null)
    ) {
      withExamples.push({
        row,
        field: 'code',
        code: 'conflict',
        message: `describes unit ${value.code} differently than row ${existing.row}`,
        params: { value: value.code, firstRow: existing.row },
      });
    }
    const offering = offeringOfRow(value);
    if (offering) offerings.push({ row, prefix: '', unitCode: value.code, content: offering });
  }
  return { units: [...units.values()], offerings, errors: withExamples, rowCount: rows.length };
}

/** A CSV file (comma or semicolon separated, header row). */
export function readCsvImport(text: string): ImportBatch {
  const { columns, rows } = parseCsv(text);
  requireColumns(columns, requiredColumns);
  return readTabular(rows);
}

/** Cells of a spreadsheet row as text, the way a CSV file would have them. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return typeof value === 'string' ? value.trim() : '';
}

/** The first sheet of an Excel (.xlsx) workbook; its first row is the header. */
export function readSheetImport(sheet: ReadonlyArray<ReadonlyArray<unknown>>): ImportBatch {
  const [header, ...data] = sheet;
  if (!header || header.every((c) => cellText(c) === ''))
    throw new DomainError('import-malformed', 'The first sheet is empty or its first row (the header) is blank');
  const columns = header.map((c) => cellText(c).toLowerCase());
  const duplicate = columns.find((c, i) => c !== '' && columns.indexOf(c) !== i);
  if (duplicate) throw new DomainError('import-malformed', `The column "${duplicate}" appears twice in the header`);
  requireColumns(columns, requiredColumns);
  const rows: TabularRow[] = [];
  data.forEach((cells, index) => {
    const values: Record<string, string> = {};
    columns.forEach((column, i) => {
      const text = cellText(cells[i]);
      if (column !== '' && text !== '') values[column] = text;
    });
    if (Object.keys(values).length > 0) rows.push({ row: index + 2, values });
  });
  return readTabular(rows);
}

const listOf = (document: unknown, key: string): unknown[] => {
  const value = (document as Record<string, unknown>)[key];
  return Array.isArray(value) ? value : [];
};

/**
 * An OEAPI JSON document: a page (`{ items: [courses] }`), a plain list of courses, or an object with
 * `courses`, `learningComponents`, `courseOfferings` and `learningComponentOfferings`. Offerings name
 * their course or component by its OEAPI id, which must be in the same document.
 */
export function readOeapiImport(document: unknown): ImportBatch {
  if (typeof document !== 'object' || document === null)
    throw new DomainError('import-malformed', 'The JSON document is not an object or a list');
  const courses = Array.isArray(document)
    ? document
    : listOf(document, 'courses').length
      ? listOf(document, 'courses')
      : listOf(document, 'items');
  const components = Array.isArray(document) ? [] : listOf(document, 'learningComponents');
  const offeringLists: Array<[string, unknown[]]> = Array.isArray(document)
    ? []
    : [
        ['courseOfferings', listOf(document, 'courseOfferings')],
        ['learningComponentOfferings', listOf(document, 'learningComponentOfferings')],
      ];
  const errors: RowError[] = [];
  const units: ImportUnit[] = [];
  const codeOfRemote = new Map<string, string>();
  const read = (list: unknown[], name: string) =>
    list.forEach((item, index) => {
      const parsed = oeapiUnit.safeParse(item);
      if (!parsed.success) {
        errors.push(...rowErrorsFromZod(index + 1, parsed.error.issues, `${name}[${index}]`));
        return;
      }
      const content = unitFromOeapi(parsed.data);
      const remote = parsed.data.courseId ?? parsed.data.componentId ?? '';
      codeOfRemote.set(remote, String(content['code']));
      units.push({ row: index + 1, prefix: `${name}[${index}].`, content, parentCode: null, programmeCode: null });
      if (content['sbu'] === null)
        errors.push({
          row: index + 1,
          field: `${name}[${index}].studyLoad`,
          code: 'required',
          message: 'needs a study load in sbu, hour or ects',
        });
    });
  read(courses, Array.isArray(document) ? '' : listOf(document, 'courses').length ? 'courses' : 'items');
  read(components, 'learningComponents');
  // A component names its course by id; resolve to the course's code now that every course is read.
  components.forEach((item, index) => {
    const courseId = z.object({ courseId: z.uuid() }).safeParse(item);
    const unit = units.find((u) => u.prefix === `learningComponents[${index}].`);
    if (unit && courseId.success) Object.assign(unit, { parentCode: codeOfRemote.get(courseId.data.courseId) ?? courseId.data.courseId });
  });
  const offerings: ImportOffering[] = [];
  for (const [name, list] of offeringLists) {
    list.forEach((item, index) => {
      const parsed = oeapiOffering.safeParse(item);
      if (!parsed.success) {
        errors.push(...rowErrorsFromZod(index + 1, parsed.error.issues, `${name}[${index}]`));
        return;
      }
      const remoteUnit = parsed.data.courseId ?? parsed.data.learningComponentId ?? '';
      const unitCode = codeOfRemote.get(remoteUnit);
      if (!unitCode) {
        errors.push({
          row: index + 1,
          field: `${name}[${index}].courseId`,
          code: 'unknown-reference',
          message: 'names no course or component in this document',
          params: { value: remoteUnit },
        });
        return;
      }
      const { cancelled, ...content } = offeringFromOeapi(parsed.data);
      if (!cancelled) offerings.push({ row: index + 1, prefix: `${name}[${index}].`, unitCode, content });
    });
  }
  const rowCount = courses.length + components.length + offeringLists.reduce((n, [, l]) => n + l.length, 0);
  return { units, offerings, errors, rowCount };
}

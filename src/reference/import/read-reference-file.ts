import { z } from 'zod';
import { DomainError, parseCsv, requireColumns, rowErrorsFromZod, validateRows, type RowError } from '../../platform/index.js';
import { codeExamples } from '../domain/codes.js';
import { emptyBatch, recordKinds, recordSchemas, requiredColumns, type RecordKind, type ReferenceBatch } from '../domain/records.js';

/** An example value per column, so that a format error can show what is expected. */
const columnExamples: Readonly<Record<string, string>> = {
  crebo: codeExamples.crebo,
  dossier_crebo: codeExamples.crebo,
  qualification_crebo: codeExamples.crebo,
  institution_code: codeExamples.institution,
  elective_code: codeExamples.elective,
  postcode: '1234 AB',
  valid_from: '2026-08-01',
  valid_until: '2027-07-31',
  website: 'https://www.voorbeeld.nl',
  contact_email: 'info@voorbeeld.nl',
};

const kindCodeExample: Readonly<Partial<Record<RecordKind, string>>> = {
  institutions: codeExamples.institution,
  locations: codeExamples.location,
  'core-tasks': codeExamples.coreTask,
  'work-processes': codeExamples.workProcess,
  electives: codeExamples.elective,
};

/** Adds the expected form to format errors (the `code` column depends on the kind of record). */
function withExamples(errors: RowError[], kind: (field: string) => RecordKind | undefined): RowError[] {
  return errors.map((e) => {
    if (e.code !== 'invalid-format') return e;
    const column = e.field.replace(/^.*\./, '');
    const example = column === 'code' ? kindCodeExample[kind(e.field) ?? 'institutions'] : columnExamples[column];
    return example ? { ...e, params: { ...e.params, example } } : e;
  });
}

/** The kind of record a nested JSON field path points into. */
function kindOfPath(field: string): RecordKind | undefined {
  if (/work_processes\[\d+\]\.code$/.test(field)) return 'work-processes';
  if (/core_tasks\[\d+\]\.code$/.test(field)) return 'core-tasks';
  if (/locations\[\d+\]\.code$/.test(field)) return 'locations';
  const top = /^([a-z-]+)\[/.exec(field)?.[1];
  return top && (recordKinds as string[]).includes(top) ? (top as RecordKind) : undefined;
}

/** What an uploaded file turned into: the valid records and the errors of the others. */
export interface ReadResult {
  readonly batch: ReferenceBatch;
  readonly errors: RowError[];
  readonly rowCount: number;
}

/** Reads a CSV file of one kind of record. */
export function readReferenceCsv(text: string, kind: RecordKind): ReadResult {
  const { columns, rows } = parseCsv(text);
  requireColumns(columns, requiredColumns[kind]);
  const batch = emptyBatch();
  const { records, errors } = validateRows(rows, recordSchemas[kind]);
  (batch[kind] as unknown[]).push(...records);
  return { batch, errors: withExamples(errors, () => kind), rowCount: rows.length };
}

const arrayOfObjects = z.array(z.record(z.string(), z.unknown()));

/**
 * Reads a JSON document: either an array of records of one `kind`, or an object keyed by kind.
 * Institutions may nest `locations`; kwalificaties may nest `core_tasks` (with `work_processes`)
 * and `electives` (keuzedeel codes). Nested rows report the index of their top-level record.
 */
export function readReferenceJson(document: unknown, kind: RecordKind | undefined): ReadResult {
  const batch = emptyBatch();
  const errors: RowError[] = [];
  let rowCount = 0;

  const add = <K extends RecordKind>(target: K, row: number, value: unknown, prefix: string): boolean => {
    const parsed = recordSchemas[target].safeParse(value);
    if (parsed.success) (batch[target] as Array<{ row: number; value: unknown }>).push({ row, value: parsed.data });
    else errors.push(...rowErrorsFromZod(row, parsed.error.issues, prefix));
    return parsed.success;
  };

  const list = (value: unknown, where: string): Array<Record<string, unknown>> => {
    const parsed = arrayOfObjects.safeParse(value);
    if (!parsed.success) throw new DomainError('import-malformed', `${where} must be a list of objects`);
    return parsed.data;
  };

  if (Array.isArray(document)) {
    if (!kind) throw new DomainError('import-malformed', 'A JSON list needs the kind of its records (?kind=…)');
    list(document, 'The document').forEach((item, i) => add(kind, i + 1, item, ''));
    return { batch, errors: withExamples(errors, () => kind), rowCount: document.length };
  }
  if (typeof document !== 'object' || document === null) {
    throw new DomainError('import-malformed', 'The JSON document must be an object keyed by kind, or a list of records');
  }
  const unknownKeys = Object.keys(document).filter((k) => !(recordKinds as string[]).includes(k));
  if (unknownKeys.length > 0) {
    throw new DomainError('import-malformed', `Unknown section(s) ${unknownKeys.join(', ')}; expected ${recordKinds.join(', ')}`);
  }
  const doc = document as Record<string, unknown>;

  for (const k of recordKinds) {
    if (doc[k] === undefined) continue;
    list(doc[k], `"${k}"`).forEach((item, i) => {
      rowCount += 1;
      const row = i + 1;
      if (k === 'institutions') {
        const { locations, ...own } = item;
        add('institutions', row, own, `institutions[${i}]`);
        if (locations !== undefined) {
          list(locations, `institutions[${i}].locations`).forEach((loc, j) =>
            add('locations', row, { ...loc, institution_code: own['code'] }, `institutions[${i}].locations[${j}]`),
          );
        }
      } else if (k === 'qualifications') {
        const { core_tasks, electives, ...own } = item;
        add('qualifications', row, own, `qualifications[${i}]`);
        if (core_tasks !== undefined) {
          list(core_tasks, `qualifications[${i}].core_tasks`).forEach((task, j) => {
            const { work_processes, ...taskOwn } = task;
            const where = `qualifications[${i}].core_tasks[${j}]`;
            add('core-tasks', row, { ...taskOwn, qualification_crebo: own['crebo'] }, where);
            if (work_processes !== undefined) {
              list(work_processes, `${where}.work_processes`).forEach((wp, n) =>
                add('work-processes', row, { ...wp, qualification_crebo: own['crebo'] }, `${where}.work_processes[${n}]`),
              );
            }
          });
        }
        if (electives !== undefined) {
          const codes = z.array(z.string()).safeParse(electives);
          if (!codes.success) throw new DomainError('import-malformed', `qualifications[${i}].electives must be a list of keuzedeel codes`);
          codes.data.forEach((code, j) =>
            add(
              'qualification-electives',
              row,
              { qualification_crebo: own['crebo'], elective_code: code },
              `qualifications[${i}].electives[${j}]`,
            ),
          );
        }
      } else {
        add(k, row, item, `${k}[${i}]`);
      }
    });
  }
  return { batch, errors: withExamples(errors, kindOfPath), rowCount };
}

import { parse } from 'csv-parse/sync';
import type { z } from 'zod';
import { DomainError } from '../errors/problem.js';

/**
 * Shared machinery for file imports: parse tabular text, validate each row with a zod schema, and
 * report every problem as (row, field, code, message) before anything is written.
 */

/** Why a value in a row was refused; stable, so that user interfaces can translate it. */
export type RowErrorCode =
  | 'required'
  | 'invalid-type'
  | 'invalid-format'
  | 'out-of-range'
  | 'not-allowed'
  | 'not-multiple'
  | 'unknown-reference'
  | 'duplicate'
  | 'conflict'
  | 'invalid';

/** One problem in an imported file. `row` is the line number in a CSV file (header = 1) or the 1-based item index in JSON. */
export interface RowError {
  readonly row: number;
  readonly field: string;
  readonly code: RowErrorCode;
  readonly message: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

/** A data row of a tabular file, with its line number and values keyed by (lower-cased, trimmed) column name. */
export interface TabularRow {
  readonly row: number;
  readonly values: Readonly<Record<string, string>>;
}

/** Errors beyond this many are counted but not listed, so that a wholly wrong file gives a readable answer. */
export const MAX_LISTED_ROW_ERRORS = 500;

/** Parses CSV text (comma or semicolon separated, optional BOM, header row) into rows. */
export function parseCsv(text: string): { columns: string[]; rows: TabularRow[] } {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.slice(0, body.search(/\r?\n|$/));
  if (firstLine.trim() === '') throw new DomainError('import-malformed', 'The file is empty or its first line (the header) is blank');
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parse(body, {
      delimiter,
      info: true,
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
    }) as unknown as typeof records;
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new DomainError(
      'import-malformed',
      `The CSV file cannot be read${line ? ` near line ${line}` : ''}: ${(error as Error).message}`,
    );
  }
  const [header, ...data] = records;
  if (!header) throw new DomainError('import-malformed', 'The file has no header row');
  const columns = header.record.map((c) => c.trim().toLowerCase());
  const duplicate = columns.find((c, i) => c !== '' && columns.indexOf(c) !== i);
  if (duplicate) throw new DomainError('import-malformed', `The column "${duplicate}" appears twice in the header`);
  return {
    columns,
    rows: data.map(({ record, info }) => {
      const values: Record<string, string> = {};
      columns.forEach((column, i) => {
        const value = record[i];
        if (column !== '' && value !== undefined && value !== '') values[column] = value;
      });
      return { row: info.lines, values };
    }),
  };
}

/** Fails with `import-malformed` when required columns are missing from a header. */
export function requireColumns(columns: readonly string[], required: readonly string[]): void {
  const missing = required.filter((c) => !columns.includes(c));
  if (missing.length > 0) {
    throw new DomainError('import-malformed', `The header lacks the column(s) ${missing.join(', ')}`, { missingColumns: missing });
  }
}

function fieldOf(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

/** The stable code (and parameters) of one zod issue, shared by row errors and request validation errors. */
export function classifyZodIssue(issue: z.core.$ZodIssue): {
  code: RowErrorCode;
  message: string;
  params?: Record<string, string | number>;
} {
  switch (issue.code) {
    case 'invalid_type': {
      // zod leaves out the input unless asked; its default message still says what it received.
      const missing = 'input' in issue ? issue.input === undefined : /received undefined$/.test(issue.message);
      return missing ? { code: 'required', message: 'is required' } : { code: 'invalid-type', message: issue.message };
    }
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) <= 1) return { code: 'required', message: 'is required' };
      return { code: 'out-of-range', message: issue.message, params: { minimum: Number(issue.minimum) } };
    case 'too_big':
      return { code: 'out-of-range', message: issue.message, params: { maximum: Number(issue.maximum) } };
    case 'invalid_format':
      return { code: 'invalid-format', message: issue.message };
    case 'invalid_value':
      return { code: 'not-allowed', message: issue.message, params: { allowed: issue.values.map(String).join(', ') } };
    case 'not_multiple_of':
      return { code: 'not-multiple', message: issue.message, params: { divisor: Number(issue.divisor) } };
    case 'custom':
      return { code: (issue.params as { code?: RowErrorCode } | undefined)?.code ?? 'invalid', message: issue.message };
    default:
      return { code: 'invalid', message: issue.message };
  }
}

/** Converts zod issues for one row into row errors with stable codes. */
export function rowErrorsFromZod(row: number, issues: readonly z.core.$ZodIssue[], prefix = ''): RowError[] {
  return issues.map((issue): RowError => {
    const field = fieldOf([...(prefix ? [prefix] : []), ...issue.path]);
    return { row, field: field || '(row)', ...classifyZodIssue(issue) };
  });
}

/** Validates each row with `schema`; empty cells count as missing. */
export function validateRows<S extends z.ZodType>(
  rows: readonly TabularRow[],
  schema: S,
): { records: Array<{ row: number; value: z.output<S> }>; errors: RowError[] } {
  const records: Array<{ row: number; value: z.output<S> }> = [];
  const errors: RowError[] = [];
  for (const { row, values } of rows) {
    const parsed = schema.safeParse(values);
    if (parsed.success) records.push({ row, value: parsed.data });
    else errors.push(...rowErrorsFromZod(row, parsed.error.issues));
  }
  return { records, errors };
}

/** The error that rejects a whole file: 422 with every row error (up to a limit), nothing written. */
export function importRejected(errors: readonly RowError[], rowCount: number): DomainError {
  const rows = new Set(errors.map((e) => e.row)).size;
  return new DomainError('import-rejected', `${rows} of ${rowCount} row(s) have errors; nothing was written`, {
    errorCount: errors.length,
    errors: errors.slice(0, MAX_LISTED_ROW_ERRORS).map((e) => ({ path: `row ${e.row}: ${e.field}`, ...e })),
  });
}

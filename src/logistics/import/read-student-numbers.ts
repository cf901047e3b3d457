import { z } from 'zod';
import { DomainError, parseCsv, requireColumns, validateRows, type RowError, type TabularRow } from '../../platform/index.js';

/** Columns of a student-number file (Dutch headers, as planners' spreadsheets have them). */
export const studentNumberColumns = ['crebo', 'leerweg', 'leerjaar', 'studenten'] as const;

/** One row of a student-number file. */
export interface StudentNumberRow {
  readonly row: number;
  readonly crebo: string;
  readonly leerweg: 'BOL' | 'BBL';
  readonly year: number;
  readonly students: number;
}

const wholeNumber = (max: number) =>
  z
    .string()
    .trim()
    .regex(/^[0-9]+$/, { message: 'is not a whole number of zero or more' })
    .transform(Number)
    .pipe(z.number().int().max(max));

const rowSchema = z.object({
  crebo: z
    .string()
    .trim()
    .regex(/^[0-9]{5}$/),
  leerweg: z
    .string()
    .trim()
    .transform((v) => v.toUpperCase())
    .pipe(z.enum(['BOL', 'BBL'])),
  leerjaar: wholeNumber(4).pipe(z.number().min(1)),
  studenten: wholeNumber(5000),
});

/** A spreadsheet cell as text (dates as ISO dates). */
function text(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
}

/** The first sheet of an .xlsx workbook as tabular rows (header in the first row). */
async function xlsxRows(content: Buffer): Promise<{ columns: string[]; rows: TabularRow[] }> {
  let sheet: Array<ReadonlyArray<unknown>>;
  try {
    // Loaded on first use, not at start-up.
    const { readSheet } = await import('read-excel-file/node');
    sheet = await readSheet(content);
  } catch (error) {
    throw new DomainError('import-malformed', `The Excel file cannot be read: ${(error as Error).message}`);
  }
  const [header, ...data] = sheet;
  if (!header) throw new DomainError('import-malformed', 'The workbook has no header row');
  const columns = header.map((c) => text(c).trim().toLowerCase());
  const rows: TabularRow[] = [];
  data.forEach((cells, i) => {
    const values: Record<string, string> = {};
    columns.forEach((column, j) => {
      const value = cells[j];
      const cell = text(value).trim();
      if (column !== '' && cell !== '') values[column] = cell;
    });
    if (Object.keys(values).length > 0) rows.push({ row: i + 2, values });
  });
  return { columns, rows };
}

/** Reads and checks a CSV or .xlsx file of student numbers: valid rows and every row error. */
export async function readStudentNumbers(
  format: 'csv' | 'xlsx',
  content: string | Buffer,
): Promise<{ rows: StudentNumberRow[]; errors: RowError[]; rowCount: number }> {
  const table = format === 'csv' ? parseCsv(String(content)) : await xlsxRows(content as Buffer);
  requireColumns(table.columns, studentNumberColumns);
  const { records, errors } = validateRows(table.rows, rowSchema);
  return {
    rows: records.map(({ row, value }) => ({
      row,
      crebo: value.crebo,
      leerweg: value.leerweg,
      year: value.leerjaar,
      students: value.studenten,
    })),
    errors,
    rowCount: table.rows.length,
  };
}

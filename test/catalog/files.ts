import writeXlsxFile from 'write-excel-file/node';
import { offeringColumns, unitColumns } from '../../src/catalog/import/tabular-row.js';

/** The header of an import file. */
export const header = [...unitColumns, ...offeringColumns];

/** One import row as a record of column → text. */
export type ImportRow = Partial<Record<(typeof header)[number], string>>;

/** A CSV import file (semicolon separated, as Dutch spreadsheets write it). */
export function csvFile(rows: readonly ImportRow[]): string {
  const line = (values: readonly string[]) => values.map((v) => (/[";\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)).join(';');
  return [line(header), ...rows.map((r) => line(header.map((c) => r[c] ?? '')))].join('\n') + '\n';
}

/** The same rows as an Excel workbook; numbers and dates as typed cells, as a spreadsheet holds them. */
export async function xlsxFile(rows: readonly ImportRow[]): Promise<Buffer> {
  const typed = (column: string, value: string | undefined) => {
    if (value === undefined || value === '') return null;
    if (['sbu', 'duration_weeks', 'capacity'].includes(column)) return Number(value);
    if (column.endsWith('date') || column.startsWith('application_')) return new Date(`${value}T00:00:00Z`);
    return value;
  };
  const data = [header.map((h) => h as string), ...rows.map((r) => header.map((c) => typed(c, r[c])))];
  return writeXlsxFile(data as never, { dateFormat: 'yyyy-mm-dd' } as never).toBuffer();
}

/** `count` valid rows for one institution: units with one offering each (every third unit with a second one). */
export function generatedRows(count: number, options: { prefix?: string; location?: string } = {}): ImportRow[] {
  const rows: ImportRow[] = [];
  for (let i = 0; rows.length < count; i += 1) {
    const unit: ImportRow = {
      code: `${options.prefix ?? 'IMP'}-${i}`,
      title: `Module ${i}: werken met klanten`,
      description: 'Een module uit een import.',
      sbu: String([60, 120, 240][i % 3]),
      duration_weeks: String((i % 10) + 2),
      crebo: '27141',
      covers: 'B1-K1, B1-K1-W1',
      learning_outcomes: 'Helpt klanten | Werkt veilig',
      standalone: i % 2 === 0 ? 'ja' : 'nee',
      leads_to: i % 2 === 0 ? 'badge' : '',
    };
    rows.push({
      ...unit,
      offering_code: `${options.prefix ?? 'IMP'}-${i}-1`,
      intake: 'vast',
      start_date: '2027-09-06',
      mode: 'op locatie',
      location: options.location ?? '901X001',
      price: '450,00',
    });
    if (i % 3 === 0 && rows.length < count)
      rows.push({ ...unit, offering_code: `${options.prefix ?? 'IMP'}-${i}-2`, intake: 'flexibel', mode: 'online', price: '395' });
  }
  return rows;
}

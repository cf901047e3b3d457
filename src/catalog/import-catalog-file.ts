import type readXlsxFile from 'read-excel-file/node';
import { authorize, DomainError, importRejected, recordAuditEvent, type AnyDb, type Principal, type RowError } from '../platform/index.js';
import { wantedBy } from './domain/references.js';
import { checkImport } from './import/check-import.js';
import { readCsvImport, readOeapiImport, readSheetImport, type ImportBatch } from './import/read-file.js';
import { catalogPolicy } from './policy.js';
import { actorOf } from './publish-item.js';
import { loadReferenceContext } from './store/items.js';
import { existingCodes, writeImport, type ImportCounts } from './store/import-write.js';

/** An uploaded catalogue file. */
export type CatalogFile =
  | { readonly format: 'csv'; readonly content: string }
  | { readonly format: 'xlsx'; readonly content: Buffer }
  | { readonly format: 'oeapi'; readonly content: unknown };

/** What an import did (or, as a preview, would do). */
export interface CatalogImportReport {
  readonly dryRun: boolean;
  readonly rows: number;
  readonly units: ImportCounts;
  readonly offerings: ImportCounts;
}

/** Reads the first sheet of an Excel workbook, turning a broken file into a clear `import-malformed`. */
async function readWorkbook(content: Buffer): Promise<ImportBatch> {
  let sheets: Awaited<ReturnType<typeof readXlsxFile>>;
  try {
    // Loaded on first use, not at start-up.
    const { default: readWorkbook } = await import('read-excel-file/node');
    sheets = await readWorkbook(content);
  } catch (error) {
    const reason =
      (error as { code?: string }).code === 'XLS_FILE_NOT_SUPPORTED'
        ? 'old .xls files are not supported; save it as .xlsx'
        : (error as Error).message;
    throw new DomainError('import-malformed', `The spreadsheet cannot be read: ${reason}`);
  }
  const first = sheets[0];
  if (!first) throw new DomainError('import-malformed', 'The workbook has no sheets');
  return readSheetImport(first.data);
}

/**
 * Imports units and their offerings from CSV, Excel (.xlsx) or OEAPI JSON into an institution's
 * catalogue. Every row is checked first; if any row is wrong, nothing is written and every error is
 * reported with its row and column. A preview (`dryRun`) does the same and the writes in a
 * transaction that is rolled back. Importing the same file twice changes nothing the second time.
 */
export async function importCatalogFile(options: {
  readonly db: AnyDb;
  readonly principal: Principal;
  readonly requestId: string;
  readonly institutionId: string;
  readonly file: CatalogFile;
  readonly dryRun: boolean;
  readonly publish: boolean;
}): Promise<CatalogImportReport> {
  const { principal, institutionId, file } = options;
  authorize(principal, catalogPolicy.editCatalog(principal, institutionId));
  const batch: ImportBatch =
    file.format === 'csv'
      ? readCsvImport(file.content)
      : file.format === 'xlsx'
        ? await readWorkbook(file.content)
        : readOeapiImport(file.content);
  if (batch.rowCount === 0) throw new DomainError('import-malformed', 'The file holds no rows');

  const marker = new Rollback();
  try {
    return await options.db.transaction().execute(async (trx) => {
      const wanted = { crebos: new Set<string>(), electives: new Set<string>(), ids: new Set<string>() };
      for (const unit of batch.units) wantedBy(unit.content, wanted);
      const [context, codes] = await Promise.all([loadReferenceContext(trx, institutionId, wanted), existingCodes(trx, institutionId)]);
      const errors: RowError[] = [...batch.errors, ...checkImport(batch, context, codes)];
      if (errors.length > 0) throw importRejected(sorted(errors), batch.rowCount);
      const counts = await writeImport(trx, institutionId, batch, { publish: options.publish, actor: actorOf(principal) });
      const report: CatalogImportReport = { dryRun: options.dryRun, rows: batch.rowCount, ...counts };
      if (options.dryRun) throw marker.with(report);
      const changed =
        counts.units.created +
        counts.units.updated +
        counts.units.published +
        counts.offerings.created +
        counts.offerings.updated +
        counts.offerings.published;
      if (changed > 0) {
        await recordAuditEvent(trx, {
          actor: principal,
          action: 'catalog.imported',
          subjectType: 'catalog-import',
          institutionId,
          requestId: options.requestId,
          details: {
            format: file.format,
            rows: batch.rowCount,
            publish: options.publish,
            unitsCreated: counts.units.created,
            unitsUpdated: counts.units.updated,
            offeringsCreated: counts.offerings.created,
            offeringsUpdated: counts.offerings.updated,
          },
        });
      }
      return report;
    });
  } catch (error) {
    if (error === marker && marker.report) return marker.report;
    throw error;
  }
}

function sorted(errors: RowError[]): RowError[] {
  const seen = new Set<string>();
  return errors
    .filter((e) => {
      const key = `${e.row}|${e.field}|${e.code}|${e.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.row - b.row || a.field.localeCompare(b.field));
}

/** Thrown to roll back a preview's transaction while keeping what it would have done. */
class Rollback extends Error {
  override readonly name = 'Rollback';
  report: CatalogImportReport | undefined;
  with(report: CatalogImportReport): this {
    this.report = report;
    return this;
  }
}

import { DomainError, importRejected, recordAuditEvent, authorize, type AnyDb, type Principal, type RowError } from '../platform/index.js';
import { checkBatch } from './domain/check-batch.js';
import { recordKinds, type RecordKind } from './domain/records.js';
import { readReferenceCsv, readReferenceJson, type ReadResult } from './import/read-reference-file.js';
import { referencePolicy } from './policy.js';
import { loadKnownCodes, writeBatch, type WriteCounts } from './store/write-batch.js';

/** An uploaded reference file. */
export interface ReferenceFile {
  readonly format: 'csv' | 'json';
  /** Required for CSV and for a JSON list; a JSON document keyed by kind names its own kinds. */
  readonly kind: RecordKind | undefined;
  /** CSV text, or the parsed JSON value. */
  readonly content: unknown;
}

/** What an import did (or, as a preview, would do). */
export interface ImportReport {
  readonly dryRun: boolean;
  readonly rows: number;
  readonly counts: WriteCounts;
}

/**
 * Imports reference data. Every row is checked first (format, then references to other records in
 * the file or the platform); if any row is wrong, nothing is written and every error is reported.
 * A preview (`dryRun`) runs the same checks and the writes inside a transaction that is rolled back.
 */
export async function importReferenceData(options: {
  readonly db: AnyDb;
  readonly principal: Principal;
  readonly requestId: string;
  readonly file: ReferenceFile;
  readonly dryRun: boolean;
}): Promise<ImportReport> {
  authorize(options.principal, referencePolicy.importData(options.principal));
  return writeReferenceFile(options);
}

/** The import without the authorisation check (for the demo seed, which runs as the system). */
export async function writeReferenceFile(options: {
  readonly db: AnyDb;
  readonly principal: Principal | { readonly kind: 'system' };
  readonly requestId: string | null;
  readonly file: ReferenceFile;
  readonly dryRun: boolean;
}): Promise<ImportReport> {
  const { file } = options;
  if (file.format === 'csv' && !file.kind) {
    throw new DomainError('validation-failed', `A CSV file needs its kind: one of ${recordKinds.join(', ')}`, {
      errors: [{ path: 'querystring/kind', message: 'is required for CSV files' }],
    });
  }
  const read: ReadResult =
    file.format === 'csv'
      ? readReferenceCsv(String(file.content), file.kind ?? 'institutions')
      : readReferenceJson(file.content, file.kind);
  if (read.rowCount === 0) throw new DomainError('import-malformed', 'The file holds no records');

  const marker = new RollbackMarker();
  try {
    return await options.db.transaction().execute(async (trx) => {
      const errors: RowError[] = [...read.errors, ...checkBatch(read.batch, await loadKnownCodes(trx))];
      if (errors.length > 0) throw importRejected(dedupe(errors), read.rowCount);
      const counts = await writeBatch(trx, read.batch);
      const report: ImportReport = { dryRun: options.dryRun, rows: read.rowCount, counts };
      if (options.dryRun) throw marker.with(report);
      if (sum(counts, 'created') + sum(counts, 'updated') === 0) return report;
      await recordAuditEvent(trx, {
        actor: options.principal,
        action: 'reference.imported',
        subjectType: 'reference-data',
        requestId: options.requestId,
        details: {
          format: file.format,
          kind: file.kind ?? 'document',
          rows: read.rowCount,
          created: sum(counts, 'created'),
          updated: sum(counts, 'updated'),
        },
      });
      return report;
    });
  } catch (error) {
    if (error === marker && marker.report) return marker.report;
    throw error;
  }
}

/** Thrown to roll back a preview's transaction while keeping what it would have done. */
class RollbackMarker extends Error {
  override readonly name = 'RollbackMarker';
  report: ImportReport | undefined;
  with(report: ImportReport): this {
    this.report = report;
    return this;
  }
}

function sum(counts: WriteCounts, key: 'created' | 'updated' | 'unchanged'): number {
  return Object.values(counts).reduce((n, c) => n + c[key], 0);
}

function dedupe(errors: RowError[]): RowError[] {
  const seen = new Set<string>();
  return errors
    .filter((e) => {
      const key = `${e.row}|${e.field}|${e.code}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.row - b.row);
}

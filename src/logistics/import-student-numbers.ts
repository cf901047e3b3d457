import { DomainError, importRejected, recordAuditEvent, type AnyDb, type Principal, type RowError } from '../platform/index.js';
import { cellKey } from './domain/inputs.js';
import { readStudentNumbers } from './import/read-student-numbers.js';
import { loadScenario } from './load-scenario.js';
import { updateScenario } from './store/scenarios.js';

/** What an import of student numbers did (or, as a preview, would do). */
export interface StudentNumberReport {
  readonly dryRun: boolean;
  readonly rows: number;
  readonly changed: number;
  readonly unchanged: number;
  readonly version: number;
  readonly changes: Array<{ key: string; title: string; before: number; after: number }>;
}

/**
 * Replaces the student numbers of a scenario's cells from a CSV or Excel file. Every row is checked
 * first (format, a known cell, no cell twice); when any row is wrong nothing changes and every
 * error is reported. A preview (`dryRun`) reports the changes without saving.
 */
export async function importStudentNumbers(options: {
  readonly db: AnyDb;
  readonly principal: Principal;
  readonly requestId: string;
  readonly scenarioId: string;
  readonly format: 'csv' | 'xlsx';
  readonly content: string | Buffer;
  readonly dryRun: boolean;
}): Promise<StudentNumberReport> {
  const read = await readStudentNumbers(options.format, options.content);
  if (read.rowCount === 0) throw new DomainError('import-malformed', 'The file holds no rows');
  return options.db.transaction().execute(async (trx) => {
    const scenario = await loadScenario(trx, options.principal, options.scenarioId, 'import', { forUpdate: true });
    const index = new Map(scenario.inputs.cells.map((c, i) => [cellKey(c), i]));
    const errors: RowError[] = [...read.errors];
    const seen = new Map<string, number>();
    const students = scenario.inputs.cells.map((c) => c.students);
    for (const row of read.rows) {
      const key = cellKey(row);
      const at = index.get(key);
      if (at === undefined) {
        errors.push({
          row: row.row,
          field: 'crebo',
          code: 'unknown-reference',
          message: `the scenario has no cell ${key}`,
          params: { value: key },
        });
        continue;
      }
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        errors.push({
          row: row.row,
          field: 'leerjaar',
          code: 'duplicate',
          message: `cell ${key} is also in row ${earlier}`,
          params: { row: earlier },
        });
        continue;
      }
      seen.set(key, row.row);
      students[at] = row.students;
    }
    if (errors.length > 0)
      throw importRejected(
        errors.sort((a, b) => a.row - b.row),
        read.rowCount,
      );
    const changes = scenario.inputs.cells
      .map((c, i) => ({ key: cellKey(c), title: c.title, before: c.students, after: students[i] ?? c.students }))
      .filter((c) => c.before !== c.after);
    const report = {
      dryRun: options.dryRun,
      rows: read.rowCount,
      changed: changes.length,
      unchanged: read.rows.length - changes.length,
      changes,
    };
    if (options.dryRun || changes.length === 0) return { ...report, version: scenario.version };
    const inputs = { ...scenario.inputs, cells: scenario.inputs.cells.map((c, i) => ({ ...c, students: students[i] ?? c.students })) };
    const version = await updateScenario(trx, scenario.id, { inputs });
    await recordAuditEvent(trx, {
      actor: options.principal,
      action: 'logistics.student-numbers-imported',
      subjectType: 'logistics-scenario',
      subjectId: scenario.id,
      institutionId: scenario.institutionId,
      requestId: options.requestId,
      details: { format: options.format, rows: read.rowCount, changed: changes.length },
    });
    return { ...report, version };
  });
}

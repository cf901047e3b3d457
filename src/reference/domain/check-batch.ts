import { coreTaskOfWorkProcess } from './codes.js';
import type { ReferenceBatch } from './records.js';

/** A problem found by looking at the records together (duplicates, references to unknown codes). */
export interface BatchIssue {
  readonly row: number;
  readonly field: string;
  readonly code: 'duplicate' | 'unknown-reference' | 'conflict';
  readonly message: string;
  readonly params: Readonly<Record<string, string | number>>;
}

/** Natural keys that already exist in the database. */
export interface KnownCodes {
  readonly institutions: ReadonlySet<string>;
  readonly qualifications: ReadonlySet<string>;
  readonly dossiers: ReadonlySet<string>;
  readonly electives: ReadonlySet<string>;
  /** `crebo|B1-K1` for every stored core task. */
  readonly coreTasks: ReadonlySet<string>;
}

function duplicates<T>(
  items: ReadonlyArray<{ row: number; value: T }>,
  key: (value: T) => string,
  field: string,
  label: string,
): BatchIssue[] {
  const seen = new Map<string, number>();
  const issues: BatchIssue[] = [];
  for (const { row, value } of items) {
    const k = key(value);
    const first = seen.get(k);
    if (first === undefined) seen.set(k, row);
    else
      issues.push({
        row,
        field,
        code: 'duplicate',
        message: `${label} ${k} also appears in row ${first}`,
        params: { value: k, firstRow: first },
      });
  }
  return issues;
}

/**
 * Checks a batch as a whole: every natural key once, and every reference pointing at a record in
 * the batch or in the database. Returns all issues; an empty list means the batch can be written.
 */
export function checkBatch(batch: ReferenceBatch, known: KnownCodes): BatchIssue[] {
  const issues: BatchIssue[] = [
    ...duplicates(batch.institutions, (v) => v.code, 'code', 'Institution'),
    ...duplicates(batch.locations, (v) => v.code, 'code', 'Location'),
    ...duplicates(batch.qualifications, (v) => v.crebo, 'crebo', 'Kwalificatie'),
    ...duplicates(batch['core-tasks'], (v) => `${v.qualification_crebo} ${v.code}`, 'code', 'Core task'),
    ...duplicates(batch['work-processes'], (v) => `${v.qualification_crebo} ${v.code}`, 'code', 'Work process'),
    ...duplicates(batch.electives, (v) => v.code, 'code', 'Keuzedeel'),
    ...duplicates(batch['qualification-electives'], (v) => `${v.qualification_crebo}/${v.elective_code}`, 'elective_code', 'Pair'),
  ];

  const institutions = new Set([...known.institutions, ...batch.institutions.map((r) => r.value.code)]);
  const qualifications = new Set([...known.qualifications, ...batch.qualifications.map((r) => r.value.crebo)]);
  const electives = new Set([...known.electives, ...batch.electives.map((r) => r.value.code)]);
  const coreTasks = new Set([...known.coreTasks, ...batch['core-tasks'].map((r) => `${r.value.qualification_crebo}|${r.value.code}`)]);
  const unknown = (row: number, field: string, what: string, value: string): BatchIssue => ({
    row,
    field,
    code: 'unknown-reference',
    message: `${what} ${value} is neither in this file nor in the platform`,
    params: { value },
  });

  // One crebo names either a dossier or a kwalificatie, and a dossier has one title and domain.
  const dossiers = new Map<string, { row: number; title: string; domain: string }>();
  for (const { row, value } of batch.qualifications) {
    if (qualifications.has(value.dossier_crebo)) {
      issues.push({
        row,
        field: 'dossier_crebo',
        code: 'conflict',
        message: `crebo ${value.dossier_crebo} is a kwalificatie, not a dossier`,
        params: { value: value.dossier_crebo },
      });
    }
    if (known.dossiers.has(value.crebo) || batch.qualifications.some((q) => q.value.dossier_crebo === value.crebo)) {
      issues.push({
        row,
        field: 'crebo',
        code: 'conflict',
        message: `crebo ${value.crebo} is a kwalificatiedossier, not a kwalificatie`,
        params: { value: value.crebo },
      });
    }
    const first = dossiers.get(value.dossier_crebo);
    if (!first) dossiers.set(value.dossier_crebo, { row, title: value.dossier_title, domain: value.domain });
    else if (first.title !== value.dossier_title || first.domain !== value.domain) {
      issues.push({
        row,
        field: 'dossier_title',
        code: 'conflict',
        message: `dossier ${value.dossier_crebo} has another title or domain in row ${first.row}`,
        params: { value: value.dossier_crebo, firstRow: first.row },
      });
    }
  }
  for (const { row, value } of batch.locations) {
    if (!institutions.has(value.institution_code)) issues.push(unknown(row, 'institution_code', 'Institution', value.institution_code));
  }
  for (const { row, value } of batch['core-tasks']) {
    if (!qualifications.has(value.qualification_crebo))
      issues.push(unknown(row, 'qualification_crebo', 'Kwalificatie', value.qualification_crebo));
  }
  for (const { row, value } of batch['work-processes']) {
    if (!qualifications.has(value.qualification_crebo)) {
      issues.push(unknown(row, 'qualification_crebo', 'Kwalificatie', value.qualification_crebo));
      continue;
    }
    const task = coreTaskOfWorkProcess(value.code);
    if (!coreTasks.has(`${value.qualification_crebo}|${task}`)) issues.push(unknown(row, 'code', 'Core task', task));
  }
  for (const { row, value } of batch['qualification-electives']) {
    if (!qualifications.has(value.qualification_crebo))
      issues.push(unknown(row, 'qualification_crebo', 'Kwalificatie', value.qualification_crebo));
    if (!electives.has(value.elective_code)) issues.push(unknown(row, 'elective_code', 'Keuzedeel', value.elective_code));
  }
  return issues.sort((a, b) => a.row - b.row);
}

import { sql, type Kysely } from 'kysely';
import { tablesOf, type AnyDb } from '../../platform/index.js';
import type { KnownCodes } from '../domain/check-batch.js';
import type { RecordKind, ReferenceBatch } from '../domain/records.js';
import type { ReferenceTables } from './tables.js';

/** How many records of each kind an import created, changed, or found already as they were. */
export type WriteCounts = Record<RecordKind, { created: number; updated: number; unchanged: number }>;

const CHUNK = 500;

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

/** Codes already stored, for checking references in an import. */
export async function loadKnownCodes(db: AnyDb): Promise<KnownCodes> {
  const t = tablesOf<ReferenceTables>(db);
  const [institutions, qualifications, dossiers, electives, coreTasks] = await Promise.all([
    t.selectFrom('institutions').select('code').execute(),
    t.selectFrom('qualifications').select('crebo').execute(),
    t.selectFrom('qualification_dossiers').select('crebo').execute(),
    t.selectFrom('electives').select('code').execute(),
    t
      .selectFrom('core_tasks')
      .innerJoin('qualifications', 'qualifications.id', 'core_tasks.qualification_id')
      .select(['qualifications.crebo', 'core_tasks.code'])
      .execute(),
  ]);
  return {
    institutions: new Set(institutions.map((r) => r.code)),
    qualifications: new Set(qualifications.map((r) => r.crebo)),
    dossiers: new Set(dossiers.map((r) => r.crebo)),
    electives: new Set(electives.map((r) => r.code)),
    coreTasks: new Set(coreTasks.map((r) => `${r.crebo}|${r.code}`)),
  };
}

/** Rows an upsert returned: `inserted` is true for new rows; unchanged rows are not returned. */
type Upserted = Array<{ inserted: boolean }>;

function tally(total: number, rows: Upserted): { created: number; updated: number; unchanged: number } {
  const created = rows.filter((r) => r.inserted).length;
  return { created, updated: rows.length - created, unchanged: total - rows.length };
}

/** `(xmax = 0)` is true for a row this statement inserted, false for one it updated. */
const insertedFlag = sql<boolean>`(xmax = 0)`.as('inserted');

/**
 * Writes a checked batch inside the caller's transaction: inserts new records, updates changed
 * ones, leaves identical ones untouched (so a second import of the same file changes nothing).
 */
export async function writeBatch(trx: AnyDb, batch: ReferenceBatch): Promise<WriteCounts> {
  const t: Kysely<ReferenceTables> = tablesOf<ReferenceTables>(trx);
  const counts = {} as WriteCounts;

  let rows: Upserted = [];
  for (const part of chunks(batch.institutions)) {
    rows = rows.concat(
      await t
        .insertInto('institutions')
        .values(
          part.map(({ value: v }) => ({
            code: v.code,
            name: v.name,
            short_name: v.short_name ?? null,
            city: v.city ?? null,
            website: v.website ?? null,
            contact_email: v.contact_email ?? null,
            is_demo: v.demo,
          })),
        )
        .onConflict((oc) =>
          oc
            .column('code')
            .doUpdateSet((eb) => ({
              name: eb.ref('excluded.name'),
              short_name: eb.ref('excluded.short_name'),
              city: eb.ref('excluded.city'),
              website: eb.ref('excluded.website'),
              contact_email: eb.ref('excluded.contact_email'),
              is_demo: eb.ref('excluded.is_demo'),
              updated_at: sql<Date>`now()`,
            }))
            .where(
              sql<boolean>`(institutions.name, institutions.short_name, institutions.city, institutions.website, institutions.contact_email, institutions.is_demo)
                is distinct from (excluded.name, excluded.short_name, excluded.city, excluded.website, excluded.contact_email, excluded.is_demo)`,
            ),
        )
        .returning(insertedFlag)
        .execute(),
    );
  }
  counts.institutions = tally(batch.institutions.length, rows);

  const institutionIds = await idsBy(
    t,
    'institutions',
    'code',
    batch.locations.map((l) => l.value.institution_code),
  );
  rows = [];
  for (const part of chunks(batch.locations)) {
    rows = rows.concat(
      await t
        .insertInto('institution_locations')
        .values(
          part.map(({ value: v }) => ({
            institution_id: mustGet(institutionIds, v.institution_code),
            code: v.code,
            name: v.name,
            street: v.street ?? null,
            postcode: v.postcode ?? null,
            city: v.city,
            province: v.province,
            is_demo: v.demo,
          })),
        )
        .onConflict((oc) =>
          oc
            .column('code')
            .doUpdateSet((eb) => ({
              institution_id: eb.ref('excluded.institution_id'),
              name: eb.ref('excluded.name'),
              street: eb.ref('excluded.street'),
              postcode: eb.ref('excluded.postcode'),
              city: eb.ref('excluded.city'),
              province: eb.ref('excluded.province'),
              is_demo: eb.ref('excluded.is_demo'),
            }))
            .where(
              sql<boolean>`(institution_locations.institution_id, institution_locations.name, institution_locations.street, institution_locations.postcode, institution_locations.city, institution_locations.province, institution_locations.is_demo)
                is distinct from (excluded.institution_id, excluded.name, excluded.street, excluded.postcode, excluded.city, excluded.province, excluded.is_demo)`,
            ),
        )
        .returning(insertedFlag)
        .execute(),
    );
  }
  counts.locations = tally(batch.locations.length, rows);

  // Dossiers are implied by the kwalificaties that name them.
  const dossiers = new Map(batch.qualifications.map(({ value: v }) => [v.dossier_crebo, v]));
  for (const part of chunks([...dossiers.values()])) {
    await t
      .insertInto('qualification_dossiers')
      .values(part.map((v) => ({ crebo: v.dossier_crebo, title: v.dossier_title, domain: v.domain, is_demo: v.demo })))
      .onConflict((oc) =>
        oc
          .column('crebo')
          .doUpdateSet((eb) => ({
            title: eb.ref('excluded.title'),
            domain: eb.ref('excluded.domain'),
            is_demo: eb.ref('excluded.is_demo'),
          }))
          .where(
            sql<boolean>`(qualification_dossiers.title, qualification_dossiers.domain, qualification_dossiers.is_demo) is distinct from (excluded.title, excluded.domain, excluded.is_demo)`,
          ),
      )
      .execute();
  }
  const dossierIds = await idsBy(t, 'qualification_dossiers', 'crebo', [...dossiers.keys()]);
  rows = [];
  for (const part of chunks(batch.qualifications)) {
    rows = rows.concat(
      await t
        .insertInto('qualifications')
        .values(
          part.map(({ value: v }) => ({
            crebo: v.crebo,
            dossier_id: mustGet(dossierIds, v.dossier_crebo),
            title: v.title,
            niveau: v.niveau,
            valid_from: v.valid_from ?? null,
            valid_until: v.valid_until ?? null,
            is_demo: v.demo,
          })),
        )
        .onConflict((oc) =>
          oc
            .column('crebo')
            .doUpdateSet((eb) => ({
              dossier_id: eb.ref('excluded.dossier_id'),
              title: eb.ref('excluded.title'),
              niveau: eb.ref('excluded.niveau'),
              valid_from: eb.ref('excluded.valid_from'),
              valid_until: eb.ref('excluded.valid_until'),
              is_demo: eb.ref('excluded.is_demo'),
            }))
            .where(
              sql<boolean>`(qualifications.dossier_id, qualifications.title, qualifications.niveau, qualifications.valid_from, qualifications.valid_until, qualifications.is_demo)
                is distinct from (excluded.dossier_id, excluded.title, excluded.niveau, excluded.valid_from, excluded.valid_until, excluded.is_demo)`,
            ),
        )
        .returning(insertedFlag)
        .execute(),
    );
  }
  counts.qualifications = tally(batch.qualifications.length, rows);

  const qualificationIds = await idsBy(t, 'qualifications', 'crebo', [
    ...batch['core-tasks'].map((r) => r.value.qualification_crebo),
    ...batch['work-processes'].map((r) => r.value.qualification_crebo),
    ...batch['qualification-electives'].map((r) => r.value.qualification_crebo),
  ]);
  rows = [];
  for (const part of chunks(batch['core-tasks'])) {
    rows = rows.concat(
      await t
        .insertInto('core_tasks')
        .values(
          part.map(({ value: v }) => ({
            qualification_id: mustGet(qualificationIds, v.qualification_crebo),
            code: v.code,
            title: v.title,
          })),
        )
        .onConflict((oc) =>
          oc
            .columns(['qualification_id', 'code'])
            .doUpdateSet((eb) => ({ title: eb.ref('excluded.title') }))
            .where(sql<boolean>`core_tasks.title is distinct from excluded.title`),
        )
        .returning(insertedFlag)
        .execute(),
    );
  }
  counts['core-tasks'] = tally(batch['core-tasks'].length, rows);

  const taskIds = new Map<string, string>();
  if (batch['work-processes'].length > 0) {
    const tasks = await t
      .selectFrom('core_tasks')
      .select(['id', 'qualification_id', 'code'])
      .where('qualification_id', 'in', [
        ...new Set(batch['work-processes'].map((r) => mustGet(qualificationIds, r.value.qualification_crebo))),
      ])
      .execute();
    for (const task of tasks) taskIds.set(`${task.qualification_id}|${task.code}`, task.id);
  }
  rows = [];
  for (const part of chunks(batch['work-processes'])) {
    rows = rows.concat(
      await t
        .insertInto('work_processes')
        .values(
          part.map(({ value: v }) => ({
            core_task_id: mustGet(taskIds, `${mustGet(qualificationIds, v.qualification_crebo)}|${v.code.replace(/-W\d+$/, '')}`),
            code: v.code,
            title: v.title,
          })),
        )
        .onConflict((oc) =>
          oc
            .columns(['core_task_id', 'code'])
            .doUpdateSet((eb) => ({ title: eb.ref('excluded.title') }))
            .where(sql<boolean>`work_processes.title is distinct from excluded.title`),
        )
        .returning(insertedFlag)
        .execute(),
    );
  }
  counts['work-processes'] = tally(batch['work-processes'].length, rows);

  rows = [];
  for (const part of chunks(batch.electives)) {
    rows = rows.concat(
      await t
        .insertInto('electives')
        .values(
          part.map(({ value: v }) => ({
            code: v.code,
            title: v.title,
            sbu: v.sbu,
            niveau: v.niveau ?? null,
            valid_from: v.valid_from ?? null,
            is_demo: v.demo,
          })),
        )
        .onConflict((oc) =>
          oc
            .column('code')
            .doUpdateSet((eb) => ({
              title: eb.ref('excluded.title'),
              sbu: eb.ref('excluded.sbu'),
              niveau: eb.ref('excluded.niveau'),
              valid_from: eb.ref('excluded.valid_from'),
              is_demo: eb.ref('excluded.is_demo'),
            }))
            .where(
              sql<boolean>`(electives.title, electives.sbu, electives.niveau, electives.valid_from, electives.is_demo)
                is distinct from (excluded.title, excluded.sbu, excluded.niveau, excluded.valid_from, excluded.is_demo)`,
            ),
        )
        .returning(insertedFlag)
        .execute(),
    );
  }
  counts.electives = tally(batch.electives.length, rows);

  const electiveIds = await idsBy(
    t,
    'electives',
    'code',
    batch['qualification-electives'].map((r) => r.value.elective_code),
  );
  rows = [];
  for (const part of chunks(batch['qualification-electives'])) {
    rows = rows.concat(
      await t
        .insertInto('qualification_electives')
        .values(
          part.map(({ value: v }) => ({
            qualification_id: mustGet(qualificationIds, v.qualification_crebo),
            elective_id: mustGet(electiveIds, v.elective_code),
          })),
        )
        .onConflict((oc) => oc.doNothing())
        .returning(sql<boolean>`true`.as('inserted'))
        .execute(),
    );
  }
  counts['qualification-electives'] = tally(batch['qualification-electives'].length, rows);
  return counts;
}

type CodedTable = 'institutions' | 'qualification_dossiers' | 'qualifications' | 'electives';

async function idsBy(
  t: Kysely<ReferenceTables>,
  table: CodedTable,
  column: 'code' | 'crebo',
  codes: string[],
): Promise<Map<string, string>> {
  const unique = [...new Set(codes)];
  const map = new Map<string, string>();
  if (unique.length === 0) return map;
  const rows = await sql<{
    id: string;
    key: string;
  }>`select id, ${sql.ref(column)} as key from ${sql.table(table)} where ${sql.ref(column)} = any(${unique})`.execute(t);
  for (const r of rows.rows) map.set(r.key, r.id);
  return map;
}

function mustGet(map: ReadonlyMap<string, string>, key: string): string {
  const value = map.get(key);
  if (value === undefined) throw new Error(`Reference ${key} vanished during the import`);
  return value;
}

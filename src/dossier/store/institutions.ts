import { tablesOf, type AnyDb } from '../../platform/index.js';
import type { DossierDb } from './tables.js';

const t = (db: AnyDb) => tablesOf<DossierDb>(db);

export function institutionOf(db: AnyDb, id: string) {
  return t(db).selectFrom('institutions').select(['id', 'code', 'name']).where('id', '=', id).executeTakeFirst();
}

/** True when the person holds the learner role at the institution. */
export async function isLinkedLearner(db: AnyDb, personId: string, institutionId: string): Promise<boolean> {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(personId)) return false;
  const row = await t(db)
    .selectFrom('role_assignments')
    .select('person_id')
    .where('person_id', '=', personId)
    .where('role', '=', 'learner')
    .where('scope_type', '=', 'institution')
    .where('scope_id', '=', institutionId)
    .executeTakeFirst();
  return row !== undefined;
}

export async function institutionNames(db: AnyDb, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await t(db).selectFrom('institutions').select(['id', 'name']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

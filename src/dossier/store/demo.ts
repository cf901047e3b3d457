import { tablesOf, type AnyDb } from '../../platform/index.js';
import type { DossierDb } from './tables.js';

/** A demo person by their demo login subject. */
export function demoPerson(db: AnyDb, subject: string) {
  return tablesOf<DossierDb & { persons: { id: string; subject: string; is_demo: boolean } }>(db)
    .selectFrom('persons')
    .select(['id'])
    .where('subject', '=', subject)
    .where('is_demo', '=', true)
    .executeTakeFirst();
}

export function institutionByCode(db: AnyDb, code: string) {
  return tablesOf<DossierDb>(db).selectFrom('institutions').select(['id', 'code', 'name']).where('code', '=', code).executeTakeFirst();
}

export async function hasSelfDeclaredItems(db: AnyDb, ownerId: string): Promise<boolean> {
  const row = await tablesOf<DossierDb>(db)
    .selectFrom('dossier_items')
    .select('id')
    .where('owner_id', '=', ownerId)
    .where('provenance', '=', 'self-declared')
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

import { sql } from 'kysely';
import { tablesOf, type AnyDb } from '../../platform/index.js';
import type { ReferenceTables } from './tables.js';

/** Fields of an institution its administrators may change. */
export interface InstitutionPatch {
  readonly name?: string | undefined;
  readonly shortName?: string | null | undefined;
  readonly city?: string | null | undefined;
  readonly website?: string | null | undefined;
  readonly contactEmail?: string | null | undefined;
}

/** True when an institution with this id exists. */
export async function institutionExists(db: AnyDb, id: string): Promise<boolean> {
  const row = await tablesOf<ReferenceTables>(db).selectFrom('institutions').select('id').where('id', '=', id).executeTakeFirst();
  return row !== undefined;
}

/** Applies a patch; returns the names of the fields that changed, or undefined when the institution does not exist. */
export async function updateInstitution(trx: AnyDb, id: string, patch: InstitutionPatch): Promise<string[] | undefined> {
  const t = tablesOf<ReferenceTables>(trx);
  const before = await t.selectFrom('institutions').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  if (!before) return undefined;
  const next = {
    name: patch.name ?? before.name,
    short_name: patch.shortName === undefined ? before.short_name : patch.shortName,
    city: patch.city === undefined ? before.city : patch.city,
    website: patch.website === undefined ? before.website : patch.website,
    contact_email: patch.contactEmail === undefined ? before.contact_email : patch.contactEmail,
  };
  const changed = (Object.keys(next) as Array<keyof typeof next>).filter((k) => next[k] !== before[k]);
  if (changed.length > 0) {
    await t
      .updateTable('institutions')
      .set({ ...next, updated_at: sql<Date>`now()` })
      .where('id', '=', id)
      .execute();
  }
  return changed;
}

import { sql } from 'kysely';
import { tablesOf, type AnyDb } from '../../platform/index.js';
import type { DossierDb } from './tables.js';

/**
 * Deletes everything of an owner's dossier except the record of which accepted badges were brought
 * in (award ids only), so that a deleted dossier does not fill up again by itself.
 */
export async function deleteOwnerData(db: AnyDb, ownerId: string): Promise<void> {
  const t = tablesOf<DossierDb>(db);
  await t.deleteFrom('dossier_shares').where('owner_id', '=', ownerId).execute();
  await t.deleteFrom('dossier_correction_requests').where('owner_id', '=', ownerId).execute();
  await t.deleteFrom('dossier_collections').where('owner_id', '=', ownerId).execute();
  await t.deleteFrom('dossier_items').where('owner_id', '=', ownerId).execute();
  await t.deleteFrom('dossier_files').where('owner_id', '=', ownerId).execute();
  await t.deleteFrom('dossier_access_log').where('owner_id', '=', ownerId).execute();
}

/** The figures of a learner's overview in one statement: items per kind, files, collections, active shares. */
export async function overviewFigures(db: AnyDb, ownerId: string) {
  const result = await sql<{
    counts: Record<string, number> | null;
    file_count: number;
    file_bytes: string | number;
    collections: Array<{ id: string; name: string; itemCount: number }>;
    active_shares: number;
  }>`
    select
      (select json_object_agg(k.kind, k.n)
         from (select kind, count(*)::int as n from dossier_items where owner_id = ${ownerId} group by kind) k) as counts,
      (select count(*)::int from dossier_files where owner_id = ${ownerId}) as file_count,
      (select coalesce(sum(size), 0)::bigint from dossier_files where owner_id = ${ownerId}) as file_bytes,
      (select coalesce(json_agg(json_build_object('id', c.id, 'name', c.name, 'itemCount',
                (select count(*)::int from dossier_collection_items ci where ci.owner_id = c.owner_id and ci.collection_id = c.id))
                order by c.name), '[]'::json)
         from dossier_collections c where c.owner_id = ${ownerId}) as collections,
      (select count(*)::int from dossier_shares
        where owner_id = ${ownerId} and revoked_at is null and expires_at > now()) as active_shares`.execute(db);
  const row = result.rows[0];
  return {
    counts: row?.counts ?? {},
    files: { count: row?.file_count ?? 0, bytes: Number(row?.file_bytes ?? 0) },
    collections: row?.collections ?? [],
    activeShares: row?.active_shares ?? 0,
  };
}

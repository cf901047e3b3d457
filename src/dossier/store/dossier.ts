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

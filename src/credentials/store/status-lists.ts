import { tablesOf, type AnyDb } from '../../platform/index.js';
import type { CredentialTables } from './tables.js';

const t = (db: AnyDb) => tablesOf<CredentialTables>(db);

/** A status list with its current version. */
export async function findStatusList(db: AnyDb, id: string) {
  return t(db).selectFrom('credential_status_lists').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Indices whose bit is set for a purpose (revoked, or currently suspended). */
export async function setIndices(db: AnyDb, listId: string, purpose: 'revocation' | 'suspension'): Promise<number[]> {
  const rows = await t(db)
    .selectFrom('credential_awards')
    .select('status_index')
    .where('status_list_id', '=', listId)
    .where(purpose === 'revocation' ? 'revoked_at' : 'suspended_at', 'is not', null)
    .execute();
  return rows.map((r) => r.status_index);
}

/** The signed status list credential last made for a list and purpose. */
export async function storedListDocument(db: AnyDb, listId: string, purpose: 'revocation' | 'suspension') {
  return t(db)
    .selectFrom('credential_status_list_documents')
    .select(['version', 'document'])
    .where('status_list_id', '=', listId)
    .where('purpose', '=', purpose)
    .executeTakeFirst();
}

/** Keeps the newest signed document of a list (an older version never replaces a newer one). */
export async function storeListDocument(
  db: AnyDb,
  input: { listId: string; purpose: 'revocation' | 'suspension'; version: number; document: Record<string, unknown> },
): Promise<void> {
  await t(db)
    .insertInto('credential_status_list_documents')
    .values({ status_list_id: input.listId, purpose: input.purpose, version: input.version, document: JSON.stringify(input.document) })
    .onConflict((oc) =>
      oc
        .columns(['status_list_id', 'purpose'])
        .doUpdateSet({ version: input.version, document: JSON.stringify(input.document) })
        .where('credential_status_list_documents.version', '<', input.version),
    )
    .execute();
}

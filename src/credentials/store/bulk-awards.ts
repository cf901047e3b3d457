import { sql } from 'kysely';
import { tablesOf, type AnyDb } from '../../platform/index.js';
import type { BulkRow, CredentialTables } from './tables.js';

const t = (db: AnyDb) => tablesOf<CredentialTables & { persons: { id: string; display_name: string; email: string | null } }>(db);

/** Persons by (lower-cased) e-mail address; addresses used by more than one person are left out. */
export async function personsByEmail(db: AnyDb, emails: readonly string[]): Promise<Map<string, { id: string; name: string }>> {
  const found = new Map<string, { id: string; name: string }>();
  const ambiguous = new Set<string>();
  for (let i = 0; i < emails.length; i += 1000) {
    const part = emails.slice(i, i + 1000).map((e) => e.toLowerCase());
    if (part.length === 0) continue;
    const rows = await t(db)
      .selectFrom('persons')
      .select(['id', 'display_name', sql<string>`lower(email)`.as('email')])
      .where(sql<string>`lower(email)`, 'in', part)
      .execute();
    for (const row of rows) {
      if (found.has(row.email)) ambiguous.add(row.email);
      found.set(row.email, { id: row.id, name: row.display_name });
    }
  }
  for (const email of ambiguous) found.delete(email);
  return found;
}

/** Stores a bulk award run, or returns the existing run for the same file and achievement. */
export async function insertBulkAward(
  trx: AnyDb,
  input: { institutionId: string; achievementId: string; fileHash: string; rows: readonly BulkRow[]; requestedBy: string | null },
): Promise<{ id: string; created: boolean }> {
  const inserted = await t(trx)
    .insertInto('credential_bulk_awards')
    .values({
      institution_id: input.institutionId,
      achievement_id: input.achievementId,
      file_hash: input.fileHash,
      rows: JSON.stringify(input.rows),
      total: input.rows.length,
      requested_by: input.requestedBy,
    })
    .onConflict((oc) => oc.columns(['achievement_id', 'file_hash']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (inserted) return { id: inserted.id, created: true };
  const existing = await t(trx)
    .selectFrom('credential_bulk_awards')
    .select('id')
    .where('achievement_id', '=', input.achievementId)
    .where('file_hash', '=', input.fileHash)
    .executeTakeFirstOrThrow();
  return { id: existing.id, created: false };
}

/** One run with its rows. */
export async function findBulkAward(db: AnyDb, id: string) {
  return t(db).selectFrom('credential_bulk_awards').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Updates a run's progress or state. */
export async function updateBulkAward(
  db: AnyDb,
  id: string,
  change: { state?: 'running' | 'finished' | 'failed'; done?: number; error?: string | null },
): Promise<void> {
  await t(db)
    .updateTable('credential_bulk_awards')
    .set({
      ...(change.state ? { state: change.state } : {}),
      ...(change.done !== undefined ? { done: change.done } : {}),
      ...(change.error !== undefined ? { error: change.error } : {}),
      ...(change.state === 'finished' || change.state === 'failed' ? { finished_at: sql<Date>`now()` } : {}),
    })
    .where('id', '=', id)
    .execute();
}

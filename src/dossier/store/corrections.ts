import { sql } from 'kysely';
import { tablesOf, type AnyDb } from '../../platform/index.js';
import type { DossierDb } from './tables.js';

const t = (db: AnyDb) => tablesOf<DossierDb>(db);

export function insertCorrectionRequest(
  db: AnyDb,
  input: { ownerId: string; itemId: string; institutionId: string; itemTitle: string; message: string },
) {
  return t(db)
    .insertInto('dossier_correction_requests')
    .values({
      owner_id: input.ownerId,
      item_id: input.itemId,
      institution_id: input.institutionId,
      item_title: input.itemTitle,
      message: input.message,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function ownCorrectionRequests(db: AnyDb, ownerId: string) {
  return t(db)
    .selectFrom('dossier_correction_requests as r')
    .leftJoin('institutions as i', 'i.id', 'r.institution_id')
    .selectAll('r')
    .select(['i.name as institution_name'])
    .where('r.owner_id', '=', ownerId)
    .orderBy('r.created_at', 'desc')
    .execute();
}

export function institutionCorrectionRequests(db: AnyDb, institutionIds: readonly string[]) {
  if (institutionIds.length === 0) return Promise.resolve([]);
  return t(db)
    .selectFrom('dossier_correction_requests as r')
    .innerJoin('persons as p', 'p.id', 'r.owner_id')
    .leftJoin('institutions as i', 'i.id', 'r.institution_id')
    .selectAll('r')
    .select(['p.display_name', 'i.name as institution_name'])
    .where('r.institution_id', 'in', institutionIds)
    .orderBy('r.created_at', 'desc')
    .execute();
}

/** A request by its id alone (institution staff do not know the owner). */
export function findCorrectionRequest(db: AnyDb, id: string) {
  return t(db).selectFrom('dossier_correction_requests').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function answerCorrectionRequest(
  db: AnyDb,
  input: { ownerId: string; id: string; status: 'corrected' | 'declined'; answer: string; answeredBy: string },
): Promise<boolean> {
  const result = await t(db)
    .updateTable('dossier_correction_requests')
    .set({ status: input.status, answer: input.answer, answered_by: input.answeredBy, answered_at: sql`now()` })
    .where('owner_id', '=', input.ownerId)
    .where('id', '=', input.id)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

import { sql } from 'kysely';
import { tablesOf, type AnyDb } from '../../platform/index.js';
import type { CredentialTables } from './tables.js';

const t = (db: AnyDb) => tablesOf<CredentialTables & { persons: { id: string; display_name: string; email: string | null } }>(db);

/** Stores a pending request; undefined when one is pending already. */
export async function insertEnrolment(
  trx: AnyDb,
  input: { achievementId: string; institutionId: string; personId: string; motivation: string | null },
): Promise<string | undefined> {
  const row = await t(trx)
    .insertInto('credential_enrolments')
    .values({
      achievement_id: input.achievementId,
      institution_id: input.institutionId,
      person_id: input.personId,
      motivation: input.motivation,
    })
    // The partial index's predicate as a literal: a prepared statement's generic plan cannot match
    // the index `where status = 'pending'` against a parameter.
    .onConflict((oc) => oc.columns(['achievement_id', 'person_id']).where('status', '=', sql.lit('pending')).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

/** One request with the learner's name and address. */
export async function findEnrolment(db: AnyDb, id: string) {
  return t(db)
    .selectFrom('credential_enrolments as e')
    .innerJoin('persons as p', 'p.id', 'e.person_id')
    .innerJoin('credential_achievements as a', 'a.id', 'e.achievement_id')
    .selectAll('e')
    .select(['p.display_name as person_name', 'p.email as person_email', 'a.name as achievement_name'])
    .where('e.id', '=', id)
    .executeTakeFirst();
}

/** Requests at an institution (optionally by status), newest first. */
export async function listEnrolments(
  db: AnyDb,
  filter: { institutionId: string; status?: 'pending' | 'approved' | 'declined' | undefined },
) {
  let query = t(db)
    .selectFrom('credential_enrolments as e')
    .innerJoin('persons as p', 'p.id', 'e.person_id')
    .innerJoin('credential_achievements as a', 'a.id', 'e.achievement_id')
    .selectAll('e')
    .select(['p.display_name as person_name', 'a.name as achievement_name'])
    .where('e.institution_id', '=', filter.institutionId);
  if (filter.status) query = query.where('e.status', '=', filter.status);
  return query.orderBy('e.created_at', 'desc').limit(200).execute();
}

/** A learner's own requests. */
export async function listOwnEnrolments(db: AnyDb, personId: string) {
  return t(db)
    .selectFrom('credential_enrolments as e')
    .innerJoin('credential_achievements as a', 'a.id', 'e.achievement_id')
    .selectAll('e')
    .select(['a.name as achievement_name'])
    .where('e.person_id', '=', personId)
    .orderBy('e.created_at', 'desc')
    .execute();
}

/** Records the decision on a pending request; false when it was no longer pending. */
export async function decideEnrolment(
  trx: AnyDb,
  input: { id: string; status: 'approved' | 'declined'; decidedBy: string | null; note: string | null; awardId: string | null },
): Promise<boolean> {
  const result = await t(trx)
    .updateTable('credential_enrolments')
    .set({
      status: input.status,
      decided_by: input.decidedBy,
      decision_note: input.note,
      award_id: input.awardId,
      decided_at: sql<Date>`now()`,
    })
    .where('id', '=', input.id)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

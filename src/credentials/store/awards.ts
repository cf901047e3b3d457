import { sql } from 'kysely';
import { tablesOf, type AnyDb } from '../../platform/index.js';
import type { CredentialTables } from './tables.js';

const t = (db: AnyDb) =>
  tablesOf<CredentialTables & { institutions: { id: string; name: string; code: string }; persons: { id: string; display_name: string } }>(
    db,
  );

/** Reserves `count` consecutive sequence numbers on the issuer's open status list for `keyId`; creates a list when needed. */
export async function reserveStatusSlots(
  trx: AnyDb,
  input: { issuerId: string; keyId: string; count: number; size: number },
): Promise<Array<{ listId: string; sequence: number }>> {
  const slots: Array<{ listId: string; sequence: number }> = [];
  let remaining = input.count;
  while (remaining > 0) {
    let list = await t(trx)
      .selectFrom('credential_status_lists')
      .select(['id', 'allocated', 'size'])
      .where('issuer_id', '=', input.issuerId)
      .where('key_id', '=', input.keyId)
      .where('allocated', '<', input.size)
      .orderBy('created_at')
      .forUpdate()
      .executeTakeFirst();
    if (!list) {
      list = await t(trx)
        .insertInto('credential_status_lists')
        .values({ issuer_id: input.issuerId, key_id: input.keyId, size: input.size })
        .returning(['id', 'allocated', 'size'])
        .executeTakeFirstOrThrow();
    }
    const take = Math.min(remaining, list.size - list.allocated);
    for (let i = 0; i < take; i += 1) slots.push({ listId: list.id, sequence: list.allocated + i });
    await t(trx)
      .updateTable('credential_status_lists')
      .set({ allocated: list.allocated + take })
      .where('id', '=', list.id)
      .execute();
    remaining -= take;
  }
  return slots;
}

/** A new award row. */
export interface AwardInsert {
  readonly id: string;
  readonly issuerId: string;
  readonly institutionId: string;
  readonly achievementId: string | null;
  readonly recipientPersonId: string | null;
  readonly recipientEmailKey: string | null;
  readonly recipientName: string | null;
  readonly source: 'direct' | 'bulk' | 'enrolment' | 'api';
  readonly idempotencyKey: string | null;
  readonly statusListId: string;
  readonly statusIndex: number;
  readonly credential: Record<string, unknown>;
  readonly issuedBy: string | null;
}

/** Stores awards; rows whose idempotency key exists already are skipped. Returns the ids written. */
export async function insertAwards(trx: AnyDb, awards: readonly AwardInsert[]): Promise<string[]> {
  if (awards.length === 0) return [];
  const rows = await t(trx)
    .insertInto('credential_awards')
    .values(
      awards.map((a) => ({
        id: a.id,
        issuer_id: a.issuerId,
        institution_id: a.institutionId,
        achievement_id: a.achievementId,
        recipient_person_id: a.recipientPersonId,
        recipient_email_key: a.recipientEmailKey,
        recipient_name: a.recipientName,
        source: a.source,
        idempotency_key: a.idempotencyKey,
        status_list_id: a.statusListId,
        status_index: a.statusIndex,
        credential: JSON.stringify(a.credential),
        issued_by: a.issuedBy,
      })),
    )
    .onConflict((oc) => oc.column('idempotency_key').doNothing())
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}

/** Idempotency keys among `keys` that were used already. */
export async function existingIdempotencyKeys(db: AnyDb, keys: readonly string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await t(db)
    .selectFrom('credential_awards')
    .select('idempotency_key')
    .where('idempotency_key', 'in', [...keys])
    .execute();
  return new Set(rows.map((r) => r.idempotency_key ?? ''));
}

const awardColumns = [
  'w.id',
  'w.issuer_id',
  'w.institution_id',
  'w.achievement_id',
  'w.recipient_person_id',
  'w.recipient_email_key',
  'w.recipient_name',
  'w.source',
  'w.status_list_id',
  'w.status_index',
  'w.issued_at',
  'w.accepted_at',
  'w.declined_at',
  'w.revoked_at',
  'w.revocation_reason',
  'w.suspended_at',
  'w.share_token',
] as const;

function awardsWithNames(db: AnyDb) {
  return t(db)
    .selectFrom('credential_awards as w')
    .innerJoin('institutions as n', 'n.id', 'w.institution_id')
    .leftJoin('credential_achievements as a', 'a.id', 'w.achievement_id')
    .select(awardColumns)
    .select(['n.name as institution_name', 'a.name as achievement_name']);
}

/** One award (without the credential document), or undefined. */
export async function findAward(db: AnyDb, id: string) {
  return awardsWithNames(db).where('w.id', '=', id).executeTakeFirst();
}

/** The signed credential of an award. */
export async function awardCredential(db: AnyDb, id: string) {
  return t(db)
    .selectFrom('credential_awards')
    .select(['id', 'credential', 'jwt', 'achievement_id'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Stores the VC-JWT form of an award once made. */
export async function storeAwardJwt(db: AnyDb, id: string, jwt: string): Promise<void> {
  await t(db).updateTable('credential_awards').set({ jwt }).where('id', '=', id).execute();
}

/** Awards of an institution, newest first, optionally for one achievement or matching a recipient name. */
export async function listInstitutionAwards(
  db: AnyDb,
  filter: { institutionId: string; achievementId?: string | undefined; q?: string | undefined; offset: number; limit: number },
) {
  let query = awardsWithNames(db).where('w.institution_id', '=', filter.institutionId);
  if (filter.achievementId) query = query.where('w.achievement_id', '=', filter.achievementId);
  if (filter.q) query = query.where('w.recipient_name', 'ilike', `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  const rows = await query
    .select(sql<number>`count(*) over ()`.as('total'))
    .orderBy('w.issued_at', 'desc')
    .orderBy('w.id')
    .offset(filter.offset)
    .limit(filter.limit)
    .execute();
  return { items: rows, total: rows[0]?.total ?? 0 };
}

/** Awards addressed to a person: by account, or by an e-mail address nobody has claimed yet. */
export async function listPersonAwards(db: AnyDb, input: { personId: string; emailKey: string | null; onlyAccepted?: boolean }) {
  let query = awardsWithNames(db)
    .select(['a.image as achievement_image'])
    .where((eb) =>
      eb.or([
        eb('w.recipient_person_id', '=', input.personId),
        ...(input.emailKey ? [eb.and([eb('w.recipient_person_id', 'is', null), eb('w.recipient_email_key', '=', input.emailKey)])] : []),
      ]),
    );
  if (input.onlyAccepted) query = query.where('w.accepted_at', 'is not', null);
  return query.orderBy('w.issued_at', 'desc').orderBy('w.id').execute();
}

/** Accepted credentials (documents) of a person. */
export async function acceptedCredentials(db: AnyDb, personId: string) {
  return t(db)
    .selectFrom('credential_awards')
    .select(['id', 'credential', 'accepted_at', 'revoked_at', 'suspended_at'])
    .where('recipient_person_id', '=', personId)
    .where('accepted_at', 'is not', null)
    .orderBy('issued_at', 'desc')
    .execute();
}

/** Records the learner's answer to an award (and claims an award addressed by e-mail). */
export async function answerAward(trx: AnyDb, id: string, personId: string, accept: boolean): Promise<void> {
  await t(trx)
    .updateTable('credential_awards')
    .set(
      accept
        ? { accepted_at: sql<Date>`now()`, declined_at: null, recipient_person_id: personId }
        : { declined_at: sql<Date>`now()`, accepted_at: null, recipient_person_id: personId },
    )
    .where('id', '=', id)
    .execute();
}

/** Changes the revocation or suspension state of an award and bumps its status list's version. */
export async function setAwardStatus(
  trx: AnyDb,
  award: { id: string; statusListId: string },
  change: { revoked?: { reason: string | null }; suspended?: boolean },
): Promise<void> {
  await t(trx)
    .updateTable('credential_awards')
    .set({
      ...(change.revoked ? { revoked_at: sql<Date>`now()`, revocation_reason: change.revoked.reason } : {}),
      ...(change.suspended === undefined ? {} : { suspended_at: change.suspended ? sql<Date>`now()` : null }),
    })
    .where('id', '=', award.id)
    .execute();
  await t(trx)
    .updateTable('credential_status_lists')
    .set((eb) => ({ version: eb('version', '+', 1) }))
    .where('id', '=', award.statusListId)
    .execute();
}

/** A person's display name and e-mail address (read from the platform's person records). */
export async function personContact(db: AnyDb, personId: string) {
  return tablesOf<{ persons: { id: string; display_name: string; email: string | null } }>(db)
    .selectFrom('persons')
    .select(['id', 'display_name', 'email'])
    .where('id', '=', personId)
    .executeTakeFirst();
}

/** Sets (or clears) the share token of an award. */
export async function setShareToken(trx: AnyDb, id: string, token: string | null): Promise<void> {
  await t(trx).updateTable('credential_awards').set({ share_token: token }).where('id', '=', id).execute();
}

/** The credential shared under a token, if the learner still shares it. */
export async function sharedCredential(db: AnyDb, token: string) {
  return t(db)
    .selectFrom('credential_awards')
    .select(['id', 'credential'])
    .where('share_token', '=', token)
    .where('accepted_at', 'is not', null)
    .executeTakeFirst();
}

import { sql } from 'kysely';
import { tablesOf, type AnyDb } from '../../platform/index.js';
import type { DossierDb } from './tables.js';

const t = (db: AnyDb) => tablesOf<DossierDb>(db);

/** Opens (views and downloads) of a share, counted from the access log. */
const opens = sql<number>`(select count(*)::int from dossier_access_log l
  where l.owner_id = s.owner_id and l.share_id = s.id and l.kind in ('share-open', 'share-download'))`;
const lastOpened = sql<Date | null>`(select max(l.occurred_at) from dossier_access_log l
  where l.owner_id = s.owner_id and l.share_id = s.id and l.kind in ('share-open', 'share-download'))`;

const shareColumns = [
  's.id',
  's.collection_id',
  's.item_ids',
  's.recipient_name',
  's.institution_id',
  's.expires_at',
  's.revoked_at',
  's.created_at',
] as const;

export function listShares(db: AnyDb, ownerId: string) {
  return t(db)
    .selectFrom('dossier_shares as s')
    .select([...shareColumns, opens.as('open_count'), lastOpened.as('last_opened_at')])
    .where('s.owner_id', '=', ownerId)
    .orderBy('s.created_at', 'desc')
    .orderBy('s.id')
    .execute();
}

export type ShareRow = Awaited<ReturnType<typeof listShares>>[number];

export function findShare(db: AnyDb, ownerId: string, id: string) {
  return t(db)
    .selectFrom('dossier_shares as s')
    .select([...shareColumns, opens.as('open_count'), lastOpened.as('last_opened_at')])
    .where('s.owner_id', '=', ownerId)
    .where('s.id', '=', id)
    .executeTakeFirst();
}

/** The share stored under a token's hash, with its owner's display name. */
export function shareByTokenHash(db: AnyDb, tokenHash: string) {
  return t(db)
    .selectFrom('dossier_shares as s')
    .innerJoin('persons as p', 'p.id', 's.owner_id')
    .select([
      's.owner_id',
      's.id',
      's.token_hash',
      's.collection_id',
      's.item_ids',
      's.recipient_name',
      's.institution_id',
      's.expires_at',
      's.revoked_at',
      'p.display_name',
    ])
    .where('s.token_hash', '=', tokenHash)
    .executeTakeFirst();
}

export function insertShare(
  db: AnyDb,
  share: {
    ownerId: string;
    tokenHash: string;
    collectionId: string | null;
    itemIds: readonly string[];
    recipientName: string | null;
    institutionId: string | null;
    expiresAt: Date;
  },
) {
  return t(db)
    .insertInto('dossier_shares')
    .values({
      owner_id: share.ownerId,
      token_hash: share.tokenHash,
      collection_id: share.collectionId,
      item_ids: JSON.stringify(share.itemIds),
      recipient_name: share.recipientName,
      institution_id: share.institutionId,
      expires_at: share.expiresAt,
    })
    .returning(['id', 'created_at'])
    .executeTakeFirstOrThrow();
}

export async function revokeShare(db: AnyDb, ownerId: string, id: string): Promise<boolean> {
  const result = await t(db)
    .updateTable('dossier_shares')
    .set({ revoked_at: sql`coalesce(revoked_at, now())` })
    .where('owner_id', '=', ownerId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function revokeAllShares(db: AnyDb, ownerId: string): Promise<number> {
  const result = await t(db)
    .updateTable('dossier_shares')
    .set({ revoked_at: sql`now()` })
    .where('owner_id', '=', ownerId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Active shares addressed to an institution. */
export function sharesForInstitution(db: AnyDb, institutionId: string) {
  return t(db)
    .selectFrom('dossier_shares as s')
    .innerJoin('persons as p', 'p.id', 's.owner_id')
    .select(['s.owner_id', 's.id', 's.institution_id', 's.collection_id', 's.item_ids', 's.expires_at', 's.created_at', 'p.display_name'])
    .where('s.institution_id', '=', institutionId)
    .where('s.revoked_at', 'is', null)
    .where('s.expires_at', '>', sql<Date>`now()`)
    .orderBy('s.created_at', 'desc')
    .execute();
}

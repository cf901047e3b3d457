import { sql } from 'kysely';
import { tablesOf, type AnyDb } from '../../platform/index.js';
import type { ItemKind, Provenance } from '../domain/items.js';
import type { DossierDb } from './tables.js';

const t = (db: AnyDb) => tablesOf<DossierDb>(db);

export type ItemRow = Awaited<ReturnType<typeof findItem>> & object;

/** Keyset cursor of the timeline: the last item's date and id. */
export interface TimelineCursor {
  readonly datedAt: string;
  readonly id: string;
}

export function encodeCursor(cursor: TimelineCursor): string {
  return Buffer.from(`${cursor.datedAt}|${cursor.id}`, 'utf8').toString('base64url');
}

/** Decodes a cursor; undefined when it is not one of ours. */
export function decodeCursor(value: string): TimelineCursor | undefined {
  const decoded = Buffer.from(value, 'base64url').toString('utf8');
  const [datedAt, id] = decoded.split('|');
  if (!datedAt || !id || Number.isNaN(Date.parse(datedAt))) return undefined;
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return undefined;
  return { datedAt, id };
}

/** One item of an owner. */
export function findItem(db: AnyDb, ownerId: string, id: string) {
  return t(db).selectFrom('dossier_items').selectAll().where('owner_id', '=', ownerId).where('id', '=', id).executeTakeFirst();
}

/** Items of an owner by id, in the order asked. */
export async function findItems(db: AnyDb, ownerId: string, ids: readonly string[]): Promise<ItemRow[]> {
  if (ids.length === 0) return [];
  const rows = await t(db).selectFrom('dossier_items').selectAll().where('owner_id', '=', ownerId).where('id', 'in', ids).execute();
  return inOrder(rows, ids);
}

/** Columns of an item without its signed documents. */
export const itemColumnsWithoutDocuments = [
  'owner_id',
  'id',
  'kind',
  'title',
  'description',
  'details',
  'file_ids',
  'provenance',
  'institution_id',
  'institution_code',
  'institution_name',
  'external_id',
  'award_id',
  'verdict',
  'verification',
  'verified_at',
  'dated_at',
  'created_at',
  'updated_at',
] as const;

function inOrder(rows: ItemRow[], ids: readonly string[]): ItemRow[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Every item of an owner, newest first (exports). */
export function allItems(db: AnyDb, ownerId: string) {
  return t(db)
    .selectFrom('dossier_items')
    .selectAll()
    .where('owner_id', '=', ownerId)
    .orderBy('dated_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

/** A page of the timeline, newest first, after the cursor. */
export async function timeline(
  db: AnyDb,
  ownerId: string,
  options: { kind?: ItemKind | undefined; collectionId?: string | undefined; after?: TimelineCursor | undefined; limit: number },
): Promise<ItemRow[]> {
  let query = t(db).selectFrom('dossier_items as i').selectAll('i').where('i.owner_id', '=', ownerId);
  if (options.kind) query = query.where('i.kind', '=', options.kind);
  if (options.collectionId) {
    const collectionId = options.collectionId;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('dossier_collection_items as ci')
          .select('ci.item_id')
          .where('ci.owner_id', '=', ownerId)
          .where('ci.collection_id', '=', collectionId)
          .whereRef('ci.item_id', '=', 'i.id'),
      ),
    );
  }
  if (options.after) {
    const after = options.after;
    query = query.where(sql<boolean>`(i.dated_at, i.id) < (${new Date(after.datedAt)}, ${after.id}::uuid)`);
  }
  return query.orderBy('i.dated_at', 'desc').orderBy('i.id', 'desc').limit(options.limit).execute();
}

/** Values of a new item. */
export interface NewItem {
  readonly ownerId: string;
  readonly kind: ItemKind;
  readonly title: string;
  readonly description: string | null;
  readonly details: Record<string, unknown>;
  readonly fileIds: readonly string[];
  readonly provenance: Provenance;
  readonly datedAt: Date;
  readonly institution?: { id: string; code: string; name: string } | undefined;
  readonly externalId?: string | undefined;
  readonly awardId?: string | undefined;
  readonly credential?: Record<string, unknown> | undefined;
  readonly credentialJwt?: string | undefined;
  readonly verification?: { verdict: string; report: Record<string, unknown>; at: Date } | undefined;
}

function values(item: NewItem) {
  return {
    owner_id: item.ownerId,
    kind: item.kind,
    title: item.title,
    description: item.description,
    details: JSON.stringify(item.details),
    file_ids: JSON.stringify(item.fileIds),
    provenance: item.provenance,
    institution_id: item.institution?.id ?? null,
    institution_code: item.institution?.code ?? null,
    institution_name: item.institution?.name ?? null,
    external_id: item.externalId ?? null,
    award_id: item.awardId ?? null,
    credential: item.credential ? JSON.stringify(item.credential) : null,
    credential_jwt: item.credentialJwt ?? null,
    verdict: item.verification?.verdict ?? null,
    verification: item.verification ? JSON.stringify(item.verification.report) : null,
    verified_at: item.verification?.at ?? null,
    dated_at: item.datedAt,
  };
}

export function insertItem(db: AnyDb, item: NewItem) {
  return t(db).insertInto('dossier_items').values(values(item)).returningAll().executeTakeFirstOrThrow();
}

/** Inserts many items at once (seeding, benchmarks). */
export async function insertItems(db: AnyDb, items: readonly NewItem[]): Promise<void> {
  if (items.length === 0) return;
  await t(db).insertInto('dossier_items').values(items.map(values)).execute();
}

/**
 * Inserts or updates the item an institution knows by its own id. Returns the row and whether it
 * changed; an unchanged push writes nothing.
 */
export async function upsertInstitutionItem(
  db: AnyDb,
  item: NewItem & { externalId: string },
): Promise<{ row: ItemRow; created: boolean }> {
  const v = values(item);
  const row = await t(db)
    .insertInto('dossier_items')
    .values(v)
    .onConflict((oc) =>
      oc
        .columns(['owner_id', 'institution_id', 'external_id'])
        .where('external_id', 'is not', null)
        .doUpdateSet({
          kind: v.kind,
          title: v.title,
          description: v.description,
          details: v.details,
          dated_at: v.dated_at,
          institution_code: v.institution_code,
          institution_name: v.institution_name,
          updated_at: sql`now()`,
        }),
    )
    .returningAll()
    .returning(sql<boolean>`xmax = 0`.as('inserted'))
    .executeTakeFirstOrThrow();
  const { inserted, ...rest } = row;
  return { row: rest, created: inserted };
}

export async function findInstitutionItem(db: AnyDb, ownerId: string, institutionId: string, externalId: string) {
  return t(db)
    .selectFrom('dossier_items')
    .selectAll()
    .where('owner_id', '=', ownerId)
    .where('institution_id', '=', institutionId)
    .where('external_id', '=', externalId)
    .executeTakeFirst();
}

export async function updateItem(
  db: AnyDb,
  ownerId: string,
  id: string,
  changes: { title?: string; description?: string | null; details?: Record<string, unknown>; fileIds?: readonly string[]; datedAt?: Date },
) {
  return t(db)
    .updateTable('dossier_items')
    .set({
      ...(changes.title !== undefined ? { title: changes.title } : {}),
      ...(changes.description !== undefined ? { description: changes.description } : {}),
      ...(changes.details !== undefined ? { details: JSON.stringify(changes.details) } : {}),
      ...(changes.fileIds !== undefined ? { file_ids: JSON.stringify(changes.fileIds) } : {}),
      ...(changes.datedAt !== undefined ? { dated_at: changes.datedAt } : {}),
      updated_at: sql`now()`,
    })
    .where('owner_id', '=', ownerId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}

export async function setVerification(db: AnyDb, ownerId: string, id: string, verdict: string, report: Record<string, unknown>, at: Date) {
  await t(db)
    .updateTable('dossier_items')
    .set({ verdict, verification: JSON.stringify(report), verified_at: at })
    .where('owner_id', '=', ownerId)
    .where('id', '=', id)
    .execute();
}

export async function deleteItem(db: AnyDb, ownerId: string, id: string): Promise<boolean> {
  const result = await t(db).deleteFrom('dossier_items').where('owner_id', '=', ownerId).where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Award ids already brought into the dossier (also those the learner removed since). */
export async function importedAwardIds(db: AnyDb, ownerId: string): Promise<Set<string>> {
  const rows = await t(db).selectFrom('dossier_award_imports').select('award_id').where('owner_id', '=', ownerId).execute();
  return new Set(rows.map((r) => r.award_id));
}

/** Records that an award was brought in; false when another request did so first. */
export async function markAwardImported(db: AnyDb, ownerId: string, awardId: string): Promise<boolean> {
  const row = await t(db)
    .insertInto('dossier_award_imports')
    .values({ owner_id: ownerId, award_id: awardId })
    .onConflict((oc) => oc.columns(['owner_id', 'award_id']).doNothing())
    .returning('award_id')
    .executeTakeFirst();
  return row !== undefined;
}

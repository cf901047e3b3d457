import { sql } from 'kysely';
import { tablesOf, type AnyDb } from '../../platform/index.js';
import type { DossierDb } from './tables.js';

const t = (db: AnyDb) => tablesOf<DossierDb>(db);

/** Collections of an owner with their item ids in order. */
export async function listCollections(db: AnyDb, ownerId: string) {
  const collections = await t(db)
    .selectFrom('dossier_collections')
    .selectAll()
    .where('owner_id', '=', ownerId)
    .orderBy('name')
    .orderBy('id')
    .execute();
  const members = await t(db)
    .selectFrom('dossier_collection_items')
    .select(['collection_id', 'item_id'])
    .where('owner_id', '=', ownerId)
    .orderBy('collection_id')
    .orderBy('position')
    .execute();
  const byCollection = new Map<string, string[]>();
  for (const m of members) byCollection.set(m.collection_id, [...(byCollection.get(m.collection_id) ?? []), m.item_id]);
  return collections.map((c) => ({ ...c, itemIds: byCollection.get(c.id) ?? [] }));
}

export type CollectionRow = Awaited<ReturnType<typeof listCollections>>[number];

export async function findCollection(db: AnyDb, ownerId: string, id: string): Promise<CollectionRow | undefined> {
  const row = await t(db)
    .selectFrom('dossier_collections')
    .selectAll()
    .where('owner_id', '=', ownerId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  return { ...row, itemIds: await collectionItemIds(db, ownerId, id) };
}

export async function collectionItemIds(db: AnyDb, ownerId: string, id: string): Promise<string[]> {
  const rows = await t(db)
    .selectFrom('dossier_collection_items')
    .select('item_id')
    .where('owner_id', '=', ownerId)
    .where('collection_id', '=', id)
    .orderBy('position')
    .execute();
  return rows.map((r) => r.item_id);
}

export async function insertCollection(db: AnyDb, ownerId: string, input: { name: string; description: string | null }): Promise<string> {
  const row = await t(db)
    .insertInto('dossier_collections')
    .values({ owner_id: ownerId, name: input.name, description: input.description })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateCollection(db: AnyDb, ownerId: string, id: string, input: { name?: string; description?: string | null }) {
  const result = await t(db)
    .updateTable('dossier_collections')
    .set({
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.description !== undefined ? { description: input.description } : {}),
      updated_at: sql`now()`,
    })
    .where('owner_id', '=', ownerId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Replaces the collection's items (ids must be the owner's; the foreign key refuses others). */
export async function setCollectionItems(db: AnyDb, ownerId: string, id: string, itemIds: readonly string[]): Promise<void> {
  await t(db).deleteFrom('dossier_collection_items').where('owner_id', '=', ownerId).where('collection_id', '=', id).execute();
  if (itemIds.length === 0) return;
  await t(db)
    .insertInto('dossier_collection_items')
    .values(itemIds.map((itemId, position) => ({ owner_id: ownerId, collection_id: id, item_id: itemId, position })))
    .execute();
}

export async function deleteCollection(db: AnyDb, ownerId: string, id: string): Promise<boolean> {
  const result = await t(db).deleteFrom('dossier_collections').where('owner_id', '=', ownerId).where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Which of the ids are items of the owner. */
export async function ownedItemIds(db: AnyDb, ownerId: string, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await t(db).selectFrom('dossier_items').select('id').where('owner_id', '=', ownerId).where('id', 'in', ids).execute();
  return new Set(rows.map((r) => r.id));
}

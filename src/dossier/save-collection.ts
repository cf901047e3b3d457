import { DomainError, recordAuditEvent, requirePerson, type Principal } from '../platform/index.js';
import type { DossierEnv } from './env.js';
import {
  findCollection,
  insertCollection,
  ownedItemIds,
  setCollectionItems,
  updateCollection,
  type CollectionRow,
} from './store/collections.js';

/** The learner creates a collection (`collectionId` absent) or changes one: name, description, items in order. */
export async function saveCollection(options: {
  readonly env: DossierEnv;
  readonly principal: Principal;
  readonly requestId: string;
  readonly collectionId?: string | undefined;
  readonly name?: string | undefined;
  readonly description?: string | null | undefined;
  readonly itemIds?: readonly string[] | undefined;
}): Promise<CollectionRow> {
  const { env } = options;
  const person = requirePerson(options.principal);
  const owner = person.personId;
  const itemIds = options.itemIds ? [...new Set(options.itemIds)] : undefined;
  if (itemIds) {
    const owned = await ownedItemIds(env.db, owner, itemIds);
    const missing = itemIds.filter((id) => !owned.has(id));
    if (missing.length > 0) {
      throw new DomainError('validation-failed', 'Unknown item ids', {
        errors: missing.map((id) => ({ path: '/body/itemIds', code: 'unknown', message: `No item ${id}` })),
      });
    }
  }
  const id = await env.db.transaction().execute(async (trx) => {
    let collectionId = options.collectionId;
    if (collectionId === undefined) {
      collectionId = await insertCollection(trx, owner, { name: options.name ?? '', description: options.description ?? null });
    } else if (!(await updateCollection(trx, owner, collectionId, { name: options.name, description: options.description }))) {
      throw new DomainError('not-found', 'No collection with this id in your dossier');
    }
    if (itemIds) await setCollectionItems(trx, owner, collectionId, itemIds);
    await recordAuditEvent(trx, {
      actor: person,
      action: options.collectionId ? 'dossier.collection-changed' : 'dossier.collection-created',
      subjectType: 'dossier-collection',
      subjectId: collectionId,
      dataSubjectPersonId: owner,
      requestId: options.requestId,
    });
    return collectionId;
  });
  const saved = await findCollection(env.db, owner, id);
  if (!saved) throw new DomainError('not-found', 'No collection with this id in your dossier');
  return saved;
}

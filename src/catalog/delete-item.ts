import { authorize, DomainError, type AnyDb, type Principal } from '../platform/index.js';
import { auditItem } from './check-item.js';
import type { ItemKind } from './domain/codes.js';
import { catalogPolicy } from './policy.js';
import { deleteItem as deleteRow, lockItem, sessionInUse } from './store/items.js';

/** Deletes a draft that was never published, or an unused academic session. Published items are retired instead. */
export async function deleteItem(options: {
  readonly db: AnyDb;
  readonly principal: Principal;
  readonly requestId: string;
  readonly institutionId: string;
  readonly kind: ItemKind;
  readonly id: string;
}): Promise<void> {
  const { principal, institutionId, kind, id } = options;
  authorize(principal, catalogPolicy.editCatalog(principal, institutionId));
  await options.db.transaction().execute(async (trx) => {
    const row = await lockItem(trx, kind, institutionId, id);
    if (!row) throw new DomainError('not-found', 'No such item at this institution');
    if (kind === 'sessions') {
      if (await sessionInUse(trx, id)) throw new DomainError('catalog.session-in-use');
    } else if (row.status !== 'draft' || row.version > 0) {
      throw new DomainError('catalog.published-items-are-retired');
    }
    await deleteRow(trx, kind, id);
    await auditItem(trx, { principal, requestId: options.requestId, action: 'deleted', kind, id, institutionId });
  });
}

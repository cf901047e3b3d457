import { authorize, DomainError, type AnyDb, type Principal } from '../platform/index.js';
import { auditItem } from './check-item.js';
import type { VersionedKind } from './domain/codes.js';
import { actorOf } from './publish-item.js';
import { catalogPolicy } from './policy.js';
import { refreshUnits, unitsOfOfferings } from './store/derived.js';
import { lockItem, markLifecycle, publishedOfferingsOf } from './store/items.js';

/**
 * Retires a published item: it stays resolvable (with its history) but leaves search and the OEAPI
 * lists. Retiring a unit or programme retires its published offerings with it.
 */
export async function retireItem(options: {
  readonly db: AnyDb;
  readonly principal: Principal;
  readonly requestId: string;
  readonly institutionId: string;
  readonly kind: VersionedKind;
  readonly id: string;
}): Promise<{ retiredOfferings: number }> {
  const { principal, institutionId, kind, id } = options;
  authorize(principal, catalogPolicy.editCatalog(principal, institutionId));
  return options.db.transaction().execute(async (trx) => {
    const row = await lockItem(trx, kind, institutionId, id);
    if (!row) throw new DomainError('not-found', 'No such item at this institution');
    if (row.status !== 'published') throw new DomainError(row.status === 'retired' ? 'catalog.item-retired' : 'catalog.not-published');
    const actor = actorOf(principal);
    const offerings =
      kind === 'units'
        ? await publishedOfferingsOf(trx, { unitId: id })
        : kind === 'programmes'
          ? await publishedOfferingsOf(trx, { programmeId: id })
          : [];
    await markLifecycle(trx, kind, [id], { status: 'retired', ...actor });
    await markLifecycle(trx, 'offerings', offerings, { status: 'retired', ...actor });
    if (kind === 'units') await refreshUnits(trx, [id]);
    if (kind === 'offerings') await refreshUnits(trx, await unitsOfOfferings(trx, [id]));
    await auditItem(trx, {
      principal,
      requestId: options.requestId,
      action: 'retired',
      kind,
      id,
      institutionId,
      details: { retiredOfferings: offerings.length },
    });
    return { retiredOfferings: offerings.length };
  });
}

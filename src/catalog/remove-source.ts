import { authorize, DomainError, recordAuditEvent, tablesOf, type AnyDb, type Principal } from '../platform/index.js';
import { catalogPolicy } from './policy.js';
import { lockSearchWriters } from './store/derived.js';
import type { CatalogTables } from './store/tables.js';

/** Removes a source and everything harvested from it (the data stays at the source). */
export async function removeSource(options: {
  readonly db: AnyDb;
  readonly principal: Principal;
  readonly requestId: string;
  readonly sourceId: string;
}): Promise<void> {
  authorize(options.principal, catalogPolicy.manageSources(options.principal));
  await options.db.transaction().execute(async (trx) => {
    // The cascade removes the source's search rows, whose triggers write the shared bitmaps.
    await lockSearchWriters(trx);
    const removed = await tablesOf<CatalogTables>(trx)
      .deleteFrom('catalog_sources')
      .where('id', '=', options.sourceId)
      .returning('base_url')
      .executeTakeFirst();
    if (!removed) throw new DomainError('not-found', 'No such source');
    await recordAuditEvent(trx, {
      actor: options.principal,
      action: 'catalog.source-removed',
      subjectType: 'catalog-source',
      subjectId: options.sourceId,
      requestId: options.requestId,
      details: { baseUrl: removed.base_url },
    });
  });
}

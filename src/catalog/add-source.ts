import { authorize, DomainError, recordAuditEvent, tablesOf, type AnyDb, type Principal } from '../platform/index.js';
import { catalogPolicy } from './policy.js';
import type { CatalogTables } from './store/tables.js';

/** Adds another institution's OEAPI v6 endpoint to the sources the national catalogue harvests. */
export async function addSource(options: {
  readonly db: AnyDb;
  readonly principal: Principal;
  readonly requestId: string;
  readonly name: string;
  readonly baseUrl: string;
  readonly enabled: boolean;
}): Promise<{ id: string }> {
  authorize(options.principal, catalogPolicy.manageSources(options.principal));
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  return options.db.transaction().execute(async (trx) => {
    const d = tablesOf<CatalogTables>(trx);
    if (await d.selectFrom('catalog_sources').select('id').where('base_url', '=', baseUrl).executeTakeFirst()) {
      throw new DomainError('conflict', 'This endpoint is already a source');
    }
    const { id } = await d
      .insertInto('catalog_sources')
      .values({ name: options.name, base_url: baseUrl, enabled: options.enabled })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAuditEvent(trx, {
      actor: options.principal,
      action: 'catalog.source-added',
      subjectType: 'catalog-source',
      subjectId: id,
      requestId: options.requestId,
      details: { baseUrl },
    });
    return { id };
  });
}

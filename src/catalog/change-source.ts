import { authorize, DomainError, recordAuditEvent, tablesOf, type AnyDb, type Principal } from '../platform/index.js';
import { catalogPolicy } from './policy.js';
import type { CatalogTables } from './store/tables.js';

/** Renames, enables or disables a harvest source. */
export async function changeSource(options: {
  readonly db: AnyDb;
  readonly principal: Principal;
  readonly requestId: string;
  readonly sourceId: string;
  readonly patch: { readonly name?: string | undefined; readonly enabled?: boolean | undefined };
}): Promise<void> {
  authorize(options.principal, catalogPolicy.manageSources(options.principal));
  await options.db.transaction().execute(async (trx) => {
    const { patch } = options;
    const updated = await tablesOf<CatalogTables>(trx)
      .updateTable('catalog_sources')
      .set({
        ...(patch.name !== undefined ? { name: patch.name } : {}),
        ...(patch.enabled !== undefined ? { enabled: patch.enabled } : {}),
      })
      .where('id', '=', options.sourceId)
      .returning('id')
      .executeTakeFirst();
    if (!updated) throw new DomainError('not-found', 'No such source');
    await recordAuditEvent(trx, {
      actor: options.principal,
      action: 'catalog.source-changed',
      subjectType: 'catalog-source',
      subjectId: options.sourceId,
      requestId: options.requestId,
      details: { fields: Object.keys(patch).filter((k) => patch[k as keyof typeof patch] !== undefined) },
    });
  });
}

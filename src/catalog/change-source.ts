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
    const d = tablesOf<CatalogTables>(trx);
    const found = await d.selectFrom('catalog_sources').select('id').where('id', '=', options.sourceId).forUpdate().executeTakeFirst();
    if (!found) throw new DomainError('not-found', 'No such source');
    const changes = {
      ...(patch.name !== undefined ? { name: patch.name } : {}),
      ...(patch.enabled !== undefined ? { enabled: patch.enabled } : {}),
    };
    if (Object.keys(changes).length === 0) return;
    await d.updateTable('catalog_sources').set(changes).where('id', '=', options.sourceId).execute();
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

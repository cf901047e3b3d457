import { authorize, DomainError, type AnyDb, type Principal } from '../platform/index.js';
import { auditItem, checkContent, codeTaken } from './check-item.js';
import type { VersionedKind } from './domain/codes.js';
import { catalogPolicy } from './policy.js';
import { refreshUnits, unitsOfOfferings } from './store/derived.js';
import { lockItem, markLifecycle, toContent, writeContent } from './store/items.js';

/**
 * Publishes a draft, or the pending changes of a published item, as a new version: checked in full
 * (an offering's unit or programme must be published first), recorded in the item's history, and
 * visible in search and the OEAPI at once.
 */
export async function publishItem(options: {
  readonly db: AnyDb;
  readonly principal: Principal;
  readonly requestId: string;
  readonly institutionId: string;
  readonly kind: VersionedKind;
  readonly id: string;
}): Promise<{ version: number }> {
  const { principal, institutionId, kind, id } = options;
  authorize(principal, catalogPolicy.editCatalog(principal, institutionId));
  return options.db.transaction().execute(async (trx) => {
    const row = await lockItem(trx, kind, institutionId, id);
    if (!row) throw new DomainError('not-found', 'No such item at this institution');
    if (row.status === 'retired') throw new DomainError('catalog.item-retired');
    if (row.status === 'published' && row.pending === null) throw new DomainError('catalog.nothing-to-publish');
    const content = row.pending ?? toContent(kind, row);
    await checkContent(trx, kind, institutionId, content, { publishing: true });
    if (row.pending) await writeContent(trx, kind, id, content).catch((error: unknown) => codeTaken(error, content['code']));
    await markLifecycle(trx, kind, [id], { status: 'published', ...actorOf(principal) });
    if (kind === 'units') await refreshUnits(trx, [id]);
    if (kind === 'offerings') await refreshUnits(trx, await unitsOfOfferings(trx, [id]));
    const version = row.version + 1;
    await auditItem(trx, { principal, requestId: options.requestId, action: 'published', kind, id, institutionId, details: { version } });
    return { version };
  });
}

/** The actor columns of the version history. */
export function actorOf(principal: Principal | { kind: 'system' }): { actorType: string; actorId: string | null } {
  switch (principal.kind) {
    case 'person':
      return { actorType: 'person', actorId: principal.personId };
    case 'client':
      return { actorType: 'client', actorId: principal.clientId };
    default:
      return { actorType: principal.kind, actorId: null };
  }
}

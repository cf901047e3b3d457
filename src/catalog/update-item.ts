import { authorize, DomainError, type AnyDb, type Principal } from '../platform/index.js';
import { auditItem, checkContent, codeTaken, parseContent } from './check-item.js';
import type { ItemKind, ItemStatus } from './domain/codes.js';
import { catalogPolicy } from './policy.js';
import { refreshUnits } from './store/derived.js';
import { lockItem, toContent, writeContent, writePending } from './store/items.js';

/**
 * Changes an item. A draft (or a session) changes in place; a published item keeps what learners
 * see until the changes are published, so they wait as pending changes. Retired items do not change.
 */
export async function updateItem(options: {
  readonly db: AnyDb;
  readonly principal: Principal;
  readonly requestId: string;
  readonly institutionId: string;
  readonly kind: ItemKind;
  readonly id: string;
  readonly patch: Readonly<Record<string, unknown>>;
}): Promise<{ status: ItemStatus; pending: boolean; changed: string[] }> {
  const { principal, institutionId, kind, id } = options;
  authorize(principal, catalogPolicy.editCatalog(principal, institutionId));
  return options.db.transaction().execute(async (trx) => {
    const row = await lockItem(trx, kind, institutionId, id);
    if (!row) throw new DomainError('not-found', 'No such item at this institution');
    if (row.status === 'retired') throw new DomainError('catalog.item-retired');
    const current = row.pending ?? toContent(kind, row);
    const content = parseContent(kind, { ...withoutNulls(current), ...options.patch });
    const changed = Object.keys(content).filter((k) => JSON.stringify(content[k]) !== JSON.stringify(current[k] ?? null));
    if (changed.length === 0) return { status: row.status, pending: row.pending !== null, changed };
    await checkContent(trx, kind, institutionId, content, { publishing: false });
    if (kind === 'sessions' || row.status === 'draft') {
      await writeContent(trx, kind, id, content).catch((error: unknown) => codeTaken(error, content['code']));
      if (kind === 'units') await refreshUnits(trx, [id]);
    } else {
      await writePending(trx, kind, id, content);
    }
    await auditItem(trx, {
      principal,
      requestId: options.requestId,
      action: 'updated',
      kind,
      id,
      institutionId,
      details: { fields: changed },
    });
    return { status: row.status, pending: kind !== 'sessions' && row.status === 'published', changed };
  });
}

/** Stored content without its nulls, so that schema defaults apply to what was never set. */
function withoutNulls(content: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(content).filter(([, v]) => v !== null));
}

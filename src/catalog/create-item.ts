import { authorize, type AnyDb, type Principal } from '../platform/index.js';
import { auditItem, checkContent, codeTaken, parseContent } from './check-item.js';
import type { ItemKind } from './domain/codes.js';
import { catalogPolicy } from './policy.js';
import { refreshUnits } from './store/derived.js';
import { insertItem } from './store/items.js';

/** Creates a draft programme, unit or offering (or an academic session) of the caller's institution. */
export async function createItem(options: {
  readonly db: AnyDb;
  readonly principal: Principal;
  readonly requestId: string;
  readonly institutionId: string;
  readonly kind: ItemKind;
  readonly content: unknown;
}): Promise<{ id: string }> {
  const { principal, institutionId, kind } = options;
  authorize(principal, catalogPolicy.editCatalog(principal, institutionId));
  const content = parseContent(kind, options.content);
  return options.db.transaction().execute(async (trx) => {
    await checkContent(trx, kind, institutionId, content, { publishing: false });
    const id = await insertItem(trx, kind, institutionId, content).catch((error: unknown) => codeTaken(error, content['code']));
    if (kind === 'units') await refreshUnits(trx, [id]);
    await auditItem(trx, { principal, requestId: options.requestId, action: 'created', kind, id, institutionId });
    return { id };
  });
}

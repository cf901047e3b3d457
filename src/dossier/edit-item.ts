import { DomainError, recordAuditEvent, requirePerson, type Principal } from '../platform/index.js';
import { itemDetailsSchemas, learnerMayEdit, timelineDate } from './domain/items.js';
import { requireOwnFiles } from './add-item.js';
import type { DossierEnv } from './env.js';
import { findItem, updateItem, type ItemRow } from './store/items.js';

/** The learner changes an item they declared; what an institution attested or an issuer signed stays as it is. */
export async function editItem(options: {
  readonly env: DossierEnv;
  readonly principal: Principal;
  readonly requestId: string;
  readonly itemId: string;
  readonly changes: {
    readonly title?: string | undefined;
    readonly description?: string | null | undefined;
    readonly details?: Record<string, unknown> | undefined;
    readonly fileIds?: readonly string[] | undefined;
  };
}): Promise<ItemRow> {
  const { env, changes } = options;
  const person = requirePerson(options.principal);
  const item = await findItem(env.db, person.personId, options.itemId);
  if (!item) throw new DomainError('not-found', 'No item with this id in your dossier');
  if (!learnerMayEdit(item)) throw lockedError(item.provenance);
  let details: Record<string, unknown> | undefined;
  if (changes.details) {
    const parsed = itemDetailsSchemas[item.kind].safeParse(changes.details);
    if (!parsed.success) {
      throw new DomainError('validation-failed', 'The details do not fit the kind of item', {
        errors: parsed.error.issues.map((i) => ({ path: `/body/details/${i.path.join('/')}`, message: i.message })),
      });
    }
    details = parsed.data;
  }
  if (changes.fileIds) await requireOwnFiles(env, person.personId, changes.fileIds);
  return env.db.transaction().execute(async (trx) => {
    const row = await updateItem(trx, person.personId, item.id, {
      ...(changes.title !== undefined ? { title: changes.title } : {}),
      ...(changes.description !== undefined ? { description: changes.description } : {}),
      ...(details ? { details, datedAt: timelineDate(item.kind, details, item.created_at) } : {}),
      ...(changes.fileIds ? { fileIds: [...new Set(changes.fileIds)] } : {}),
    });
    if (!row) throw new DomainError('not-found', 'No item with this id in your dossier');
    await recordAuditEvent(trx, {
      actor: person,
      action: 'dossier.item-changed',
      subjectType: 'dossier-item',
      subjectId: item.id,
      dataSubjectPersonId: person.personId,
      requestId: options.requestId,
      details: { fields: Object.keys(changes).filter((k) => changes[k as keyof typeof changes] !== undefined) },
    });
    return row;
  });
}

/** The error for a change the learner may not make to an attested or signed item. */
export function lockedError(provenance: string): DomainError {
  return provenance === 'signed'
    ? new DomainError('dossier.item-signed', 'A signed credential cannot be changed; it is kept exactly as its issuer signed it')
    : new DomainError('dossier.item-attested', 'The institution attested this item; ask the institution for a correction');
}

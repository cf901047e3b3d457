import { DomainError, recordAuditEvent, requirePerson, type Principal } from '../platform/index.js';
import { learnerMayDelete } from './domain/items.js';
import { lockedError } from './edit-item.js';
import type { DossierEnv } from './env.js';
import { deleteItem, findItem } from './store/items.js';

/** The learner removes a self-declared item or their copy of a signed credential (not an institution's attestation). */
export async function removeItem(options: {
  readonly env: DossierEnv;
  readonly principal: Principal;
  readonly requestId: string;
  readonly itemId: string;
}): Promise<void> {
  const { env } = options;
  const person = requirePerson(options.principal);
  const item = await findItem(env.db, person.personId, options.itemId);
  if (!item) throw new DomainError('not-found', 'No item with this id in your dossier');
  if (!learnerMayDelete(item)) throw lockedError(item.provenance);
  await env.db.transaction().execute(async (trx) => {
    await deleteItem(trx, person.personId, item.id);
    await recordAuditEvent(trx, {
      actor: person,
      action: 'dossier.item-removed',
      subjectType: 'dossier-item',
      subjectId: item.id,
      dataSubjectPersonId: person.personId,
      requestId: options.requestId,
      details: { kind: item.kind },
    });
  });
}

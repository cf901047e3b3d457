import { DomainError, recordAuditEvent, requirePerson, type Principal } from '../platform/index.js';
import type { DossierEnv } from './env.js';
import { insertCorrectionRequest } from './store/corrections.js';
import { findItem } from './store/items.js';

/** The learner asks the institution that attested an item to correct it. */
export async function requestCorrection(options: {
  readonly env: DossierEnv;
  readonly principal: Principal;
  readonly requestId: string;
  readonly itemId: string;
  readonly message: string;
}) {
  const { env } = options;
  const person = requirePerson(options.principal);
  const item = await findItem(env.db, person.personId, options.itemId);
  if (!item) throw new DomainError('not-found', 'No item with this id in your dossier');
  if (item.provenance !== 'institution-attested' || !item.institution_id) {
    throw new DomainError(
      'dossier.item-not-attested',
      'Only items an institution attested can be corrected by it; change your own items yourself',
    );
  }
  const institutionId = item.institution_id;
  return env.db.transaction().execute(async (trx) => {
    const row = await insertCorrectionRequest(trx, {
      ownerId: person.personId,
      itemId: item.id,
      institutionId,
      itemTitle: item.title,
      message: options.message,
    });
    await recordAuditEvent(trx, {
      actor: person,
      action: 'dossier.correction-requested',
      subjectType: 'dossier-correction-request',
      subjectId: row.id,
      dataSubjectPersonId: person.personId,
      institutionId,
      requestId: options.requestId,
    });
    return row;
  });
}

import { DomainError, recordAuditEvent, requirePerson, type Principal } from '../platform/index.js';
import type { DossierEnv } from './env.js';
import { deleteCollection } from './store/collections.js';

/** The learner removes a collection (its items stay; shares of the collection end with it). */
export async function removeCollection(options: {
  readonly env: DossierEnv;
  readonly principal: Principal;
  readonly requestId: string;
  readonly collectionId: string;
}): Promise<void> {
  const person = requirePerson(options.principal);
  await options.env.db.transaction().execute(async (trx) => {
    if (!(await deleteCollection(trx, person.personId, options.collectionId)))
      throw new DomainError('not-found', 'No collection with this id in your dossier');
    await recordAuditEvent(trx, {
      actor: person,
      action: 'dossier.collection-removed',
      subjectType: 'dossier-collection',
      subjectId: options.collectionId,
      dataSubjectPersonId: person.personId,
      requestId: options.requestId,
    });
  });
}

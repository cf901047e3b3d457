import { DomainError, recordAuditEvent, requirePerson, type Principal } from '../platform/index.js';
import type { DossierEnv } from './env.js';
import { revokeShare as revoke } from './store/shares.js';

/** The learner revokes a share; the link stops working at once (opening it says only that it was revoked). */
export async function revokeShare(options: {
  readonly env: DossierEnv;
  readonly principal: Principal;
  readonly requestId: string;
  readonly shareId: string;
}): Promise<void> {
  const person = requirePerson(options.principal);
  await options.env.db.transaction().execute(async (trx) => {
    if (!(await revoke(trx, person.personId, options.shareId))) throw new DomainError('not-found', 'No share with this id');
    await recordAuditEvent(trx, {
      actor: person,
      action: 'dossier.share-revoked',
      subjectType: 'dossier-share',
      subjectId: options.shareId,
      dataSubjectPersonId: person.personId,
      requestId: options.requestId,
    });
  });
}

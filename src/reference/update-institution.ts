import { authorize, DomainError, recordAuditEvent, type AnyDb, type Principal } from '../platform/index.js';
import { referencePolicy } from './policy.js';
import { updateInstitution as storeUpdate, type InstitutionPatch } from './store/institutions.js';

/** Changes an institution's own description; the audit event names the fields, not their values. */
export async function updateInstitution(options: {
  readonly db: AnyDb;
  readonly principal: Principal;
  readonly requestId: string;
  readonly institutionId: string;
  readonly patch: InstitutionPatch;
}): Promise<{ changed: string[] }> {
  const { principal, institutionId } = options;
  authorize(principal, referencePolicy.editInstitution(principal, institutionId));
  return options.db.transaction().execute(async (trx) => {
    const changed = await storeUpdate(trx, institutionId, options.patch);
    if (!changed) throw new DomainError('not-found', 'No institution with this id');
    if (changed.length > 0) {
      await recordAuditEvent(trx, {
        actor: principal,
        action: 'institution.updated',
        subjectType: 'institution',
        subjectId: institutionId,
        institutionId,
        requestId: options.requestId,
        details: { fields: changed },
      });
    }
    return { changed };
  });
}

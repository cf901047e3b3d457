import { authorize, DomainError, recordAuditEvent, revokeRoleAssignment, type AnyDb, type Principal } from '../platform/index.js';
import { referencePolicy } from './policy.js';

/** Takes a role at an institution away from a person. */
export async function revokeInstitutionRole(options: {
  readonly db: AnyDb;
  readonly principal: Principal;
  readonly requestId: string;
  readonly institutionId: string;
  readonly assignmentId: string;
}): Promise<void> {
  const { principal, institutionId } = options;
  authorize(principal, referencePolicy.administerInstitution(principal, institutionId));
  await options.db.transaction().execute(async (trx) => {
    const removed = await revokeRoleAssignment(trx, options.assignmentId, 'institution', institutionId);
    if (!removed) throw new DomainError('not-found', 'No such role assignment at this institution');
    await recordAuditEvent(trx, {
      actor: principal,
      action: 'institution.role-revoked',
      subjectType: 'person',
      subjectId: removed.personId,
      dataSubjectPersonId: removed.personId,
      institutionId,
      requestId: options.requestId,
      details: { role: removed.role },
    });
  });
}

import { authorize, DomainError, recordAuditEvent, revokeApiClient as revoke, type AnyDb, type Principal } from '../platform/index.js';
import { referencePolicy } from './policy.js';

/** Revokes a machine client of an institution; its tokens stop working within half a minute. */
export async function revokeApiClient(options: {
  readonly db: AnyDb;
  readonly principal: Principal;
  readonly requestId: string;
  readonly institutionId: string;
  readonly clientRecordId: string;
}): Promise<void> {
  const { principal, institutionId } = options;
  authorize(principal, referencePolicy.administerInstitution(principal, institutionId));
  await options.db.transaction().execute(async (trx) => {
    if (!(await revoke(trx, options.clientRecordId, institutionId)))
      throw new DomainError('not-found', 'No active client with this id at this institution');
    await recordAuditEvent(trx, {
      actor: principal,
      action: 'institution.api-client-revoked',
      subjectType: 'api-client',
      subjectId: options.clientRecordId,
      institutionId,
      requestId: options.requestId,
    });
  });
}

import { authorize, DomainError, recordAuditEvent, type Principal } from '../platform/index.js';
import type { CredentialsEnv } from './env.js';
import { credentialsPolicy } from './policy.js';
import { forgetStatus } from './status-cache.js';
import { findAward, setAwardStatus } from './store/awards.js';

/** What can happen to an award's status. */
export type StatusChange = 'revoke' | 'suspend' | 'reinstate';

/**
 * Revokes (for good), suspends or reinstates (lifts a suspension of) an award. The issuer's
 * bitstring status list changes with it: verifiers see the new state at the list's next fetch.
 */
export async function changeAwardStatus(options: {
  readonly env: CredentialsEnv;
  readonly principal: Principal;
  readonly requestId: string;
  readonly awardId: string;
  readonly change: StatusChange;
  readonly reason?: string | undefined;
}): Promise<{ revoked: boolean; suspended: boolean }> {
  const { env, principal } = options;
  const award = await findAward(env.db, options.awardId);
  if (!award && principal.kind === 'anonymous') throw new DomainError('unauthenticated');
  if (!award) throw new DomainError('not-found', 'No award with this id');
  authorize(principal, credentialsPolicy.award(principal, award.institution_id));
  if (award.revoked_at) throw new DomainError('credentials.award-revoked', 'This award has been revoked; that is final');
  const change =
    options.change === 'revoke' ? { revoked: { reason: options.reason ?? null } } : { suspended: options.change === 'suspend' };
  await env.db.transaction().execute(async (trx) => {
    await setAwardStatus(trx, { id: award.id, statusListId: award.status_list_id }, change);
    await recordAuditEvent(trx, {
      actor: principal,
      action: `credentials.award-${options.change === 'revoke' ? 'revoked' : options.change === 'suspend' ? 'suspended' : 'reinstated'}`,
      subjectType: 'credential-award',
      subjectId: award.id,
      dataSubjectPersonId: award.recipient_person_id,
      institutionId: award.institution_id,
      requestId: options.requestId,
    });
  });
  forgetStatus(award.status_list_id);
  return { revoked: options.change === 'revoke', suspended: options.change === 'suspend' };
}

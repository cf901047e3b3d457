import { authorize, DomainError, recordAuditEvent, revokeRoleAssignment, type AnyDb, type Principal } from '../platform/index.js';
import { programmePolicy } from './policy.js';

/** Takes a role in a programme team away from a person. */
export async function revokeTeamRole(options: {
  readonly db: AnyDb;
  readonly principal: Principal;
  readonly requestId: string;
  readonly teamId: string;
  readonly assignmentId: string;
}): Promise<void> {
  const { principal, teamId } = options;
  authorize(principal, programmePolicy.manageTeamMembers(principal));
  await options.db.transaction().execute(async (trx) => {
    const removed = await revokeRoleAssignment(trx, options.assignmentId, 'team', teamId);
    if (!removed) throw new DomainError('not-found', 'No such role assignment in this team');
    await recordAuditEvent(trx, {
      actor: principal,
      action: 'team.role-revoked',
      subjectType: 'person',
      subjectId: removed.personId,
      dataSubjectPersonId: removed.personId,
      requestId: options.requestId,
      details: { role: removed.role, team: teamId },
    });
  });
}

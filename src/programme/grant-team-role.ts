import {
  authorize,
  DomainError,
  findPersonByEmail,
  grantRole,
  recordAuditEvent,
  type AnyDb,
  type Principal,
  type TeamRole,
} from '../platform/index.js';
import { programmePolicy } from './policy.js';
import { teamExists } from './store/overview.js';

/** Gives a person (found by the e-mail address of an earlier login) a role in a programme team. */
export async function grantTeamRole(options: {
  readonly db: AnyDb;
  readonly principal: Principal;
  readonly requestId: string;
  readonly teamId: string;
  readonly email: string;
  readonly role: TeamRole;
}): Promise<{ personId: string; name: string }> {
  const { principal, teamId } = options;
  authorize(principal, programmePolicy.manageTeamMembers(principal));
  return options.db.transaction().execute(async (trx) => {
    if (!(await teamExists(trx, teamId))) throw new DomainError('not-found', 'No team with this id');
    const person = await findPersonByEmail(trx, options.email);
    if (!person) throw new DomainError('programme.person-unknown', 'Nobody with this e-mail address has logged in yet');
    await grantRole(trx, person.id, { role: options.role, scope: 'team', scopeId: teamId });
    await recordAuditEvent(trx, {
      actor: principal,
      action: 'team.role-granted',
      subjectType: 'person',
      subjectId: person.id,
      dataSubjectPersonId: person.id,
      requestId: options.requestId,
      details: { role: options.role, team: teamId },
    });
    return { personId: person.id, name: person.name };
  });
}

import {
  authorize,
  DomainError,
  findPersonByEmail,
  grantRole,
  recordAuditEvent,
  type AnyDb,
  type InstitutionRole,
  type Principal,
} from '../platform/index.js';
import { referencePolicy } from './policy.js';
import { institutionExists } from './store/institutions.js';

/**
 * Gives a person a role at an institution. The person is found by the e-mail address of an earlier
 * login: roles are never granted to addresses nobody has proven to own.
 */
export async function grantInstitutionRole(options: {
  readonly db: AnyDb;
  readonly principal: Principal;
  readonly requestId: string;
  readonly institutionId: string;
  readonly email: string;
  readonly role: InstitutionRole;
}): Promise<{ personId: string; name: string }> {
  const { principal, institutionId } = options;
  authorize(principal, referencePolicy.administerInstitution(principal, institutionId));
  return options.db.transaction().execute(async (trx) => {
    if (!(await institutionExists(trx, institutionId))) throw new DomainError('not-found', 'No institution with this id');
    const person = await findPersonByEmail(trx, options.email);
    if (!person) {
      throw new DomainError('reference.person-unknown', 'Nobody with this e-mail address has logged in yet; ask them to log in once first');
    }
    await grantRole(trx, person.id, { role: options.role, scope: 'institution', scopeId: institutionId });
    await recordAuditEvent(trx, {
      actor: principal,
      action: 'institution.role-granted',
      subjectType: 'person',
      subjectId: person.id,
      dataSubjectPersonId: person.id,
      institutionId,
      requestId: options.requestId,
      details: { role: options.role },
    });
    return { personId: person.id, name: person.name };
  });
}

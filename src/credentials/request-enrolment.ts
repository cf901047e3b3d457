import { DomainError, recordAuditEvent, requirePerson, type Principal } from '../platform/index.js';
import type { CredentialsEnv } from './env.js';
import { findAchievement } from './store/achievements.js';
import { insertEnrolment } from './store/enrolments.js';

/** A learner asks for a badge whose issuer accepts requests; staff approve or decline it. */
export async function requestEnrolment(options: {
  readonly env: CredentialsEnv;
  readonly principal: Principal;
  readonly requestId: string;
  readonly achievementId: string;
  readonly motivation?: string | undefined;
}): Promise<{ id: string }> {
  const { env } = options;
  const person = requirePerson(options.principal);
  const achievement = await findAchievement(env.db, options.achievementId);
  if (!achievement || achievement.archived_at) throw new DomainError('not-found', 'No achievement with this id');
  if (!achievement.enrolment_open) throw new DomainError('credentials.enrolment-closed', 'This badge cannot be requested');
  return env.db.transaction().execute(async (trx) => {
    const id = await insertEnrolment(trx, {
      achievementId: achievement.id,
      institutionId: achievement.institution_id,
      personId: person.personId,
      motivation: options.motivation ?? null,
    });
    if (!id) throw new DomainError('credentials.enrolment-pending', 'You have asked for this badge already');
    await recordAuditEvent(trx, {
      actor: person,
      action: 'credentials.enrolment-requested',
      subjectType: 'credential-enrolment',
      subjectId: id,
      dataSubjectPersonId: person.personId,
      institutionId: achievement.institution_id,
      requestId: options.requestId,
    });
    return { id };
  });
}

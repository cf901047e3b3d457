import { authorize, DomainError, recordAuditEvent, type Principal } from '../platform/index.js';
import { awardableAchievement } from './award-badge.js';
import { ensureIssuer } from './ensure-issuer.js';
import type { CredentialsEnv } from './env.js';
import { issueAwards } from './issue-awards.js';
import { credentialsPolicy } from './policy.js';
import { decideEnrolment as writeDecision, findEnrolment } from './store/enrolments.js';

/** Staff approve a learner's request (which awards the badge) or decline it. */
export async function decideEnrolment(options: {
  readonly env: CredentialsEnv;
  readonly principal: Principal;
  readonly requestId: string;
  readonly enrolmentId: string;
  readonly approve: boolean;
  readonly note?: string | undefined;
}): Promise<{ status: 'approved' | 'declined'; awardId: string | null }> {
  const { env, principal } = options;
  const enrolment = await findEnrolment(env.db, options.enrolmentId);
  if (!enrolment && principal.kind === 'anonymous') throw new DomainError('unauthenticated');
  if (!enrolment) throw new DomainError('not-found', 'No request with this id');
  authorize(principal, credentialsPolicy.award(principal, enrolment.institution_id));
  if (enrolment.status !== 'pending') throw new DomainError('credentials.enrolment-decided', 'This request has been decided already');
  let awardId: string | null = null;
  if (options.approve) {
    const achievement = await awardableAchievement(env, principal, enrolment.achievement_id);
    const issuer = await ensureIssuer({ env, institutionId: enrolment.institution_id, actor: principal, requestId: options.requestId });
    [awardId = null] = await issueAwards({
      env,
      issuer,
      achievement,
      recipients: [
        {
          name: enrolment.person_name,
          email: enrolment.person_email,
          personId: enrolment.person_id,
          idempotencyKey: `enrolment:${enrolment.id}`,
        },
      ],
      source: 'enrolment',
      actor: principal,
      requestId: options.requestId,
    });
  }
  const status = options.approve ? 'approved' : 'declined';
  await env.db.transaction().execute(async (trx) => {
    const decided = await writeDecision(trx, {
      id: enrolment.id,
      status,
      decidedBy: principal.kind === 'person' ? principal.personId : null,
      note: options.note ?? null,
      awardId,
    });
    if (!decided) throw new DomainError('credentials.enrolment-decided', 'This request has been decided already');
    await recordAuditEvent(trx, {
      actor: principal,
      action: `credentials.enrolment-${status}`,
      subjectType: 'credential-enrolment',
      subjectId: enrolment.id,
      dataSubjectPersonId: enrolment.person_id,
      institutionId: enrolment.institution_id,
      requestId: options.requestId,
    });
  });
  return { status, awardId };
}

import { authorize, DomainError, recordAuditEvent, type Principal } from '../platform/index.js';
import { checkMboRules, type AchievementFields } from './domain/achievement.js';
import { ensureIssuer } from './ensure-issuer.js';
import type { CredentialsEnv } from './env.js';
import { credentialsPolicy } from './policy.js';
import { resolveAlignments } from './resolve-alignments.js';
import { findAchievement, insertAchievement, replaceAchievement } from './store/achievements.js';

/**
 * Creates an achievement (badge class) or replaces the fields of an existing one, after the mbo
 * rules and the alignments' references are checked. Credentials already awarded keep the
 * achievement as it was when they were signed.
 */
export async function saveAchievement(options: {
  readonly env: CredentialsEnv;
  readonly principal: Principal;
  readonly requestId: string;
  readonly institutionId: string;
  /** Absent for a new achievement. */
  readonly achievementId?: string;
  readonly fields: AchievementFields;
}): Promise<{ id: string }> {
  const { env, principal, institutionId, fields } = options;
  authorize(principal, credentialsPolicy.manageAchievements(principal, institutionId));
  const issues = checkMboRules(fields);
  if (issues.length > 0) {
    throw new DomainError('validation-failed', `${issues[0]?.field}: ${issues[0]?.message}`, {
      errors: issues.map((i) => ({ path: `body/${i.field}`, message: i.message, code: i.code })),
    });
  }
  const alignments = await resolveAlignments(env.db, env.publicUrl, fields.alignments);
  const issuer = await ensureIssuer({ env, institutionId, actor: principal, requestId: options.requestId });
  return env.db.transaction().execute(async (trx) => {
    let id = options.achievementId;
    if (id) {
      const existing = await findAchievement(trx, id);
      if (!existing || existing.institution_id !== institutionId) throw new DomainError('not-found', 'No achievement with this id');
      if (existing.archived_at) throw new DomainError('credentials.achievement-archived', 'This achievement is archived');
      await replaceAchievement(trx, id, { ...fields, alignments });
    } else {
      id = await insertAchievement(trx, { issuerId: issuer.id, institutionId, values: { ...fields, alignments } });
    }
    await recordAuditEvent(trx, {
      actor: principal,
      action: options.achievementId ? 'credentials.achievement-updated' : 'credentials.achievement-created',
      subjectType: 'credential-achievement',
      subjectId: id,
      institutionId,
      requestId: options.requestId,
      details: { achievementType: fields.achievementType, sbu: fields.sbu },
    });
    return { id };
  });
}

import { authorize, DomainError, recordAuditEvent, type Principal } from '../platform/index.js';
import type { CredentialsEnv } from './env.js';
import { credentialsPolicy } from './policy.js';
import { archiveAchievement as writeArchive, findAchievement } from './store/achievements.js';

/** Archives an achievement: it can no longer be awarded or requested; awarded credentials stay valid. */
export async function archiveAchievement(options: {
  readonly env: CredentialsEnv;
  readonly principal: Principal;
  readonly requestId: string;
  readonly achievementId: string;
}): Promise<void> {
  const { env, principal } = options;
  const achievement = await findAchievement(env.db, options.achievementId);
  if (!achievement && principal.kind === 'anonymous') throw new DomainError('unauthenticated');
  if (!achievement) throw new DomainError('not-found', 'No achievement with this id');
  authorize(principal, credentialsPolicy.manageAchievements(principal, achievement.institution_id));
  if (achievement.archived_at) return;
  await env.db.transaction().execute(async (trx) => {
    await writeArchive(trx, achievement.id);
    await recordAuditEvent(trx, {
      actor: principal,
      action: 'credentials.achievement-archived',
      subjectType: 'credential-achievement',
      subjectId: achievement.id,
      institutionId: achievement.institution_id,
      requestId: options.requestId,
    });
  });
}

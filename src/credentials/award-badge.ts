import { authorize, DomainError, findPersonByEmail, type Principal } from '../platform/index.js';
import { ensureIssuer } from './ensure-issuer.js';
import type { CredentialsEnv } from './env.js';
import { issueAwards } from './issue-awards.js';
import { credentialsPolicy } from './policy.js';
import { findAchievement, type AchievementRow } from './store/achievements.js';

/** The achievement, if it exists and may still be awarded; anonymous callers learn nothing. */
export async function awardableAchievement(env: CredentialsEnv, principal: Principal, achievementId: string): Promise<AchievementRow> {
  const achievement = await findAchievement(env.db, achievementId);
  if (!achievement && principal.kind === 'anonymous') throw new DomainError('unauthenticated');
  if (!achievement) throw new DomainError('not-found', 'No achievement with this id');
  authorize(principal, credentialsPolicy.award(principal, achievement.institution_id));
  if (achievement.archived_at) throw new DomainError('credentials.achievement-archived', 'This achievement is archived');
  return achievement;
}

/**
 * Awards a badge directly to one learner. A learner who has logged in before is found by the
 * e-mail address of that login and sees the badge at once; anyone else receives it by e-mail
 * address (stored only as a salted hash in the credential) and claims it after logging in.
 */
export async function awardBadge(options: {
  readonly env: CredentialsEnv;
  readonly principal: Principal;
  readonly requestId: string;
  readonly achievementId: string;
  readonly recipient: { readonly email: string; readonly name?: string | undefined };
  readonly validUntil?: Date | null;
}): Promise<{ id: string; recipientHasAccount: boolean }> {
  const { env, principal } = options;
  const achievement = await awardableAchievement(env, principal, options.achievementId);
  const person = await findPersonByEmail(env.db, options.recipient.email);
  const name = options.recipient.name ?? person?.name;
  if (!name) throw new DomainError('credentials.recipient-name-required', 'Give the name of a recipient who has no account yet');
  if (options.validUntil && options.validUntil.getTime() <= Date.now()) {
    throw new DomainError('validation-failed', 'validUntil lies in the past', {
      errors: [{ path: 'body/validUntil', message: 'lies in the past', code: 'out-of-range' }],
    });
  }
  const issuer = await ensureIssuer({ env, institutionId: achievement.institution_id, actor: principal, requestId: options.requestId });
  const [id] = await issueAwards({
    env,
    issuer,
    achievement,
    recipients: [{ name, email: options.recipient.email, personId: person?.id ?? null }],
    source: 'direct',
    actor: principal,
    requestId: options.requestId,
    validUntil: options.validUntil ?? null,
  });
  if (!id) throw new Error('the award was not written');
  return { id, recipientHasAccount: person !== undefined };
}

import { DomainError, randomToken, recordAuditEvent, requirePerson, type Principal } from '../platform/index.js';
import { isAddressedTo } from './answer-award.js';
import type { CredentialsEnv } from './env.js';
import { findAward, setShareToken } from './store/awards.js';

/** The public link of a shared credential. */
export function shareUrl(env: CredentialsEnv, token: string): string {
  return `${env.publicUrl}/credentials/shared/${token}`;
}

/**
 * The learner shares an accepted badge by link (anyone with the link can fetch and verify it) or
 * stops sharing it. The link holds a random token, not the award's id, and dies when sharing stops.
 */
export async function shareAward(options: {
  readonly env: CredentialsEnv;
  readonly principal: Principal;
  readonly requestId: string;
  readonly awardId: string;
  readonly share: boolean;
}): Promise<{ url: string | null }> {
  const { env } = options;
  const person = requirePerson(options.principal);
  const award = await findAward(env.db, options.awardId);
  if (!award || !(await isAddressedTo(env, award, person.personId))) throw new DomainError('not-found', 'No award for you with this id');
  if (options.share && !award.accepted_at) throw new DomainError('credentials.award-not-accepted', 'Accept the badge before sharing it');
  if (options.share && award.share_token) return { url: shareUrl(env, award.share_token) };
  const token = options.share ? randomToken(24) : null;
  await env.db.transaction().execute(async (trx) => {
    await setShareToken(trx, award.id, token);
    await recordAuditEvent(trx, {
      actor: person,
      action: options.share ? 'credentials.award-shared' : 'credentials.award-unshared',
      subjectType: 'credential-award',
      subjectId: award.id,
      dataSubjectPersonId: person.personId,
      institutionId: award.institution_id,
      requestId: options.requestId,
    });
  });
  return { url: token ? shareUrl(env, token) : null };
}

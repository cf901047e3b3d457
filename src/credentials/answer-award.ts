import { DomainError, recordAuditEvent, requirePerson, type Principal } from '../platform/index.js';
import type { CredentialsEnv } from './env.js';
import { emailKey } from './issue-awards.js';
import { answerAward as writeAnswer, findAward, personContact } from './store/awards.js';

/** True when the award is addressed to this person (by account, or by their login e-mail address while unclaimed). */
export async function isAddressedTo(
  env: CredentialsEnv,
  award: { recipient_person_id: string | null; recipient_email_key: string | null },
  personId: string,
) {
  if (award.recipient_person_id) return award.recipient_person_id === personId;
  const contact = await personContact(env.db, personId);
  return contact?.email != null && award.recipient_email_key === emailKey(contact.email);
}

/** The learner accepts an award into their dossier, or declines it. */
export async function answerAward(options: {
  readonly env: CredentialsEnv;
  readonly principal: Principal;
  readonly requestId: string;
  readonly awardId: string;
  readonly accept: boolean;
}): Promise<void> {
  const { env } = options;
  const person = requirePerson(options.principal);
  const award = await findAward(env.db, options.awardId);
  if (!award || !(await isAddressedTo(env, award, person.personId))) throw new DomainError('not-found', 'No award for you with this id');
  if (award.revoked_at) throw new DomainError('credentials.award-revoked', 'This award has been revoked');
  await env.db.transaction().execute(async (trx) => {
    await writeAnswer(trx, award.id, person.personId, options.accept);
    await recordAuditEvent(trx, {
      actor: person,
      action: options.accept ? 'credentials.award-accepted' : 'credentials.award-declined',
      subjectType: 'credential-award',
      subjectId: award.id,
      dataSubjectPersonId: person.personId,
      institutionId: award.institution_id,
      requestId: options.requestId,
    });
  });
}

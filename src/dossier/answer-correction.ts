import { authorize, DomainError, recordAuditEvent, requirePerson, type Principal } from '../platform/index.js';
import type { DossierEnv } from './env.js';
import { dossierPolicy } from './policy.js';
import { answerCorrectionRequest, findCorrectionRequest } from './store/corrections.js';

/**
 * Institution staff answer a correction request about an item their institution attested: corrected
 * (the corrected item arrives by the institution's next push) or declined, with an explanation.
 */
export async function answerCorrection(options: {
  readonly env: DossierEnv;
  readonly principal: Principal;
  readonly requestId: string;
  readonly correctionId: string;
  readonly status: 'corrected' | 'declined';
  readonly answer: string;
}): Promise<void> {
  const { env, principal } = options;
  authorize(principal, dossierPolicy.staffInstitutions(principal).size > 0, 'Only institution staff answer correction requests');
  const person = requirePerson(principal);
  const request = await findCorrectionRequest(env.db, options.correctionId);
  if (!request || !dossierPolicy.staffOf(principal, request.institution_id))
    throw new DomainError('not-found', 'No correction request with this id');
  if (request.status !== 'open') throw new DomainError('dossier.correction-answered', 'This request has been answered already');
  await env.db.transaction().execute(async (trx) => {
    const ok = await answerCorrectionRequest(trx, {
      ownerId: request.owner_id,
      id: request.id,
      status: options.status,
      answer: options.answer,
      answeredBy: person.personId,
    });
    if (!ok) throw new DomainError('dossier.correction-answered', 'This request has been answered already');
    await recordAuditEvent(trx, {
      actor: person,
      action: 'dossier.correction-answered',
      subjectType: 'dossier-correction-request',
      subjectId: request.id,
      dataSubjectPersonId: request.owner_id,
      institutionId: request.institution_id,
      requestId: options.requestId,
      details: { status: options.status },
    });
  });
}

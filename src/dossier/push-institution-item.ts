import { DomainError, recordAuditEvent, type Principal } from '../platform/index.js';
import { timelineDate, type InstitutionKind } from './domain/items.js';
import type { DossierEnv } from './env.js';
import { dossierPolicy } from './policy.js';
import { institutionOf, isLinkedLearner } from './store/institutions.js';
import { findInstitutionItem, upsertInstitutionItem, type ItemRow } from './store/items.js';

/**
 * An institution's system pushes a result or work placement into a learner's dossier, keyed by its
 * own id (idempotent: the same push twice changes nothing). Only for learners linked to the
 * institution; for anyone else the learner "does not exist", so ids cannot be probed.
 */
export async function pushInstitutionItem(options: {
  readonly env: DossierEnv;
  readonly principal: Principal;
  readonly requestId: string;
  readonly learnerId: string;
  readonly externalId: string;
  readonly kind: InstitutionKind;
  readonly title: string;
  readonly description: string | null;
  readonly details: Record<string, unknown>;
}): Promise<{ row: ItemRow; created: boolean; changed: boolean }> {
  const { env, principal } = options;
  if (principal.kind !== 'client' || !dossierPolicy.push(principal, principal.institutionId)) {
    throw new DomainError(
      principal.kind === 'anonymous' ? 'unauthenticated' : 'forbidden',
      'Needs an institution client with dossier:write',
    );
  }
  const institutionId = principal.institutionId;
  if (!(await isLinkedLearner(env.db, options.learnerId, institutionId)))
    throw new DomainError('not-found', 'No learner of this institution with this id');
  const institution = await institutionOf(env.db, institutionId);
  if (!institution) throw new DomainError('not-found', 'Unknown institution');
  const existing = await findInstitutionItem(env.db, options.learnerId, institutionId, options.externalId);
  if (
    existing &&
    existing.kind === options.kind &&
    existing.title === options.title &&
    existing.description === options.description &&
    JSON.stringify(existing.details) === JSON.stringify(options.details)
  ) {
    return { row: existing, created: false, changed: false };
  }
  return env.db.transaction().execute(async (trx) => {
    const result = await upsertInstitutionItem(trx, {
      ownerId: options.learnerId,
      kind: options.kind,
      title: options.title,
      description: options.description,
      details: options.details,
      fileIds: [],
      provenance: 'institution-attested',
      datedAt: timelineDate(options.kind, options.details, existing?.created_at ?? new Date()),
      institution,
      externalId: options.externalId,
    });
    await recordAuditEvent(trx, {
      actor: principal,
      action: result.created ? 'dossier.item-attested' : 'dossier.item-attestation-changed',
      subjectType: 'dossier-item',
      subjectId: result.row.id,
      dataSubjectPersonId: options.learnerId,
      institutionId,
      requestId: options.requestId,
      details: { kind: options.kind },
    });
    return { ...result, changed: true };
  });
}

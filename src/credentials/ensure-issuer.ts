import { DomainError, recordAuditEvent, type AuditEventInput } from '../platform/index.js';
import type { CredentialsEnv } from './env.js';
import { addKeyGeneration } from './keyring.js';
import { findIssuerOfInstitution, insertIssuer, institutionBasics } from './store/issuers.js';

/** An issuer with its institution's code and name. */
export type Issuer = NonNullable<Awaited<ReturnType<typeof findIssuerOfInstitution>>>;

/**
 * The institution's issuer profile, created on first use with the institution's name, website and
 * contact address and a first generation of keys. Callers authorise before calling.
 */
export async function ensureIssuer(options: {
  readonly env: CredentialsEnv;
  readonly institutionId: string;
  readonly actor: AuditEventInput['actor'];
  readonly requestId: string | null;
}): Promise<Issuer> {
  const { env, institutionId } = options;
  const existing = await findIssuerOfInstitution(env.db, institutionId);
  if (existing) return existing;
  const institution = await institutionBasics(env.db, institutionId);
  if (!institution) throw new DomainError('not-found', 'No institution with this id');
  await env.db.transaction().execute(async (trx) => {
    const issuerId = await insertIssuer(trx, {
      institutionId,
      name: institution.name,
      url: institution.website,
      email: institution.contact_email,
    });
    if (!issuerId) return; // created at the same moment by another request
    const { did } = await addKeyGeneration(env, trx, issuerId);
    await recordAuditEvent(trx, {
      actor: options.actor,
      action: 'credentials.issuer-created',
      subjectType: 'credential-issuer',
      subjectId: issuerId,
      institutionId,
      requestId: options.requestId,
      details: { did },
    });
  });
  const created = await findIssuerOfInstitution(env.db, institutionId);
  if (!created) throw new Error('issuer vanished after creation');
  return created;
}

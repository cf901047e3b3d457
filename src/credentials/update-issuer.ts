import { authorize, recordAuditEvent, type Principal } from '../platform/index.js';
import { ensureIssuer } from './ensure-issuer.js';
import type { CredentialsEnv } from './env.js';
import { credentialsPolicy } from './policy.js';
import { updateIssuer as writeIssuer, type IssuerPatch } from './store/issuers.js';

/** Changes the issuer profile (name, URL, contact, image, description); new credentials carry it. */
export async function updateIssuer(options: {
  readonly env: CredentialsEnv;
  readonly principal: Principal;
  readonly requestId: string;
  readonly institutionId: string;
  readonly patch: IssuerPatch;
}): Promise<{ changed: string[] }> {
  const { env, principal, institutionId } = options;
  authorize(principal, credentialsPolicy.manageIssuer(principal, institutionId));
  const issuer = await ensureIssuer({ env, institutionId, actor: principal, requestId: options.requestId });
  const changed = await env.db.transaction().execute(async (trx) => {
    const fields = await writeIssuer(trx, issuer.id, options.patch);
    if (fields.length > 0) {
      await recordAuditEvent(trx, {
        actor: principal,
        action: 'credentials.issuer-updated',
        subjectType: 'credential-issuer',
        subjectId: issuer.id,
        institutionId,
        requestId: options.requestId,
        details: { fields },
      });
    }
    return fields;
  });
  return { changed };
}

import { authorize, recordAuditEvent, type Principal } from '../platform/index.js';
import { ensureIssuer } from './ensure-issuer.js';
import type { CredentialsEnv } from './env.js';
import { addKeyGeneration, forgetKeys } from './keyring.js';
import { credentialsPolicy } from './policy.js';
import { retireActiveKeys } from './store/issuers.js';

/**
 * Starts a new key generation: new credentials are signed (and identified) with the new did:key.
 * Older keys are retired, not deleted: credentials they signed stay verifiable (did:key needs no
 * lookup at all) and their status lists keep being signed by the generation that created them.
 */
export async function rotateIssuerKeys(options: {
  readonly env: CredentialsEnv;
  readonly principal: Principal;
  readonly requestId: string;
  readonly institutionId: string;
}): Promise<{ did: string; retired: number }> {
  const { env, principal, institutionId } = options;
  authorize(principal, credentialsPolicy.manageIssuer(principal, institutionId));
  const issuer = await ensureIssuer({ env, institutionId, actor: principal, requestId: options.requestId });
  const result = await env.db.transaction().execute(async (trx) => {
    const retired = await retireActiveKeys(trx, issuer.id);
    const { did } = await addKeyGeneration(env, trx, issuer.id);
    await recordAuditEvent(trx, {
      actor: principal,
      action: 'credentials.keys-rotated',
      subjectType: 'credential-issuer',
      subjectId: issuer.id,
      institutionId,
      requestId: options.requestId,
      details: { did, retired },
    });
    return { did, retired };
  });
  forgetKeys(issuer.id);
  return result;
}

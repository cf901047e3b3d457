import {
  authorize,
  createApiClient,
  DomainError,
  recordAuditEvent,
  type AnyDb,
  type ClientScope,
  type Principal,
} from '../platform/index.js';
import { referencePolicy } from './policy.js';
import { institutionExists } from './store/institutions.js';

/** Registers a system of an institution as an OAuth2 client; the secret is shown once and stored hashed. */
export async function registerApiClient(options: {
  readonly db: AnyDb;
  readonly principal: Principal;
  readonly requestId: string;
  readonly institutionId: string;
  readonly name: string;
  readonly scopes: readonly ClientScope[];
}): Promise<{ id: string; clientId: string; clientSecret: string }> {
  const { principal, institutionId } = options;
  authorize(principal, referencePolicy.administerInstitution(principal, institutionId));
  return options.db.transaction().execute(async (trx) => {
    if (!(await institutionExists(trx, institutionId))) throw new DomainError('not-found', 'No institution with this id');
    const client = await createApiClient(trx, { institutionId, name: options.name, scopes: options.scopes });
    await recordAuditEvent(trx, {
      actor: principal,
      action: 'institution.api-client-registered',
      subjectType: 'api-client',
      subjectId: client.id,
      institutionId,
      requestId: options.requestId,
      details: { scopes: [...options.scopes] },
    });
    return client;
  });
}

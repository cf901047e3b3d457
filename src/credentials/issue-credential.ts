import { authorize, DomainError, type Principal } from '../platform/index.js';
import { checkCredentialInput } from './domain/vcdm-input.js';
import { ensureIssuer } from './ensure-issuer.js';
import type { CredentialsEnv } from './env.js';
import { activeKeys } from './keyring.js';
import { credentialsPolicy } from './policy.js';
import { TaskTimeoutError } from './signing/crypto-pool.js';
import { signJwt } from './signing/sign-jwt.js';

const issuerIds = new Map<string, string>();

/** The institution's issuer id, looked up once per process (an issuer is never deleted). */
async function cachedIssuerId(env: CredentialsEnv, institutionId: string, principal: Principal, requestId: string): Promise<string> {
  let id = issuerIds.get(institutionId);
  if (!id) {
    id = (await ensureIssuer({ env, institutionId, actor: principal, requestId })).id;
    issuerIds.set(institutionId, id);
  }
  return id;
}

/** The institution a caller issues for: a machine client's own, or a person's one issuer role. */
export function issuingInstitution(principal: Principal): string {
  if (principal.kind === 'client') return principal.institutionId;
  if (principal.kind === 'person') {
    const institutions = principal.grants.filter((g) => g.role === 'credential_issuer').map((g) => g.scopeId);
    if (institutions.length === 1 && institutions[0]) return institutions[0];
  }
  authorize(principal, false, 'Issuing needs a machine client with credentials:issue or a credential issuer of one institution');
  throw new Error('unreachable');
}

/**
 * VC-API issuance: checks the credential as the VC Data Model 2.0 demands of an issuer, makes sure
 * it names this institution's issuer, and signs it with an eddsa-rdfc-2022 proof (or as a VC-JWT,
 * enveloped, when `format` asks for it). Audited; nothing else is stored.
 */
export async function issueCredential(options: {
  readonly env: CredentialsEnv;
  readonly principal: Principal;
  readonly requestId: string;
  readonly credential: unknown;
  readonly format?: 'ldp' | 'vc+jwt' | undefined;
}): Promise<Record<string, unknown>> {
  const { env, principal } = options;
  const institutionId = issuingInstitution(principal);
  authorize(principal, credentialsPolicy.issueViaApi(principal, institutionId));
  const issues = checkCredentialInput(options.credential);
  if (issues.length > 0) {
    throw new DomainError('credentials.invalid-credential', `${issues[0]?.path}: ${issues[0]?.message}`, {
      errors: issues.map((i) => ({ path: i.path, code: i.code, message: i.message })),
    });
  }
  const credential = options.credential as Record<string, unknown>;
  const contexts = (Array.isArray(credential['@context']) ? credential['@context'] : [credential['@context']]) as unknown[];
  // The context map is loaded on first use: the main thread need not hold every context at start-up.
  const { isKnownContext } = await import('./signing/document-loader.js');
  const unknown = contexts.find((c): c is string => typeof c === 'string' && !isKnownContext(c));
  if (unknown) throw new DomainError('credentials.unknown-context', `Unknown context (never fetched): ${unknown.slice(0, 200)}`);

  const keys = await activeKeys(env, env.db, await cachedIssuerId(env, institutionId, principal, options.requestId));
  const issuerValue = credential['issuer'];
  const issuerId = typeof issuerValue === 'string' ? issuerValue : (issuerValue as { id?: unknown }).id;
  if (issuerId !== keys.ed25519.controller) {
    throw new DomainError('credentials.issuer-mismatch', `The issuer must be this institution's issuer: ${keys.ed25519.controller}`);
  }

  let signed: Record<string, unknown>;
  if (options.format === 'vc+jwt') {
    const jwt = await signJwt(credential, keys.ed25519);
    signed = {
      '@context': 'https://www.w3.org/ns/credentials/v2',
      id: `data:application/vc+jwt,${jwt}`,
      type: 'EnvelopedVerifiableCredential',
    };
  } else {
    try {
      signed = await env.pool.run<Record<string, unknown>>({ kind: 'sign', credential, key: keys.ed25519 }, 10_000);
    } catch (error) {
      const detail =
        error instanceof TaskTimeoutError
          ? 'the credential is too complex to sign'
          : error instanceof Error
            ? error.message
            : 'cannot be signed';
      throw new DomainError('credentials.invalid-credential', detail.slice(0, 300));
    }
  }
  await env.audit.record({
    actor: principal,
    action: 'credentials.issued-via-api',
    subjectType: 'credential',
    subjectId: null,
    institutionId,
    requestId: options.requestId,
    details: {
      format: options.format ?? 'ldp',
      ...(typeof credential['id'] === 'string' ? { credentialId: credential['id'].slice(0, 200) } : {}),
    },
  });
  return signed;
}

import { summarise, verdictOf, type Check, type VerificationReport } from './domain/verification.js';
import type { CredentialsEnv } from './env.js';
import { checkStatus } from './check-status.js';
import { TaskTimeoutError } from './signing/crypto-pool.js';
import type { ProofOutcome } from './signing/verify-proof.js';
import { registeredKeyOwner } from './store/issuers.js';

/** Key registry answers kept in memory: keys are added rarely and never change owner. */
const OWNER_TTL_MS = 60_000;
const owners = new Map<string, { owner: Awaited<ReturnType<typeof registeredKeyOwner>>; until: number }>();

async function keyOwner(env: CredentialsEnv, key: { controller?: string; thumbprint?: string }) {
  const cacheKey = key.controller ?? `jwk:${key.thumbprint ?? ''}`;
  const cached = owners.get(cacheKey);
  if (cached && cached.until > Date.now()) return cached.owner;
  const owner = await registeredKeyOwner(env.db, key);
  if (owners.size > 10_000) owners.clear();
  owners.set(cacheKey, { owner, until: Date.now() + OWNER_TTL_MS });
  return owner;
}

/** How long one verification may work before it counts as too complex. */
const VERIFY_TIMEOUT_MS = 5_000;

/**
 * Verifies a credential (JSON document, compact VC-JWT or enveloped credential): proofs and dates on
 * the worker pool, then status and the platform's key registry here. The library alone would call a
 * revoked credential verified; the status check is what makes it fail.
 */
export async function verifyCredentialDocument(env: CredentialsEnv, input: unknown, now = new Date()): Promise<VerificationReport> {
  let outcome: ProofOutcome;
  try {
    outcome = await env.pool.run<ProofOutcome>({ kind: 'verify', input, now: now.toISOString() }, VERIFY_TIMEOUT_MS);
  } catch (error) {
    const code = error instanceof TaskTimeoutError ? 'format.too-complex' : 'format.unreadable';
    outcome = { format: null, credential: null, key: null, checks: [{ name: 'format', outcome: 'failed', code, detail: String(error) }] };
  }
  const checks: Check[] = [...outcome.checks];
  let registeredIssuer: VerificationReport['registeredIssuer'] = null;
  const signatureOk = checks.some((c) => c.name === 'signature' && c.outcome === 'passed');
  if (outcome.key && signatureOk) {
    const owner = await keyOwner(
      env,
      outcome.key.kind === 'did:key' ? { controller: outcome.key.did } : { thumbprint: outcome.key.thumbprint },
    );
    if (owner) registeredIssuer = { institutionName: owner.institution_name, institutionCode: owner.institution_code };
    if (outcome.key.kind === 'jwk' && !checks.some((c) => c.name === 'issuer-key')) {
      checks.splice(
        checks.findIndex((c) => c.name === 'signature') + 1,
        0,
        owner
          ? { name: 'issuer-key', outcome: 'passed', code: 'issuer-key.registered' }
          : { name: 'issuer-key', outcome: 'failed', code: 'issuer-key.unknown', detail: 'the JWT key is not registered to any issuer' },
      );
    }
  }
  if (outcome.credential && signatureOk) {
    const dates = checks.findIndex((c) => c.name === 'dates');
    checks.splice(dates < 0 ? checks.length : dates + 1, 0, await checkStatus(env, outcome.credential));
  }
  const verdict = verdictOf(checks);
  return {
    verified: verdict === 'valid',
    verdict,
    format: outcome.format,
    checks,
    credential: outcome.credential ? summarise(outcome.credential) : null,
    registeredIssuer,
  };
}

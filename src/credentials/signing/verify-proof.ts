import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as vc from '@digitalbazaar/vc';
import jsigs from 'jsonld-signatures';
import { calculateJwkThumbprint, compactVerify, decodeProtectedHeader, importJWK, type JWK } from 'jose';
import type { Check } from '../domain/verification.js';
import { outOfBounds } from './bounds.js';
import { publicKeyOfDidKey } from './did-key.js';
import { shareActiveContexts } from './active-contexts.js';
import { isKnownContext, staticDocumentLoader } from './document-loader.js';

shareActiveContexts();

/*
 * Proof verification without any I/O: format and bounds, the signature (eddsa-rdfc-2022 or VC-JWT),
 * that the key belongs to the issuer, dates and the Open Badges shape. Status and the platform's key
 * registry are checked by the caller. Runs in worker threads.
 */

/** How the signing key was identified, for the caller's registry lookup. */
export type KeyReference =
  { readonly kind: 'did:key'; readonly did: string } | { readonly kind: 'jwk'; readonly thumbprint: string } | null;

/** The outcome of checking proofs. */
export interface ProofOutcome {
  readonly format: 'data-integrity' | 'vc-jwt' | null;
  readonly credential: Record<string, unknown> | null;
  readonly checks: Check[];
  readonly key: KeyReference;
}

const JWT_PATTERN = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;
const REGISTERED_CLAIMS = ['iss', 'jti', 'sub', 'nbf', 'exp', 'iat', 'aud'];
const CLOCK_SKEW_MS = 300_000;

function unreadable(code: string, detail: string): ProofOutcome {
  return { format: null, credential: null, checks: [{ name: 'format', outcome: 'failed', code, detail }], key: null };
}

function messageOf(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as { cause?: unknown }).cause;
    return cause instanceof Error && cause.message !== error.message ? `${error.message}: ${cause.message}` : error.message;
  }
  return String(error);
}

/** The credential's @context values, when they are all known. */
function checkContexts(credential: Record<string, unknown>): Check {
  const context = credential['@context'];
  const list = Array.isArray(context) ? context : [context];
  // VC 2.0 first; VC 1.1 credentials (still common) are verified too.
  if (list[0] !== 'https://www.w3.org/ns/credentials/v2' && list[0] !== 'https://www.w3.org/2018/credentials/v1') {
    return {
      name: 'format',
      outcome: 'failed',
      code: 'format.context',
      detail: 'the first @context must be https://www.w3.org/ns/credentials/v2',
    };
  }
  for (const entry of list) {
    if (typeof entry === 'string' && !isKnownContext(entry)) {
      return {
        name: 'format',
        outcome: 'failed',
        code: 'format.unknown-context',
        detail: `unknown context (never fetched): ${entry.slice(0, 200)}`,
      };
    }
    if (typeof entry !== 'string' && (typeof entry !== 'object' || entry === null || Array.isArray(entry))) {
      return { name: 'format', outcome: 'failed', code: 'format.context', detail: '@context entries must be URLs or objects' };
    }
  }
  return { name: 'format', outcome: 'passed', code: 'format.ok' };
}

/** Checks validFrom and validUntil against `now`. */
export function checkDates(credential: Record<string, unknown>, now: Date): Check {
  // VC 1.1 credentials say issuanceDate and expirationDate.
  const from = credential['validFrom'] ?? credential['issuanceDate'];
  const until = credential['validUntil'] ?? credential['expirationDate'];
  const at = now.getTime();
  if (typeof from === 'string' && Date.parse(from) - CLOCK_SKEW_MS > at) {
    return { name: 'dates', outcome: 'failed', code: 'dates.not-yet-valid', detail: `valid from ${from}` };
  }
  if (typeof until === 'string' && Date.parse(until) + CLOCK_SKEW_MS < at) {
    return { name: 'dates', outcome: 'failed', code: 'dates.expired', detail: `valid until ${until}` };
  }
  return { name: 'dates', outcome: 'passed', code: 'dates.ok' };
}

function values(v: unknown): unknown[] {
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

/** The Open Badges 3.0 shape: required members of an OpenBadgeCredential and its Achievement. */
export function checkOpenBadgeShape(credential: Record<string, unknown>): Check {
  const types = values(credential['type']);
  const isBadge = types.includes('OpenBadgeCredential') || types.includes('AchievementCredential');
  if (!isBadge) return { name: 'schema', outcome: 'skipped', code: 'schema.not-open-badge' };
  const missing: string[] = [];
  const contexts = values(credential['@context']);
  if (!contexts.some((c) => typeof c === 'string' && c.startsWith('https://purl.imsglobal.org/spec/ob/v3p0/context')))
    missing.push('@context (Open Badges 3.0)');
  for (const field of ['id', 'issuer', 'validFrom', 'credentialSubject']) if (credential[field] === undefined) missing.push(field);
  const subject = values(credential['credentialSubject'])[0] as Record<string, unknown> | undefined;
  if (subject && typeof subject === 'object') {
    if (!values(subject['type']).includes('AchievementSubject')) missing.push('credentialSubject.type AchievementSubject');
    if (subject['id'] === undefined && subject['identifier'] === undefined) missing.push('credentialSubject.id or identifier');
    const achievement = subject['achievement'] as Record<string, unknown> | undefined;
    if (!achievement || typeof achievement !== 'object') missing.push('credentialSubject.achievement');
    else
      for (const field of ['id', 'type', 'criteria', 'description', 'name'])
        if (achievement[field] === undefined) missing.push(`achievement.${field}`);
  }
  if (missing.length > 0) return { name: 'schema', outcome: 'failed', code: 'schema.missing', detail: `missing: ${missing.join(', ')}` };
  return { name: 'schema', outcome: 'passed', code: 'schema.ok' };
}

async function verifyDataIntegrity(credential: Record<string, unknown>, now: Date): Promise<ProofOutcome> {
  const checks: Check[] = [checkContexts(credential)];
  if (checks[0]?.outcome === 'failed') return { format: 'data-integrity', credential, checks, key: null };
  const proofs = values(credential['proof']) as Array<Record<string, unknown>>;
  const proof = proofs[0];
  if (!proof || typeof proof !== 'object') {
    checks.push({ name: 'signature', outcome: 'failed', code: 'signature.missing', detail: 'the credential carries no proof' });
    return { format: 'data-integrity', credential, checks, key: null };
  }
  if (proof['type'] !== 'DataIntegrityProof' || proof['cryptosuite'] !== 'eddsa-rdfc-2022') {
    checks.push({
      name: 'signature',
      outcome: 'failed',
      code: 'signature.unsupported',
      detail: `unsupported proof ${String(proof['type'])}/${String(proof['cryptosuite'])}`,
    });
    return { format: 'data-integrity', credential, checks, key: null };
  }
  // A proof chain must be whole: every previousProof names another proof of the set.
  const proofIds = new Set(proofs.map((p) => p?.['id']).filter((id): id is string => typeof id === 'string'));
  const broken = proofs.some((p) => values(p?.['previousProof']).some((ref) => typeof ref !== 'string' || !proofIds.has(ref)));
  if (broken) {
    checks.push({
      name: 'signature',
      outcome: 'failed',
      code: 'signature.invalid',
      detail: 'a previousProof refers to a proof that is not there',
    });
    return { format: 'data-integrity', credential, checks, key: null };
  }
  const method = typeof proof['verificationMethod'] === 'string' ? proof['verificationMethod'] : '';
  const publicKey = publicKeyOfDidKey(method);
  // The library also checks dates; verify "as of" a moment inside the validity window so that an
  // expired credential is reported by the dates check, not as a broken signature.
  const start = credential['validFrom'] ?? credential['issuanceDate'];
  const from = typeof start === 'string' ? new Date(start) : now;
  const asOf = Number.isNaN(from.getTime()) ? now : from;
  let result: vc.VerifyResult;
  try {
    result = await vc.verifyCredential({
      credential,
      suite: new DataIntegrityProof({ cryptosuite }),
      documentLoader: staticDocumentLoader,
      now: asOf,
      checkStatus: async () => ({ verified: true }),
      // Every proof must verify; that one of them is the issuer's is checked below, so that a proof
      // set may carry endorsements or witnesses besides the issuer's own proof.
      purpose: new jsigs.purposes.AssertionProofPurpose(),
    });
  } catch (error) {
    result = { verified: false, error };
  }
  const issuerValue = credential['issuer'];
  const issuerId = typeof issuerValue === 'string' ? issuerValue : (issuerValue as { id?: unknown } | undefined)?.id;
  const issuerProof = proofs.find(
    (p) => typeof p?.['verificationMethod'] === 'string' && p['verificationMethod'].split('#')[0] === issuerId,
  );
  if (result.verified && !issuerProof) {
    checks.push({ name: 'signature', outcome: 'passed', code: 'signature.ok' });
    checks.push({
      name: 'issuer-key',
      outcome: 'failed',
      code: 'issuer-key.not-issuer',
      detail: 'no proof was made with a key of the issuer',
    });
  } else if (result.verified) {
    checks.push({ name: 'signature', outcome: 'passed', code: 'signature.ok' });
    checks.push({ name: 'issuer-key', outcome: 'passed', code: 'issuer-key.did-key', detail: String(issuerProof?.['verificationMethod']) });
  } else {
    const errors = [result.error, ...(result.results ?? []).map((r) => r.error)].filter(Boolean).map(messageOf);
    const detail = errors.join('; ').slice(0, 500) || 'the proof does not verify';
    if (/Unknown context or document|not found|resolve/i.test(detail) && !publicKey) {
      checks.push({ name: 'signature', outcome: 'failed', code: 'issuer-key.unresolvable', detail });
    } else if (/issuer must match|not authorized by controller/i.test(detail)) {
      checks.push({ name: 'signature', outcome: 'passed', code: 'signature.ok' });
      checks.push({ name: 'issuer-key', outcome: 'failed', code: 'issuer-key.not-issuer', detail });
    } else if (/Unknown context/i.test(detail)) {
      checks[0] = { name: 'format', outcome: 'failed', code: 'format.unknown-context', detail };
    } else if (/deep iterations|Abort/i.test(detail)) {
      checks[0] = { name: 'format', outcome: 'failed', code: 'format.too-complex', detail };
    } else if (/safe mode|Safe mode/i.test(detail)) {
      checks.push({ name: 'signature', outcome: 'failed', code: 'signature.undefined-terms', detail });
    } else {
      checks.push({ name: 'signature', outcome: 'failed', code: 'signature.invalid', detail });
    }
  }
  checks.push(checkDates(credential, now), checkOpenBadgeShape(credential));
  const issuerMethod = typeof issuerProof?.['verificationMethod'] === 'string' ? issuerProof['verificationMethod'] : method;
  const did = issuerMethod.split('#')[0] ?? '';
  return { format: 'data-integrity', credential, checks, key: publicKeyOfDidKey(issuerMethod) ? { kind: 'did:key', did } : null };
}

async function verifyJwt(token: string, now: Date): Promise<ProofOutcome> {
  let header: ReturnType<typeof decodeProtectedHeader>;
  let claims: Record<string, unknown>;
  try {
    header = decodeProtectedHeader(token);
    const payload = token.split('.')[1] ?? '';
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
    if (!claims || typeof claims !== 'object' || Array.isArray(claims)) throw new Error('the payload is not an object');
  } catch (error) {
    return unreadable('format.jwt', `not a readable JWT: ${messageOf(error)}`);
  }
  const bounds = outOfBounds(claims);
  if (bounds) return unreadable('format.too-large', bounds);
  const credential = Object.fromEntries(Object.entries(claims).filter(([k]) => !REGISTERED_CLAIMS.includes(k)));
  const checks: Check[] = [checkContexts(credential)];
  let key: KeyReference = null;
  let publicJwk: JWK | undefined;
  const issuer = credential['issuer'];
  const issuerId = typeof issuer === 'string' ? issuer : (issuer as { id?: unknown } | undefined)?.id;
  if (header.alg === 'EdDSA') {
    const multibase = typeof header.kid === 'string' ? publicKeyOfDidKey(header.kid) : undefined;
    if (multibase) {
      const keyPair = await Ed25519Multikey.from({
        type: 'Multikey',
        publicKeyMultibase: multibase,
        id: header.kid,
        controller: `did:key:${multibase}`,
      });
      publicJwk = await Ed25519Multikey.toJwk({ keyPair });
      key = { kind: 'did:key', did: `did:key:${multibase}` };
    }
  } else if (header.alg === 'RS256' && header.jwk && typeof header.jwk === 'object') {
    publicJwk = header.jwk;
    key = { kind: 'jwk', thumbprint: await calculateJwkThumbprint(publicJwk) };
  } else {
    checks.push({
      name: 'signature',
      outcome: 'failed',
      code: 'signature.unsupported',
      detail: `unsupported JWT algorithm ${String(header.alg)}`,
    });
  }
  if (publicJwk) {
    try {
      await compactVerify(token, await importJWK(publicJwk, header.alg), { algorithms: ['EdDSA', 'RS256'] });
      checks.push({ name: 'signature', outcome: 'passed', code: 'signature.ok' });
      if (claims['iss'] !== issuerId) {
        checks.push({
          name: 'issuer-key',
          outcome: 'failed',
          code: 'issuer-key.not-issuer',
          detail: 'iss differs from the credential issuer',
        });
      } else if (key?.kind === 'did:key' && key.did !== issuerId) {
        checks.push({ name: 'issuer-key', outcome: 'failed', code: 'issuer-key.not-issuer', detail: 'the key is not the issuer’s' });
      } else if (key?.kind === 'did:key') {
        checks.push({ name: 'issuer-key', outcome: 'passed', code: 'issuer-key.did-key', detail: String(header.kid) });
      }
    } catch (error) {
      checks.push({ name: 'signature', outcome: 'failed', code: 'signature.invalid', detail: messageOf(error) });
    }
  } else if (!checks.some((c) => c.name === 'signature')) {
    checks.push({
      name: 'signature',
      outcome: 'failed',
      code: 'issuer-key.unresolvable',
      detail: 'the JWT names no key that can be resolved',
    });
  }
  checks.push(checkDates(credential, now), checkOpenBadgeShape(credential));
  return { format: 'vc-jwt', credential, checks, key };
}

/** Verifies the proofs of a credential given as a JSON document or a compact VC-JWT. */
export async function verifyProofs(input: unknown, now: Date): Promise<ProofOutcome> {
  if (typeof input === 'string') {
    const trimmed = input.trim();
    if (JWT_PATTERN.test(trimmed)) return verifyJwt(trimmed, now);
    try {
      input = JSON.parse(trimmed);
    } catch {
      return unreadable('format.not-json', 'neither JSON nor a compact JWT');
    }
  }
  if (!input || typeof input !== 'object' || Array.isArray(input)) return unreadable('format.not-object', 'a credential is a JSON object');
  const bounds = outOfBounds(input);
  if (bounds) return unreadable('format.too-large', bounds);
  const credential = input as Record<string, unknown>;
  const types = values(credential['type']);
  if (types.includes('EnvelopedVerifiableCredential') && typeof credential['id'] === 'string') {
    const match = /^data:application\/vc\+jwt,(.+)$/.exec(credential['id']);
    if (match?.[1]) return verifyJwt(match[1], now);
  }
  if (!types.includes('VerifiableCredential')) return unreadable('format.not-credential', 'type must include VerifiableCredential');
  return verifyDataIntegrity(credential, now);
}

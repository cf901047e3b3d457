import { calculateJwkThumbprint } from 'jose';
import { DomainError, type AnyDb } from '../platform/index.js';
import { urls, type CredentialsEnv } from './env.js';
import { generateIssuerKeys, type SigningKey } from './signing/keys.js';
import { activeKeyRows, insertKeys, keyRow } from './store/issuers.js';

/*
 * The issuers' keys: generated and sealed here, unsealed on use and kept in memory for a minute (a
 * rotation on another server is seen within that time; older keys keep verifying regardless).
 */

const CACHE_MS = 60_000;
const cache = new Map<string, { keys: ActiveKeys; until: number }>();

/** The active key generation of an issuer. */
export interface ActiveKeys {
  readonly ed25519: SigningKey;
  readonly rs256: SigningKey;
}

/** Generates a key generation for the issuer and stores it sealed. */
export async function addKeyGeneration(env: CredentialsEnv, trx: AnyDb, issuerId: string): Promise<{ did: string }> {
  const generated = await generateIssuerKeys((id) => urls.key(env, id));
  await insertKeys(
    trx,
    await Promise.all(
      generated.map(async (k) => ({
        id: k.id,
        issuerId,
        algorithm: k.algorithm,
        controller: k.controller,
        verificationMethod: k.verificationMethod,
        publicKeyMultibase: k.publicKeyMultibase,
        publicJwk: k.publicJwk,
        thumbprint: await calculateJwkThumbprint(k.publicJwk),
        privateKeySealed: env.box.seal(k.secret, k.id),
      })),
    ),
  );
  cache.delete(issuerId);
  return { did: generated[0].controller };
}

type KeyRow = NonNullable<Awaited<ReturnType<typeof keyRow>>>;

function unseal(env: CredentialsEnv, row: KeyRow): SigningKey {
  return {
    id: row.id,
    algorithm: row.algorithm,
    controller: row.controller,
    verificationMethod: row.verification_method,
    publicJwk: row.public_jwk,
    secret: env.box.open(row.private_key_sealed, row.id),
  };
}

/** The issuer's active keys, unsealed. */
export async function activeKeys(env: CredentialsEnv, db: AnyDb, issuerId: string): Promise<ActiveKeys> {
  const cached = cache.get(issuerId);
  if (cached && cached.until > Date.now()) return cached.keys;
  const rows = await activeKeyRows(db, issuerId);
  const ed = rows.find((r) => r.algorithm === 'Ed25519');
  const rs = rows.find((r) => r.algorithm === 'RS256' && r.controller === ed?.controller);
  if (!ed || !rs) throw new DomainError('credentials.issuer-not-ready', 'The issuer has no active signing keys');
  const keys = { ed25519: unseal(env, ed), rs256: unseal(env, rs) };
  cache.set(issuerId, { keys, until: Date.now() + CACHE_MS });
  return keys;
}

/** One key by id, unsealed (status lists are signed by the generation that allocated them, even after rotation). */
export async function keyById(env: CredentialsEnv, db: AnyDb, keyId: string): Promise<SigningKey> {
  const row = await keyRow(db, keyId);
  if (!row) throw new Error(`unknown key ${keyId}`);
  return unseal(env, row);
}

/** Forgets cached keys of an issuer (after a rotation on this server). */
export function forgetKeys(issuerId: string): void {
  cache.delete(issuerId);
}

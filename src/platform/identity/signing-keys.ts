import { exportJWK, generateKeyPair, importJWK, type CryptoKey, type JWK } from 'jose';
import type { Kysely } from 'kysely';
import { randomToken, type SecretBox } from '../crypto/secrets.js';
import type { AnyDb } from '../db/database.js';
import type { PlatformTables } from '../db/tables.js';

/** The platform's active key for one purpose, plus every unretired public key for verification. */
export interface SigningKeys {
  readonly kid: string;
  readonly alg: string;
  readonly privateKey: CryptoKey;
  /** The private key as a JWK, for libraries that take keys in that form. */
  readonly privateJwk: JWK;
  readonly publicJwks: { keys: JWK[] };
}

/**
 * Loads the newest key for `purpose`, creating one when none exists. Several servers starting at
 * once may each create one; all stay valid and the newest signs.
 */
export async function loadSigningKeys(db: AnyDb, box: SecretBox, purpose: string, alg = 'ES256'): Promise<SigningKeys> {
  const t = db as Kysely<PlatformTables>;
  const rows = async () =>
    t
      .selectFrom('platform_keys')
      .selectAll()
      .where('purpose', '=', purpose)
      .where('retired_at', 'is', null)
      .orderBy('created_at', 'desc')
      .execute();
  let keys = await rows();
  if (keys.length === 0) {
    const { publicKey, privateKey } = await generateKeyPair(alg, { extractable: true });
    const kid = `${purpose}-${randomToken(9)}`;
    const publicJwk = { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' };
    const privateJwk = { ...(await exportJWK(privateKey)), kid, alg };
    await t
      .insertInto('platform_keys')
      .values({
        kid,
        purpose,
        alg,
        public_jwk: JSON.stringify(publicJwk),
        private_jwk_encrypted: box.seal(JSON.stringify(privateJwk), kid),
      })
      .execute();
    keys = await rows();
  }
  const active = keys[0];
  if (!active) throw new Error(`No signing key for ${purpose}`);
  const privateJwk = JSON.parse(box.open(active.private_jwk_encrypted, active.kid)) as JWK;
  return {
    kid: active.kid,
    alg: active.alg,
    privateKey: (await importJWK(privateJwk, active.alg)) as CryptoKey,
    privateJwk,
    publicJwks: { keys: keys.map((k) => k.public_jwk as unknown as JWK) },
  };
}

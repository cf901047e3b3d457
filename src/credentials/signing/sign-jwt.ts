import { importJWK, SignJWT, type CryptoKey, type JWK } from 'jose';
import { ed25519PrivateJwk, type SigningKey } from './keys.js';

/*
 * The VC-JWT form of Open Badges 3.0 (§8.2): the credential's members as JWT claims plus iss, jti,
 * sub, nbf and exp, signed with EdDSA (the Ed25519 key) or RS256. Light enough for the main thread.
 */

const jwtKeys = new Map<string, Promise<CryptoKey | Uint8Array>>();

function privateJwtKey(key: SigningKey): Promise<CryptoKey | Uint8Array> {
  let pending = jwtKeys.get(key.id);
  if (!pending) {
    if (key.algorithm === 'RS256') pending = importJWK(JSON.parse(key.secret) as JWK, 'RS256');
    else {
      pending = ed25519PrivateJwk(key).then((jwk) => importJWK(jwk, 'EdDSA'));
    }
    jwtKeys.set(key.id, pending);
  }
  return pending;
}

/** The registered JWT claims of a credential per Open Badges 3.0 §8.2. */
export function jwtClaimsOf(credential: Record<string, unknown>): Record<string, unknown> {
  const issuer = credential['issuer'];
  const issuerId = typeof issuer === 'string' ? issuer : (issuer as { id?: string } | undefined)?.id;
  const subject = credential['credentialSubject'] as { id?: unknown } | undefined;
  const seconds = (value: unknown) => (typeof value === 'string' ? Math.floor(Date.parse(value) / 1000) : undefined);
  const nbf = seconds(credential['validFrom']);
  const exp = seconds(credential['validUntil']);
  return {
    ...credential,
    ...(issuerId ? { iss: issuerId } : {}),
    ...(typeof credential['id'] === 'string' ? { jti: credential['id'] } : {}),
    ...(typeof subject?.id === 'string' ? { sub: subject.id } : {}),
    ...(nbf !== undefined && Number.isFinite(nbf) ? { nbf } : {}),
    ...(exp !== undefined && Number.isFinite(exp) ? { exp } : {}),
  };
}

/** Signs the credential as a VC-JWT (EdDSA with the Ed25519 key, or RS256 with the RSA key). */
export async function signJwt(credential: Record<string, unknown>, key: SigningKey): Promise<string> {
  const alg = key.algorithm === 'RS256' ? 'RS256' : 'EdDSA';
  const { kid: _kid, ...publicJwk } = key.publicJwk;
  return new SignJWT(jwtClaimsOf(credential))
    .setProtectedHeader({ alg, typ: 'JWT', kid: key.verificationMethod, ...(alg === 'RS256' ? { jwk: publicJwk } : {}) })
    .sign(await privateJwtKey(key));
}

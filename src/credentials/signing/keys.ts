import { generateKeyPairSync, randomBytes } from 'node:crypto';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import type { JWK } from 'jose';
import { didKeyOf } from './did-key.js';

/*
 * Issuer keys: Ed25519 (eddsa-rdfc-2022 proofs and VC-JWT with EdDSA) and RSA for RS256 VC-JWT. Private
 * parts leave this file only as text to be sealed by the platform's secret box.
 */

/** A freshly generated key, its private part as text to seal. */
export interface GeneratedKey {
  readonly id: string;
  readonly algorithm: 'Ed25519' | 'RS256';
  /** The issuer identifier this key signs for (the did:key of the Ed25519 key of the same generation). */
  readonly controller: string;
  readonly verificationMethod: string;
  readonly publicKeyMultibase: string | null;
  readonly publicJwk: JWK;
  readonly secret: string;
}

/** An unsealed key, ready to sign. */
export interface SigningKey {
  readonly id: string;
  readonly algorithm: 'Ed25519' | 'RS256';
  readonly controller: string;
  readonly verificationMethod: string;
  readonly publicJwk: JWK;
  /** Ed25519: `{publicKeyMultibase, secretKeyMultibase}` as JSON; RS256: the private JWK as JSON. */
  readonly secret: string;
}

function keyId(prefix: string): string {
  return `${prefix}-${randomBytes(9).toString('base64url')}`;
}

/**
 * One generation of issuer keys: an Ed25519 key whose did:key becomes the issuer identifier, and an
 * RS256 key published at `keyUrl(id)` for Open Badges JWT interoperability.
 */
export async function generateIssuerKeys(keyUrl: (id: string) => string): Promise<[GeneratedKey, GeneratedKey]> {
  const keyPair = await Ed25519Multikey.generate();
  const { did, verificationMethod } = didKeyOf(keyPair.publicKeyMultibase);
  const exported = await keyPair.export({ publicKey: true, secretKey: true });
  const edJwk = await Ed25519Multikey.toJwk({ keyPair });
  const ed: GeneratedKey = {
    id: keyId('ed25519'),
    algorithm: 'Ed25519',
    controller: did,
    verificationMethod,
    publicKeyMultibase: keyPair.publicKeyMultibase,
    publicJwk: { ...edJwk, kid: verificationMethod, alg: 'EdDSA' },
    secret: JSON.stringify({ publicKeyMultibase: exported['publicKeyMultibase'], secretKeyMultibase: exported['secretKeyMultibase'] }),
  };
  const rsaId = keyId('rs256');
  const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const rsaPublic = rsa.publicKey.export({ format: 'jwk' }) as JWK;
  const rsaPrivate = rsa.privateKey.export({ format: 'jwk' }) as JWK;
  const kid = keyUrl(rsaId);
  const rs: GeneratedKey = {
    id: rsaId,
    algorithm: 'RS256',
    controller: did,
    verificationMethod: kid,
    publicKeyMultibase: null,
    publicJwk: { ...rsaPublic, kid, alg: 'RS256', use: 'sig' },
    secret: JSON.stringify({ ...rsaPrivate, kid, alg: 'RS256' }),
  };
  return [ed, rs];
}

/** The private JWK of an unsealed Ed25519 key (`d` as the 32-byte seed a JWK holds). */
export async function ed25519PrivateJwk(key: SigningKey): Promise<JWK> {
  const secret = JSON.parse(key.secret) as { publicKeyMultibase: string; secretKeyMultibase: string };
  const keyPair = await Ed25519Multikey.from({
    type: 'Multikey',
    id: key.verificationMethod,
    controller: key.controller,
    publicKeyMultibase: secret.publicKeyMultibase,
    secretKeyMultibase: secret.secretKeyMultibase,
  });
  const jwk = (await Ed25519Multikey.toJwk({ keyPair, secretKey: true })) as JWK;
  // The library keeps the 64-byte form (seed and public key); a JWK holds the 32-byte seed.
  const d = Buffer.from(jwk.d ?? '', 'base64url')
    .subarray(0, 32)
    .toString('base64url');
  return { ...jwk, d };
}

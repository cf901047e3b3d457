import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';

/*
 * did:key for Ed25519 keys (ADR 0021): the identifier is the public key, so a verifier resolves it
 * offline, forever. `did:key:z6Mk…` → a DID document with one Multikey verification method.
 */

const DID_V1 = 'https://www.w3.org/ns/did/v1';
const MULTIKEY_V1 = 'https://w3id.org/security/multikey/v1';
const ED25519_MULTIBASE = /^z6Mk[1-9A-HJ-NP-Za-km-z]{44}$/;

/** True for a did:key URL (with or without fragment) of an Ed25519 key. */
export function isDidKeyUrl(url: string): boolean {
  return ED25519_MULTIBASE.test(url.replace(/^did:key:/, '').split('#')[0] ?? '') && url.startsWith('did:key:');
}

/** The did:key identifier and verification method id of an Ed25519 public key. */
export function didKeyOf(publicKeyMultibase: string): { did: string; verificationMethod: string } {
  const did = `did:key:${publicKeyMultibase}`;
  return { did, verificationMethod: `${did}#${publicKeyMultibase}` };
}

/** The public key (multibase) named by a did:key URL, or undefined. */
export function publicKeyOfDidKey(url: string): string | undefined {
  if (!isDidKeyUrl(url)) return undefined;
  const [did, fragment] = url.split('#');
  const key = did?.slice('did:key:'.length);
  if (!key || (fragment !== undefined && fragment !== key)) return undefined;
  return key;
}

/** The DID document (or, for a URL with a fragment, the verification method) of a did:key URL. */
export async function didKeyDocument(url: string): Promise<Record<string, unknown> | undefined> {
  const key = publicKeyOfDidKey(url);
  if (!key) return undefined;
  // Decoding proves the multibase value is a well-formed Ed25519 public key.
  await Ed25519Multikey.from({ type: 'Multikey', publicKeyMultibase: key, id: `did:key:${key}#${key}`, controller: `did:key:${key}` });
  const { did, verificationMethod } = didKeyOf(key);
  const method = { id: verificationMethod, type: 'Multikey', controller: did, publicKeyMultibase: key };
  if (url.includes('#')) return { '@context': MULTIKEY_V1, ...method };
  return {
    '@context': [DID_V1, MULTIKEY_V1],
    id: did,
    verificationMethod: [method],
    authentication: [verificationMethod],
    assertionMethod: [verificationMethod],
    capabilityDelegation: [verificationMethod],
    capabilityInvocation: [verificationMethod],
  };
}

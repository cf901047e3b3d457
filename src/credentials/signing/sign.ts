import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as vc from '@digitalbazaar/vc';
import { shareActiveContexts } from './active-contexts.js';
import { staticDocumentLoader } from './document-loader.js';
import type { SigningKey } from './keys.js';

shareActiveContexts();

/*
 * Signing with an embedded eddsa-rdfc-2022 Data Integrity proof (Digital Bazaar's libraries). Runs
 * on the worker threads; the main thread never loads the JSON-LD stack (see sign-jwt.ts for VC-JWT).
 */

const keyPairs = new Map<string, Promise<Ed25519Multikey.Ed25519KeyPair>>();

function ed25519KeyPair(key: SigningKey): Promise<Ed25519Multikey.Ed25519KeyPair> {
  let pending = keyPairs.get(key.id);
  if (!pending) {
    const secret = JSON.parse(key.secret) as { publicKeyMultibase: string; secretKeyMultibase: string };
    pending = Ed25519Multikey.from({
      type: 'Multikey',
      id: key.verificationMethod,
      controller: key.controller,
      publicKeyMultibase: secret.publicKeyMultibase,
      secretKeyMultibase: secret.secretKeyMultibase,
    });
    keyPairs.set(key.id, pending);
  }
  return pending;
}

/** Adds an eddsa-rdfc-2022 proof to a credential (which must name the key's controller as issuer). */
export async function signDataIntegrity(credential: object, key: SigningKey, created?: Date): Promise<Record<string, unknown>> {
  if (key.algorithm !== 'Ed25519') throw new Error('eddsa-rdfc-2022 needs an Ed25519 key');
  const keyPair = await ed25519KeyPair(key);
  const suite = new DataIntegrityProof({ signer: keyPair.signer(), cryptosuite, ...(created ? { date: created } : {}) });
  return vc.issue({ credential: structuredClone(credential), suite, documentLoader: staticDocumentLoader });
}

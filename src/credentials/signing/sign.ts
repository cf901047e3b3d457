import { createPrivateKey, sign as cryptoSign } from 'node:crypto';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as vc from '@digitalbazaar/vc';
import { shareActiveContexts } from './active-contexts.js';
import { staticDocumentLoader } from './document-loader.js';
import { ed25519PrivateJwk, type SigningKey } from './keys.js';

shareActiveContexts();

/*
 * Signing with an embedded eddsa-rdfc-2022 Data Integrity proof (Digital Bazaar's libraries). Runs
 * on the worker threads; the main thread never loads the JSON-LD stack (see sign-jwt.ts for VC-JWT).
 */

/** What the Data Integrity suite signs with. */
interface Signer {
  readonly algorithm: 'Ed25519';
  readonly id: string;
  sign(input: { data: Uint8Array }): Promise<Uint8Array>;
}

const signers = new Map<string, Promise<Signer>>();

/**
 * A signer holding the imported private key. The library's own signer imports the key again for
 * every signature; Ed25519 signatures are deterministic, so signing with the key imported once gives
 * the very same bytes.
 */
function ed25519Signer(key: SigningKey): Promise<Signer> {
  let pending = signers.get(key.id);
  if (!pending) {
    pending = (async () => {
      const jwk = await ed25519PrivateJwk(key);
      const privateKey = createPrivateKey({ key: { kty: 'OKP', crv: 'Ed25519', x: jwk.x, d: jwk.d }, format: 'jwk' });
      return {
        algorithm: 'Ed25519' as const,
        id: key.verificationMethod,
        sign: ({ data }: { data: Uint8Array }) => Promise.resolve(cryptoSign(null, data, privateKey)),
      };
    })();
    signers.set(key.id, pending);
  }
  return pending;
}

/** Adds an eddsa-rdfc-2022 proof to a credential (which must name the key's controller as issuer). */
export async function signDataIntegrity(credential: object, key: SigningKey, created?: Date): Promise<Record<string, unknown>> {
  if (key.algorithm !== 'Ed25519') throw new Error('eddsa-rdfc-2022 needs an Ed25519 key');
  const signer = await ed25519Signer(key);
  const suite = new DataIntegrityProof({ signer, cryptosuite, ...(created ? { date: created } : {}) });
  return vc.issue({ credential: structuredClone(credential), suite, documentLoader: staticDocumentLoader });
}

import { parentPort, workerData } from 'node:worker_threads';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as vc from '@digitalbazaar/vc';
import { staticDocumentLoader } from '../../../src/credentials/signing/document-loader.js';

/*
 * Signing on its own, one thread signing the same credential in a loop as fast as it can for a fixed
 * time (after a warm-up), counting signatures. `platform: false`: the library exactly as installed —
 * vc.issue with an eddsa-rdfc-2022 suite, the library's own signer and the static document loader.
 * `platform: true`: the platform's signing function as the server's workers run it (ADR 0027: shared
 * active contexts, the key imported once), without HTTP, database or audit. The platform's module is
 * loaded only then, so that it changes nothing in the library's run.
 */
const { credential, seconds, warmupSeconds, platform } = workerData as {
  credential: Record<string, unknown>;
  seconds: number;
  warmupSeconds: number;
  platform: boolean;
};
const keyPair = await Ed25519Multikey.generate();
const did = `did:key:${keyPair.publicKeyMultibase}`;
keyPair.id = `${did}#${keyPair.publicKeyMultibase}`;
keyPair.controller = did;
const unsigned = () => ({ ...structuredClone(credential), issuer: { ...(credential['issuer'] as object), id: did } });
let sign: () => Promise<unknown>;
if (platform) {
  const { signDataIntegrity } = await import('../../../src/credentials/signing/sign.js');
  const exported = await keyPair.export({ publicKey: true, secretKey: true });
  const key = {
    id: 'bench',
    algorithm: 'Ed25519' as const,
    controller: did,
    verificationMethod: keyPair.id,
    publicJwk: {},
    secret: JSON.stringify({ publicKeyMultibase: exported['publicKeyMultibase'], secretKeyMultibase: exported['secretKeyMultibase'] }),
  };
  sign = () => signDataIntegrity(unsigned(), key);
} else {
  const suite = new DataIntegrityProof({ signer: keyPair.signer(), cryptosuite });
  sign = () => vc.issue({ credential: unsigned(), suite, documentLoader: staticDocumentLoader });
}
const warmEnd = performance.now() + warmupSeconds * 1000;
while (performance.now() < warmEnd) await sign();
let count = 0;
const start = performance.now();
const end = start + seconds * 1000;
while (performance.now() < end) {
  await sign();
  count += 1;
}
parentPort?.postMessage({ count, seconds: (performance.now() - start) / 1000 });

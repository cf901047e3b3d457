import { parentPort, workerData } from 'node:worker_threads';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as vc from '@digitalbazaar/vc';
import { shareActiveContexts } from '../../../src/credentials/signing/active-contexts.js';
import { staticDocumentLoader } from '../../../src/credentials/signing/document-loader.js';

/*
 * The signing library on its own: one thread signing the same credential with vc.issue and an
 * eddsa-rdfc-2022 suite (the library's own signer) as fast as it can for a fixed time (after a
 * warm-up), counting signatures. `shareContexts` applies the platform's one change to jsonld
 * (ADR 0027); without it this is the library exactly as installed.
 */
const { credential, seconds, warmupSeconds, shareContexts } = workerData as {
  credential: Record<string, unknown>;
  seconds: number;
  warmupSeconds: number;
  shareContexts: boolean;
};
if (shareContexts && !shareActiveContexts()) throw new Error('jsonld is not the release the shared active contexts were checked against');
const keyPair = await Ed25519Multikey.generate();
const did = `did:key:${keyPair.publicKeyMultibase}`;
keyPair.id = `${did}#${keyPair.publicKeyMultibase}`;
keyPair.controller = did;
const suite = new DataIntegrityProof({ signer: keyPair.signer(), cryptosuite });
const sign = () =>
  vc.issue({
    credential: { ...structuredClone(credential), issuer: { ...(credential['issuer'] as object), id: did } },
    suite,
    documentLoader: staticDocumentLoader,
  });
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

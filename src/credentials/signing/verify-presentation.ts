import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import jsigs from 'jsonld-signatures';
import { outOfBounds } from './bounds.js';
import { shareActiveContexts } from './active-contexts.js';
import { staticDocumentLoader } from './document-loader.js';

shareActiveContexts();

/** The outcome of checking a presentation's own proof (its credentials are checked one by one elsewhere). */
export interface PresentationOutcome {
  readonly verified: boolean;
  readonly errors: string[];
}

function messages(error: unknown): string[] {
  if (!error) return [];
  if (error instanceof Error) {
    const nested = (error as { errors?: unknown[] }).errors;
    return nested && nested.length > 0 ? nested.flatMap(messages) : [error.message];
  }
  return [typeof error === 'string' ? error : JSON.stringify(error)];
}

/** Verifies a presentation's eddsa-rdfc-2022 proof with challenge and domain (an unsigned presentation needs no proof). */
export async function verifyPresentationProof(
  presentation: unknown,
  options: { challenge?: string | undefined; domain?: string | undefined },
): Promise<PresentationOutcome> {
  if (!presentation || typeof presentation !== 'object' || Array.isArray(presentation)) {
    return { verified: false, errors: ['a presentation is a JSON object'] };
  }
  const bounds = outOfBounds(presentation);
  if (bounds) return { verified: false, errors: [bounds] };
  const vp = presentation as Record<string, unknown>;
  const types = Array.isArray(vp['type']) ? vp['type'] : [vp['type']];
  if (!types.includes('VerifiablePresentation')) return { verified: false, errors: ['type must include VerifiablePresentation'] };
  const contexts = Array.isArray(vp['@context']) ? vp['@context'] : [vp['@context']];
  if (contexts[0] !== 'https://www.w3.org/ns/credentials/v2')
    return { verified: false, errors: ['the first @context must be the VC 2.0 context'] };
  if (vp['proof'] === undefined) return { verified: true, errors: [] };
  if (!options.challenge) return { verified: false, errors: ['a signed presentation is verified with options.challenge'] };
  // The proof covers the whole presentation; its credentials are verified one by one elsewhere (with status).
  try {
    const purpose = new jsigs.purposes.AuthenticationProofPurpose({
      challenge: options.challenge,
      ...(options.domain ? { domain: options.domain } : {}),
    });
    const result = await jsigs.verify(vp, {
      suite: new DataIntegrityProof({ cryptosuite }),
      purpose,
      documentLoader: staticDocumentLoader,
    });
    return { verified: result.verified, errors: result.verified ? [] : messages(result.error).slice(0, 5) };
  } catch (error) {
    return { verified: false, errors: messages(error).slice(0, 5) };
  }
}

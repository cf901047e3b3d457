import type { ItemKind, Provenance } from './items.js';

/*
 * The download a recipient of a share gets. Signed credentials travel unchanged inside a W3C
 * Verifiable Presentation (JSON-LD credentials as they are, VC-JWTs enveloped), so that anyone can
 * verify them elsewhere. The presentation carries no holder proof: the share link is the learner's
 * consent; the signatures that matter are the issuers'. Items without a signature come along as
 * plain data with their provenance, clearly outside `verifiableCredential`.
 */

/** One shared item as the API shows it. */
export interface PresentedItem {
  readonly id: string;
  readonly kind: ItemKind;
  readonly title: string;
  readonly description: string | null;
  readonly details: Record<string, unknown>;
  readonly provenance: {
    readonly kind: Provenance;
    readonly institution: { code: string; name: string } | null;
    readonly verification: unknown;
  };
  readonly datedAt: string;
}

export function buildPresentation(input: {
  readonly ownerName: string;
  readonly shareUrl: string;
  readonly items: ReadonlyArray<{ item: PresentedItem; credential: Record<string, unknown> | null; jwt: string | null }>;
  readonly format: 'vp' | 'json';
}): Record<string, unknown> {
  const plain = input.items.map(({ item }) => ({
    id: item.id,
    kind: item.kind,
    title: item.title,
    description: item.description,
    details: item.details,
    provenance: item.provenance,
    datedAt: item.datedAt,
  }));
  if (input.format === 'json') return { learner: input.ownerName, items: plain };
  const credentials = input.items.flatMap(({ item, credential, jwt }) => {
    if (item.provenance.kind !== 'signed') return [];
    if (jwt)
      return [
        {
          '@context': ['https://www.w3.org/ns/credentials/v2'],
          type: 'EnvelopedVerifiableCredential',
          id: `data:application/vc+jwt,${jwt}`,
        },
      ];
    return credential ? [credential] : [];
  });
  return {
    '@context': ['https://www.w3.org/ns/credentials/v2'],
    type: ['VerifiablePresentation'],
    verifiableCredential: credentials,
    // Outside the VC data model on purpose: learner-declared and institution-attested items, unsigned.
    dossierItems: plain.filter((p) => p.provenance.kind !== 'signed'),
    learner: input.ownerName,
  };
}

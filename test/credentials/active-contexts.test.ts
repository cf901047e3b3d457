import { Worker } from 'node:worker_threads';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import { buildOpenBadgeCredential, type AchievementView } from '../../src/credentials/domain/credential.js';
import { shareActiveContexts } from '../../src/credentials/signing/active-contexts.js';
import { staticDocumentLoader } from '../../src/credentials/signing/document-loader.js';
import { statusListCredential } from '../../src/credentials/signing/status-list.js';
import { issuerProfile } from './fixtures.js';

/*
 * Shared active contexts (ADR 0027) must not change a single quad: every document is canonicalised
 * here with the patched jsonld and in a worker thread with jsonld as installed, and the N-Quads (or
 * the errors) must be identical.
 */

type Outcome = { nquads?: string; error?: string };

function unpatched(documents: unknown[]): Promise<Outcome[]> {
  const url = new URL('./canonize-worker.ts', import.meta.url).href;
  const bootstrap = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(url)}); })`;
  return new Promise((resolve, reject) => {
    const worker = new Worker(bootstrap, { eval: true, workerData: { documents } });
    worker.once('message', (results: Outcome[]) => {
      resolve(results);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

async function patched(documents: unknown[]): Promise<Outcome[]> {
  const results: Outcome[] = [];
  for (const document of documents) {
    try {
      results.push({ nquads: await cryptosuite.canonize(document, { documentLoader: staticDocumentLoader, base: null, safe: true }) });
    } catch (error) {
      results.push({ error: error instanceof Error ? error.message : String(error) });
    }
  }
  return results;
}

const did = 'did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK';

const achievement: AchievementView = {
  id: 'https://doorpakken.example/credentials/achievements/1',
  name: 'Veilig werken met gevaarlijke stoffen',
  description: 'De deelnemer werkt veilig met gevaarlijke stoffen.',
  criteria: 'Praktijkopdracht',
  criteriaUrl: 'https://doorpakken.example/criteria/1',
  imageUrl: 'https://doorpakken.example/credentials/achievements/1/image',
  achievementType: 'MicroCredential',
  sbu: 28,
  eqfLevel: 4,
  nlqfLevel: '4',
  learningOutcomes: ['Herkent gevarensymbolen', 'Slaat stoffen veilig op'],
  assessmentType: 'practical-assessment',
  participation: 'blended',
  qualityAssurance: 'Examencommissie',
  alignments: [
    { kind: 'qualification', code: '27141', name: 'Apothekersassistent', url: 'https://doorpakken.example/kwalificaties/27141' },
    { kind: 'catalog-unit', code: 'K0123', crebo: '27141', name: 'Keuzedeel', url: 'https://doorpakken.example/units/K0123' },
  ],
  tags: ['veiligheid', 'zorg'],
};

function badge(name: string, index: number): Record<string, unknown> {
  return buildOpenBadgeCredential({
    id: `urn:uuid:00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
    issuer: issuerProfile(did, {
      email: 'info@amstelkade.example',
      imageUrl: 'https://doorpakken.example/issuer.png',
      description: 'Een mbo-instelling',
    }),
    achievement,
    identifiers: [
      { type: 'IdentityObject', identityType: 'name', hashed: false, identityHash: name },
      { type: 'IdentityObject', identityType: 'emailAddress', hashed: true, identityHash: 'sha256$00ff', salt: 'abc' },
    ],
    validFrom: new Date('2026-01-01T00:00:00Z'),
    validUntil: new Date('2031-01-01T00:00:00Z'),
    status: { listBaseUrl: 'https://doorpakken.example/credentials/status/x', index },
  });
}

const signedProof = {
  type: 'DataIntegrityProof',
  cryptosuite: 'eddsa-rdfc-2022',
  created: '2026-01-01T00:00:00Z',
  verificationMethod: `${did}#z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK`,
  proofPurpose: 'assertionMethod',
  proofValue: 'z3FXQjecWufY46yg5abdVZsXqLhxhueuSoZgNSARiKBk9czhSePTFehP8c3PGfb6a22gkfUKTRVgKrbWtvQLqWPTm',
};

const fixed: Array<[string, unknown]> = [
  ['an OpenBadgeCredential as the platform issues it', badge('Sanne de Vries', 7)],
  ['the same with a proof', { ...badge('Sanne de Vries', 7), proof: signedProof }],
  [
    'a VC 2.0 example credential',
    {
      '@context': ['https://www.w3.org/ns/credentials/v2', 'https://www.w3.org/ns/credentials/examples/v2'],
      type: ['VerifiableCredential', 'ExampleAlumniCredential'],
      issuer: { id: did, name: 'ROC Amstelkade' },
      validFrom: '2026-01-01T00:00:00Z',
      credentialSubject: { id: 'did:example:1', alumniOf: { name: 'ROC Amstelkade' } },
    },
  ],
  [
    'a status list credential',
    statusListCredential({
      url: 'https://doorpakken.example/credentials/status/x/revocation',
      issuer: did,
      purpose: 'revocation',
      encodedList: 'uH4sIAAAAAAAAA-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA',
      validFrom: '2026-01-01T00:00:00Z',
    }),
  ],
  [
    'a VC 1.1 credential',
    {
      '@context': ['https://www.w3.org/2018/credentials/v1'],
      type: ['VerifiableCredential'],
      issuer: did,
      issuanceDate: '2026-01-01T00:00:00Z',
      credentialSubject: { id: 'did:example:1' },
    },
  ],
  [
    'a presentation holding a badge',
    {
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      type: ['VerifiablePresentation'],
      holder: 'did:example:holder',
      verifiableCredential: [{ ...badge('Jan Jansen', 9), proof: signedProof }],
    },
  ],
  [
    'inline type-scoped, property-scoped and non-propagating contexts',
    {
      '@context': [
        'https://www.w3.org/ns/credentials/v2',
        {
          '@vocab': 'https://ex.example/vocab#',
          Outer: { '@id': 'https://ex.example/Outer', '@context': { inner: { '@id': 'https://ex.example/inner', '@type': '@id' } } },
          Quiet: { '@id': 'https://ex.example/Quiet', '@context': { '@propagate': true, deep: 'https://ex.example/deep' } },
          scoped: { '@id': 'https://ex.example/scoped', '@context': { leaf: 'https://ex.example/leaf' } },
        },
      ],
      type: ['VerifiableCredential'],
      issuer: did,
      validFrom: '2026-01-01T00:00:00Z',
      credentialSubject: {
        type: 'Outer',
        inner: 'https://ex.example/target',
        nested: { type: 'Quiet', child: { deep: 'x', inner: 'not an IRI here' } },
        scoped: { leaf: 'y', again: { leaf: 'z' } },
      },
    },
  ],
  [
    'a redefined protected term',
    {
      '@context': ['https://www.w3.org/ns/credentials/v2', { VerifiableCredential: 'https://ex.example/vc' }],
      type: ['VerifiableCredential'],
      issuer: did,
      credentialSubject: { id: 'did:example:1' },
    },
  ],
  [
    'an undefined term (safe mode)',
    { ...badge('Piet', 3), credentialSubject: { ...(badge('Piet', 3)['credentialSubject'] as object), notATerm: 'x' } },
  ],
];

describe('shared active contexts', () => {
  it('are in use with the installed jsonld', () => {
    expect(shareActiveContexts()).toBe(true);
  });

  it('canonicalise every document exactly as jsonld as installed does', async () => {
    expect(shareActiveContexts()).toBe(true);
    const documents = fixed.map(([, d]) => d);
    const [mine, theirs] = await Promise.all([patched(documents), unpatched(documents)]);
    fixed.forEach(([name], i) => expect({ name, ...mine[i] }).toEqual({ name, ...theirs[i] }));
    // The fixtures exercise both outcomes.
    expect(mine.filter((r) => r.error)).toHaveLength(2);
    expect(mine.filter((r) => r.nquads)).toHaveLength(fixed.length - 2);
  });

  it('canonicalise generated badges exactly as jsonld as installed does', async () => {
    const text = fc.string({ minLength: 1, maxLength: 12 });
    const documents = fc.sample(
      fc.record({ name: text, index: fc.nat(131_071), extra: fc.option(text), endorsed: fc.boolean() }).map((r) => {
        const credential = badge(r.name, r.index);
        const subject = credential['credentialSubject'] as Record<string, unknown>;
        if (r.extra) subject['achievement'] = { ...(subject['achievement'] as object), tag: [r.extra], 'https://ex.example/x': r.extra };
        if (r.endorsed)
          credential['endorsement'] = [{ ...badge(r.name, r.index + 1), type: ['VerifiableCredential', 'EndorsementCredential'] }];
        return credential;
      }),
      { numRuns: 40, seed: 4 },
    );
    const [mine, theirs] = await Promise.all([patched(documents), unpatched(documents)]);
    expect(mine).toEqual(theirs);
    expect(mine.filter((r) => r.nquads).length).toBeGreaterThan(0);
  });
});

import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as vc from '@digitalbazaar/vc';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildOpenBadgeCredential, type AchievementView } from '../../src/credentials/domain/credential.js';
import { verdictOf } from '../../src/credentials/domain/verification.js';
import { didKeyDocument } from '../../src/credentials/signing/did-key.js';
import { staticDocumentLoader } from '../../src/credentials/signing/document-loader.js';
import { generateIssuerKeys, type GeneratedKey } from '../../src/credentials/signing/keys.js';
import { signDataIntegrity } from '../../src/credentials/signing/sign.js';
import { signJwt } from '../../src/credentials/signing/sign-jwt.js';
import { decodeStatusList, encodeStatusList, statusBit, STATUS_LIST_SIZE } from '../../src/credentials/signing/status-list.js';
import { verifyProofs } from '../../src/credentials/signing/verify-proof.js';
import { issuerProfile } from './fixtures.js';

const achievement: AchievementView = {
  id: 'https://doorpakken.example/credentials/achievements/1',
  name: 'Veilig werken met gevaarlijke stoffen',
  description: 'De deelnemer werkt veilig met gevaarlijke stoffen in de apotheek.',
  criteria: 'Praktijkopdracht met beoordeling door twee assessoren.',
  criteriaUrl: null,
  imageUrl: null,
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
  ],
  tags: ['veiligheid'],
};

let ed: GeneratedKey;
let rs: GeneratedKey;
let other: GeneratedKey;

function credentialFor(key: GeneratedKey, overrides: Record<string, unknown> = {}) {
  return {
    ...buildOpenBadgeCredential({
      id: `urn:uuid:${crypto.randomUUID()}`,
      issuer: issuerProfile(key.controller),
      achievement,
      identifiers: [{ type: 'IdentityObject', identityType: 'name', hashed: false, identityHash: 'Sanne de Vries' }],
      validFrom: new Date(Date.now() - 60_000),
      status: { listBaseUrl: 'https://doorpakken.example/credentials/status/x', index: 7 },
    }),
    ...overrides,
  };
}

const codes = (outcome: Awaited<ReturnType<typeof verifyProofs>>) => outcome.checks.map((c) => `${c.name}:${c.outcome}:${c.code}`);

beforeAll(async () => {
  [ed, rs] = await generateIssuerKeys((id) => `https://doorpakken.example/credentials/keys/${id}`);
  [other] = await generateIssuerKeys((id) => `https://doorpakken.example/credentials/keys/${id}`);
});

describe('signing and verifying an Open Badge', () => {
  it('signs with an eddsa-rdfc-2022 proof that verifies offline', async () => {
    const signed = await signDataIntegrity(credentialFor(ed), ed);
    expect(signed['proof']).toMatchObject({
      type: 'DataIntegrityProof',
      cryptosuite: 'eddsa-rdfc-2022',
      proofPurpose: 'assertionMethod',
      verificationMethod: ed.verificationMethod,
    });
    const outcome = await verifyProofs(signed, new Date());
    expect(verdictOf(outcome.checks)).toBe('valid');
    expect(outcome.key).toEqual({ kind: 'did:key', did: ed.controller });
  });

  it('signs exactly as the library with its own signer does', async () => {
    const created = new Date('2026-01-01T00:00:00Z');
    const credential = credentialFor(ed);
    const secret = JSON.parse(ed.secret) as { publicKeyMultibase: string; secretKeyMultibase: string };
    const keyPair = await Ed25519Multikey.from({
      type: 'Multikey',
      id: ed.verificationMethod,
      controller: ed.controller,
      publicKeyMultibase: secret.publicKeyMultibase,
      secretKeyMultibase: secret.secretKeyMultibase,
    });
    const theirs = await vc.issue({
      credential: structuredClone(credential),
      suite: new DataIntegrityProof({ signer: keyPair.signer(), cryptosuite, date: created }),
      documentLoader: staticDocumentLoader,
    });
    expect(await signDataIntegrity(credential, ed, created)).toEqual(theirs);
  });

  it('reports a tampered credential as an invalid signature', async () => {
    const signed = await signDataIntegrity(credentialFor(ed), ed);
    const outcome = await verifyProofs({ ...signed, name: 'Iets anders' }, new Date());
    expect(codes(outcome)).toContain('signature:failed:signature.invalid');
    expect(verdictOf(outcome.checks)).toBe('invalid');
  });

  it('refuses a proof made with a key that is not the issuer’s', async () => {
    const forged = await signDataIntegrity(credentialFor(ed), other);
    const outcome = await verifyProofs(forged, new Date());
    expect(codes(outcome)).toContain('issuer-key:failed:issuer-key.not-issuer');
    expect(verdictOf(outcome.checks)).toBe('unknown-issuer');
  });

  it('tells an expired credential from a credential that is not valid yet', async () => {
    const expired = await signDataIntegrity(
      credentialFor(ed, { validFrom: '2020-01-01T00:00:00Z', validUntil: '2021-01-01T00:00:00Z' }),
      ed,
    );
    const future = await signDataIntegrity(credentialFor(ed, { validFrom: '2099-01-01T00:00:00Z' }), ed);
    expect(verdictOf((await verifyProofs(expired, new Date())).checks)).toBe('expired');
    expect(verdictOf((await verifyProofs(future, new Date())).checks)).toBe('not-yet-valid');
    expect(codes(await verifyProofs(expired, new Date()))).toContain('signature:passed:signature.ok');
  });

  it('never fetches an unknown context and says so', async () => {
    const signed = await signDataIntegrity(credentialFor(ed), ed);
    const outcome = await verifyProofs(
      { ...signed, '@context': [...(signed['@context'] as string[]), 'https://evil.example/context.json'] },
      new Date(),
    );
    expect(codes(outcome)).toContain('format:failed:format.unknown-context');
    await expect(staticDocumentLoader('https://evil.example/context.json')).rejects.toThrow(/never fetched/);
  });

  it('refuses oversized and deeply nested documents before any JSON-LD work', async () => {
    let deep: Record<string, unknown> = { leaf: true };
    for (let i = 0; i < 100; i += 1) deep = { next: deep };
    const wide = { type: ['VerifiableCredential'], items: Array.from({ length: 30_000 }, (_, i) => i) };
    expect(codes(await verifyProofs({ type: ['VerifiableCredential'], deep }, new Date()))).toEqual(['format:failed:format.too-large']);
    expect(codes(await verifyProofs(wide, new Date()))).toEqual(['format:failed:format.too-large']);
  });

  it('bounds the work of a canonicalisation bomb and gives a verdict', async () => {
    const nodes = Array.from({ length: 12 }, (_, i) => `_:b${i}`);
    const bomb = {
      ...credentialFor(ed),
      credentialSubject: {
        type: ['AchievementSubject'],
        achievement: credentialFor(ed).credentialSubject['achievement'],
        'https://example.org/linked': nodes.map((id) => ({
          id,
          'https://example.org/linked': nodes.filter((n) => n !== id).map((n) => ({ id: n })),
        })),
      },
      proof: {
        type: 'DataIntegrityProof',
        cryptosuite: 'eddsa-rdfc-2022',
        proofPurpose: 'assertionMethod',
        verificationMethod: ed.verificationMethod,
        created: '2026-01-01T00:00:00Z',
        proofValue: 'z5Qm',
      },
    };
    const outcome = await verifyProofs(bomb, new Date());
    expect(codes(outcome)).toContain('format:failed:format.too-complex');
    expect(verdictOf(outcome.checks)).toBe('unreadable');
  });

  it('signs and verifies the VC-JWT form with EdDSA and with RS256', async () => {
    const credential = credentialFor(ed);
    const eddsa = await signJwt(credential, ed);
    const rsa = await signJwt(credential, rs);
    const eddsaOutcome = await verifyProofs(eddsa, new Date());
    expect(eddsaOutcome.format).toBe('vc-jwt');
    expect(verdictOf(eddsaOutcome.checks)).toBe('valid');
    const payload = JSON.parse(Buffer.from(eddsa.split('.')[1] ?? '', 'base64url').toString()) as Record<string, unknown>;
    expect(payload).toMatchObject({ iss: ed.controller, jti: credential.id, nbf: expect.any(Number) });
    const rsaOutcome = await verifyProofs(rsa, new Date());
    expect(codes(rsaOutcome)).toContain('signature:passed:signature.ok');
    expect(rsaOutcome.key).toMatchObject({ kind: 'jwk' });
    const [h, p, s] = eddsa.split('.');
    const tampered = `${h}.${Buffer.from(JSON.stringify({ ...payload, name: 'x' })).toString('base64url')}.${s}`;
    expect(verdictOf((await verifyProofs(tampered, new Date())).checks)).toBe('invalid');
    expect(p).toBeDefined();
  });

  it('resolves did:key identifiers without any network', async () => {
    const doc = await didKeyDocument(ed.controller);
    expect(doc).toMatchObject({ id: ed.controller, assertionMethod: [ed.verificationMethod] });
    expect(await didKeyDocument('did:key:z6MkNOTAKEY')).toBeUndefined();
  });
});

describe('bitstring status lists', () => {
  it('round-trips any set of indices', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: STATUS_LIST_SIZE - 1 }), { maxLength: 50 }), (indices) => {
        const bits = decodeStatusList(encodeStatusList(indices));
        expect(bits.length).toBe(STATUS_LIST_SIZE / 8);
        for (const i of indices) expect(statusBit(bits, i)).toBe(true);
        const unset = (indices[0] ?? 0) + 1;
        if (!indices.includes(unset) && unset < STATUS_LIST_SIZE) expect(statusBit(bits, unset)).toBe(false);
      }),
      { numRuns: 30 },
    );
  });

  it('puts index 0 in the left-most bit, as the specification says', () => {
    const bits = decodeStatusList(encodeStatusList([0, 9]));
    expect(bits[0]).toBe(0x80);
    expect(bits[1]).toBe(0x40);
  });
});

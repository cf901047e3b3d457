import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachBackend } from '../support/backends.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { issuingInstitutionId } from './fixtures.js';

describeEachBackend('the W3C VC-API', (backend) => {
  let t: TestApp;
  let bearer: Record<string, string>;
  let did: string;
  beforeAll(async () => {
    t = await createTestApp(backend, { seed: true });
    const institutionId = await issuingInstitutionId(t);
    bearer = await t.bearer(institutionId, ['credentials:issue']);
    const [key] = (await t.database.rawQuery(
      `select k.controller from credential_issuer_keys k join credential_issuers i on i.id = k.issuer_id where i.institution_id = $1 and k.retired_at is null and k.algorithm = 'Ed25519'`,
      [institutionId],
    )) as Array<{ controller: string }>;
    did = key?.controller ?? '';
  });
  afterAll(async () => t.close());

  const credential = (overrides: Record<string, unknown> = {}) => ({
    '@context': ['https://www.w3.org/ns/credentials/v2', 'https://www.w3.org/ns/credentials/examples/v2'],
    id: 'urn:uuid:4a5c8f2e-1111-4b7e-9c2a-0f0f0f0f0f0f',
    type: ['VerifiableCredential', 'ExampleAlumniCredential'],
    issuer: did,
    validFrom: '2024-01-01T00:00:00Z',
    credentialSubject: { id: 'did:example:ebfeb1f712ebc6f1c276e12ec21', alumniOf: { name: 'Voorbeeldcollege' } },
    ...overrides,
  });
  const issue = (body: unknown, headers = bearer) =>
    t.app.inject({ method: 'POST', url: '/credentials/issue', headers, payload: body as object });
  const verify = (vc: unknown) => t.app.inject({ method: 'POST', url: '/credentials/verify', payload: { verifiableCredential: vc } });

  it('issues with an eddsa-rdfc-2022 proof (201) and verifies the result (200)', async () => {
    const response = await issue({ credential: credential(), options: {} });
    expect(response.statusCode, response.body).toBe(201);
    const { verifiableCredential } = response.json<{ verifiableCredential: Record<string, unknown> }>();
    expect(verifiableCredential['proof']).toMatchObject({ type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022' });
    const verified = await verify(verifiableCredential);
    expect(verified.statusCode, verified.body).toBe(200);
    expect(verified.json()).toMatchObject({ verified: true, errors: [] });
    const tampered = await verify({ ...verifiableCredential, validFrom: '2024-01-02T00:00:00Z' });
    expect(tampered.statusCode).toBe(400);
    expect(tampered.json()).toMatchObject({ verified: false, errors: [expect.objectContaining({ code: 'signature.invalid' })] });
  });

  it('issues the VC-JWT form as an enveloped credential on request', async () => {
    const response = await issue({ credential: credential(), options: { format: 'vc+jwt' } });
    const { verifiableCredential } = response.json<{ verifiableCredential: { type: string; id: string } }>();
    expect(verifiableCredential.type).toBe('EnvelopedVerifiableCredential');
    expect(verifiableCredential.id).toMatch(/^data:application\/vc\+jwt,ey/);
    expect((await verify(verifiableCredential)).statusCode).toBe(200);
  });

  it('refuses what the VC Data Model 2.0 forbids an issuer to sign', async () => {
    const bad: Array<[string, Record<string, unknown>]> = [
      ['a malformed validFrom', { validFrom: '2024-01-01' }],
      ['validUntil before validFrom', { validUntil: '2023-01-01T00:00:00Z' }],
      ['an issuer that is not a URL', { issuer: 'not a url' }],
      ['credentialStatus without type', { credentialStatus: { id: 'https://example.org/status/1#3' } }],
      ['credentialSchema without type', { credentialSchema: { id: 'https://example.org/schema.json' } }],
      ['an id that is not a URL', { id: 'nope' }],
      ['an empty credentialSubject', { credentialSubject: {} }],
      ['a context list not starting with the VC context', { '@context': ['https://www.w3.org/ns/credentials/examples/v2'] }],
      ['an unknown context (never fetched)', { '@context': ['https://www.w3.org/ns/credentials/v2', 'https://evil.example/ctx.json'] }],
      ['a redefined protected term', { '@context': ['https://www.w3.org/ns/credentials/v2', { issuer: 'https://example.org/my-issuer' }] }],
      ['another issuer than this institution', { issuer: 'did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK' }],
    ];
    for (const [label, change] of bad) {
      const response = await issue({ credential: credential(change) });
      expect([400, 422], `${label}: ${response.body}`).toContain(response.statusCode);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
  });

  it('lets only machine clients with credentials:issue and credential issuers issue', async () => {
    expect((await issue({ credential: credential() }, {})).statusCode).toBe(401);
    const reader = await t.bearer(await issuingInstitutionId(t), ['read']);
    expect((await issue({ credential: credential() }, reader)).statusCode).toBe(403);
  });

  it('verifies presentations with their challenge and the credentials inside', async () => {
    const { verifiableCredential } = (await issue({ credential: credential() })).json<{ verifiableCredential: Record<string, unknown> }>();
    const vp = {
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      type: ['VerifiablePresentation'],
      verifiableCredential: [verifiableCredential],
    };
    const ok = await t.app.inject({ method: 'POST', url: '/presentations/verify', payload: { verifiablePresentation: vp, options: {} } });
    expect(ok.statusCode, ok.body).toBe(200);
    const broken = { ...vp, verifiableCredential: [{ ...verifiableCredential, validFrom: '2020-01-01T00:00:00Z' }] };
    const refused = await t.app.inject({ method: 'POST', url: '/presentations/verify', payload: { verifiablePresentation: broken } });
    expect(refused.statusCode).toBe(400);
  });
});

import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachBackend } from '../support/backends.js';
import { createTestApp, type PersonHeaders, type TestApp } from '../support/test-app.js';
import { issuingInstitutionId, loginAsIssuer } from './fixtures.js';

interface IssuerView {
  id: string;
  name: string;
  did: string;
  profileUrl: string;
  keys: Array<{ id: string; algorithm: string; controller: string; verificationMethod: string; retiredAt: string | null }>;
}

describeEachBackend('an institution as credential issuer', (backend) => {
  let t: TestApp;
  let institutionId: string;
  let issuer: PersonHeaders;
  beforeAll(async () => {
    t = await createTestApp(backend, { seed: true });
    institutionId = await issuingInstitutionId(t);
    issuer = await loginAsIssuer(t, institutionId);
  });
  afterAll(async () => t.close());

  const getIssuer = async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/credentials/institutions/${institutionId}/issuer`,
      headers: issuer.headers,
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<IssuerView>();
  };

  it('gets an issuer profile with a did:key identity and Ed25519 and RS256 keys on first use', async () => {
    const view = await getIssuer();
    expect(view.name).toBe('ROC Amstelkade');
    expect(view.did).toMatch(/^did:key:z6Mk/);
    expect(view.keys.map((k) => k.algorithm).sort()).toEqual(['Ed25519', 'RS256']);
    expect(view.keys.every((k) => k.controller === view.did && k.retiredAt === null)).toBe(true);
    expect(await getIssuer()).toEqual(view);
  });

  it('keeps private keys only sealed, never in the clear', async () => {
    const rows = (await t.database.rawQuery('select id, private_key_sealed from credential_issuer_keys', [])) as Array<{
      id: string;
      private_key_sealed: string;
    }>;
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.private_key_sealed).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
      expect(row.private_key_sealed).not.toMatch(/secretKeyMultibase|"d"/);
    }
  });

  it('changes the profile and records which fields changed', async () => {
    const response = await t.app.inject({
      method: 'PATCH',
      url: `/api/credentials/institutions/${institutionId}/issuer`,
      headers: issuer.headers,
      payload: { description: 'Badges van ROC Amstelkade', email: 'badges@amstelkade.example' },
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ changed: ['email', 'description'] });
    const audit = await t.database.rawQuery(`select details from audit_events where action = 'credentials.issuer-updated'`, []);
    expect(audit).toEqual([{ details: { fields: ['email', 'description'] } }]);
  });

  it('rotates keys: new credentials get a new identity, the old keys stay published as retired', async () => {
    const before = await getIssuer();
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/credentials/institutions/${institutionId}/issuer/rotate-keys`,
      headers: issuer.headers,
    });
    expect(response.statusCode, response.body).toBe(200);
    const after = response.json<IssuerView>();
    expect(after.did).not.toBe(before.did);
    expect(after.keys).toHaveLength(4);
    expect(after.keys.filter((k) => k.controller === before.did).every((k) => k.retiredAt !== null)).toBe(true);

    const profile = await t.app.inject({ method: 'GET', url: `/credentials/issuers/${after.id}` });
    expect(profile.statusCode).toBe(200);
    const published = profile.json<{ verificationMethod: Array<{ id: string; controller: string; retired?: string }> }>();
    expect(published.verificationMethod.map((m) => m.controller)).toEqual(expect.arrayContaining([before.did, after.did]));
  });

  it('publishes the RS256 key as a JWK at its key id', async () => {
    const view = await getIssuer();
    const rsa = view.keys.find((k) => k.algorithm === 'RS256' && k.retiredAt === null);
    const response = await t.app.inject({ method: 'GET', url: `/credentials/keys/${rsa?.id}` });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ kty: 'RSA', alg: 'RS256', kid: rsa?.verificationMethod });
    expect(response.json()).not.toHaveProperty('d');
  });

  it('does not let staff of another institution near the issuer', async () => {
    const [other] = (await t.database.rawQuery(`select id from institutions where code <> '901A001' limit 1`, [])) as Array<{ id: string }>;
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/credentials/institutions/${other?.id}/issuer`,
      headers: issuer.headers,
    });
    expect(response.statusCode).toBe(403);
  });
});

import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachBackend } from '../support/backends.js';
import { createTestApp, type PersonHeaders, type TestApp } from '../support/test-app.js';

describeEachBackend('an institution administering itself', (backend) => {
  let t: TestApp;
  let institutionId: string;
  let admin: PersonHeaders;
  beforeAll(async () => {
    t = await createTestApp(backend, { seed: true });
    const list = await t.app.inject({ method: 'GET', url: '/api/reference/institutions?q=Amstelkade' });
    institutionId = list.json<Array<{ id: string }>>()[0]?.id ?? '';
    admin = await t.loginAs({ grants: [{ role: 'institution_admin', scope: 'institution', scopeId: institutionId }] });
  });
  afterAll(async () => t.close());

  it('lists the seeded institutions with their RIO codes and locations', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/reference/institutions' });
    const institutions = response.json<Array<{ code: string; isDemo: boolean; locations: Array<{ code: string }> }>>();
    expect(institutions).toHaveLength(6);
    for (const i of institutions) {
      expect(i.code).toMatch(/^\d{3}A\d{3}$/);
      expect(i.isDemo).toBe(true);
      expect(i.locations.length).toBeGreaterThan(0);
      for (const l of i.locations) expect(l.code).toMatch(/^\d{3}X\d{3}$/);
    }
  });

  it('changes its own description and records which fields changed', async () => {
    const response = await t.app.inject({
      method: 'PATCH',
      url: `/api/institutions/${institutionId}`,
      headers: admin.headers,
      payload: { website: 'https://www.amstelkade.example', contactEmail: 'servicedesk@amstelkade.example' },
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ changed: ['website', 'contact_email'] });
    const record = await t.app.inject({ method: 'GET', url: `/api/institutions/${institutionId}`, headers: admin.headers });
    expect(record.json()).toMatchObject({ website: 'https://www.amstelkade.example', contactEmail: 'servicedesk@amstelkade.example' });
    const audit = await t.database.rawQuery(
      `select details from audit_events where action = 'institution.updated' and institution_id = $1`,
      [institutionId],
    );
    expect(audit).toEqual([{ details: { fields: ['website', 'contact_email'] } }]);
  });

  it('grants a role to someone who has logged in, lists it, and takes it away again', async () => {
    const grant = await t.app.inject({
      method: 'POST',
      url: `/api/institutions/${institutionId}/staff`,
      headers: admin.headers,
      payload: { email: 'SANNE@student.demo.doorpakken.nl', role: 'mentor' },
    });
    expect(grant.statusCode, grant.body).toBe(201);
    expect(grant.json()).toMatchObject({ name: 'Sanne de Vries' });
    const staff = await t.app.inject({ method: 'GET', url: `/api/institutions/${institutionId}/staff`, headers: admin.headers });
    const row = staff
      .json<Array<{ id: string; name: string; role: string }>>()
      .find((r) => r.name === 'Sanne de Vries' && r.role === 'mentor');
    expect(row).toBeDefined();
    const revoke = await t.app.inject({
      method: 'DELETE',
      url: `/api/institutions/${institutionId}/staff/${row?.id}`,
      headers: admin.headers,
    });
    expect(revoke.statusCode).toBe(204);
    const again = await t.app.inject({
      method: 'DELETE',
      url: `/api/institutions/${institutionId}/staff/${row?.id}`,
      headers: admin.headers,
    });
    expect(again.statusCode).toBe(404);
  });

  it('explains that a role can only go to someone who has logged in before', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/institutions/${institutionId}/staff`,
      headers: admin.headers,
      payload: { email: 'nobody@example.org', role: 'teacher' },
    });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: 'reference.person-unknown', type: '/problems/reference.person-unknown' });
  });

  it('registers a system that gets tokens for this institution only, and revokes it', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: `/api/institutions/${institutionId}/api-clients`,
      headers: admin.headers,
      payload: { name: 'Studentadministratie', scopes: ['read', 'catalog:write'] },
    });
    expect(created.statusCode, created.body).toBe(201);
    const client = created.json<{ id: string; clientId: string; clientSecret: string }>();
    const token = await t.app.inject({
      method: 'POST',
      url: '/oauth/token',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: `grant_type=client_credentials&client_id=${client.clientId}&client_secret=${client.clientSecret}`,
    });
    const bearer = { authorization: `Bearer ${token.json<{ access_token: string }>().access_token}` };
    const own = await t.app.inject({ method: 'GET', url: `/api/institutions/${institutionId}`, headers: bearer });
    expect(own.statusCode).toBe(200);
    const list = await t.app.inject({ method: 'GET', url: `/api/institutions/${institutionId}/api-clients`, headers: admin.headers });
    expect(list.body).not.toContain(client.clientSecret);
    expect(list.json()).toEqual(expect.arrayContaining([expect.objectContaining({ clientId: client.clientId, revokedAt: null })]));

    const revoke = await t.app.inject({
      method: 'DELETE',
      url: `/api/institutions/${institutionId}/api-clients/${client.id}`,
      headers: admin.headers,
    });
    expect(revoke.statusCode).toBe(204);
    const refused = await t.app.inject({
      method: 'POST',
      url: '/oauth/token',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: `grant_type=client_credentials&client_id=${client.clientId}&client_secret=${client.clientSecret}`,
    });
    expect(refused.statusCode).toBe(401);
  });
});

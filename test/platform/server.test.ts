import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachBackend } from '../support/backends.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

describeEachBackend('the HTTP server', (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(backend);
  });
  afterAll(async () => t.close());

  it('answers /health without touching the database', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
  });

  it('reports ready when the database is reachable', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/ready' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'ready', database: backend });
  });

  it('answers an unknown API path with a not-found problem', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({ type: '/problems/not-found', status: 404, code: 'not-found', instance: '/api/nothing-here' });
  });

  it('sends security headers with a real content security policy and a request id', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/health', headers: { 'x-request-id': 'trace-abc-12345' } });
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-request-id']).toBe('trace-abc-12345');
  });

  it('tells an anonymous visitor they are not logged in and hands out a CSRF token', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/session' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ authenticated: false, demoIdentityProvider: true });
  });

  it('knows a logged-in person and their roles', async () => {
    const me = await t.loginAs({ name: 'Sanne de Vries', grants: [{ role: 'platform_admin', scope: 'platform', scopeId: null }] });
    const response = await t.app.inject({ method: 'GET', url: '/api/session', headers: me.headers });
    expect(response.json()).toMatchObject({
      authenticated: true,
      person: { name: 'Sanne de Vries' },
      grants: [{ role: 'platform_admin', scope: 'platform' }],
    });
  });

  it('refuses a cookie-authenticated change without the CSRF token', async () => {
    const me = await t.loginAs();
    const { 'x-csrf-token': _, ...withoutToken } = me.headers;
    const response = await t.app.inject({ method: 'POST', url: '/auth/logout', headers: withoutToken });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ code: 'csrf-failed' });
    const still = await t.app.inject({ method: 'GET', url: '/api/session', headers: me.headers });
    expect(still.json()).toMatchObject({ authenticated: true });
  });

  it('logs out with the CSRF token and forgets the session', async () => {
    const me = await t.loginAs();
    const response = await t.app.inject({ method: 'POST', url: '/auth/logout', headers: me.headers });
    expect(response.statusCode).toBe(204);
    const after = await t.app.inject({ method: 'GET', url: '/api/session', headers: me.headers });
    expect(after.json()).toMatchObject({ authenticated: false });
  });

  it('issues client-credentials tokens and rejects a wrong secret', async () => {
    const header = await t.bearer('00000000-0000-4000-8000-000000000001', ['read']);
    expect(header.authorization).toMatch(/^Bearer ey/);
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/oauth/token',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'grant_type=client_credentials&client_id=nope&client_secret=wrong',
    });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json()).toMatchObject({ code: 'unauthenticated' });
  });

  it('rejects a forged bearer token', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/session',
      headers: { authorization: 'Bearer eyJhbGciOiJub25lIn0.e30.' },
    });
    expect(response.statusCode).toBe(401);
  });
});

describeEachBackend('the audit trail', (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(backend);
  });
  afterAll(async () => t.close());

  it('cannot be changed or erased, not even with direct SQL', async () => {
    await t.database.rawQuery(`insert into audit_events (actor_type, action, subject_type) values ('system', 'test.event', 'thing')`, []);
    await expect(t.database.rawQuery(`update audit_events set action = 'changed'`, [])).rejects.toThrow(/append-only/);
    await expect(t.database.rawQuery(`delete from audit_events`, [])).rejects.toThrow(/append-only/);
  });

  it('shows a person the events about their own data and nobody else’s', async () => {
    const me = await t.loginAs({ subject: 'audit-me' });
    const other = await t.loginAs({ subject: 'audit-other' });
    expect((await t.app.inject({ method: 'POST', url: '/auth/logout', headers: me.headers })).statusCode).toBe(204);
    expect((await t.app.inject({ method: 'POST', url: '/auth/logout', headers: other.headers })).statusCode).toBe(204);
    const again = await t.loginAs({ subject: 'audit-me' });
    expect(again.personId).toBe(me.personId);
    const response = await t.app.inject({ method: 'GET', url: '/api/me/audit-events', headers: again.headers });
    expect(response.statusCode).toBe(200);
    const items = response.json<{ items: Array<{ action: string }> }>().items;
    expect(items.map((i) => i.action)).toEqual(['person.logged-out']);
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/me/audit-events' });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json()).toMatchObject({ code: 'unauthenticated' });
  });
});

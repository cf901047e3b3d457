import type { Kysely } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { PlatformTables } from '../../src/platform/db/tables.js';
import { DEMO_ISSUER } from '../../src/platform/identity/demo-idp/demo-accounts.js';
import { describeEachBackend } from '../support/backends.js';
import { CookieJar } from '../support/cookie-jar.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

describeEachBackend('login through the demo OpenID Connect provider', (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(backend);
    const db = t.database.db as Kysely<PlatformTables>;
    const person = await db
      .insertInto('persons')
      .values({ issuer: DEMO_ISSUER, subject: 'demo-student', display_name: 'Demo Student', email: 'student@demo.invalid', is_demo: true })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('role_assignments')
      .values({ person_id: person.id, role: 'platform_admin', scope_type: 'platform', scope_id: null })
      .execute();
  });
  afterAll(async () => t.close());

  async function follow(jar: CookieJar, url: string, method: 'GET' | 'POST' = 'GET', payload?: string) {
    const target = new URL(url, t.config.publicUrl);
    const response = await t.app.inject({
      method,
      url: target.pathname + target.search,
      headers: { cookie: jar.header(), ...(payload ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
      ...(payload ? { payload } : {}),
    });
    jar.store(response);
    return response;
  }

  it('walks the whole authorization code flow with PKCE and ends with a session', async () => {
    const jar = new CookieJar();
    let response = await follow(jar, '/auth/login?returnTo=/mijn&login_hint=demo-student');
    expect(response.statusCode).toBe(303);
    const authorize = new URL(response.headers.location as string);
    expect(authorize.pathname).toBe('/demo-idp/auth');
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');

    response = await follow(jar, response.headers.location as string);
    expect(response.statusCode).toBe(303);
    const loginPage = response.headers.location as string;
    expect(loginPage).toMatch(/^\/demo-login\//);

    response = await follow(jar, loginPage);
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('Demo Student');
    expect(response.body).toContain('DEMO');

    response = await follow(jar, loginPage, 'POST', 'account=demo-student');
    expect(response.statusCode).toBe(303);
    // The provider resumes the authorization and sends the browser back to our callback.
    let location = response.headers.location as string;
    for (let hops = 0; hops < 5 && !location.includes('/auth/callback'); hops += 1) {
      response = await follow(jar, location);
      location = response.headers.location as string;
    }
    expect(location).toContain('/auth/callback?code=');
    response = await follow(jar, location);
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/mijn');
    expect(jar.has('session')).toBe(true);

    const session = await follow(jar, '/api/session');
    expect(session.json()).toMatchObject({ authenticated: true, person: { name: 'Demo Student' }, grants: [{ role: 'platform_admin' }] });

    const audit = await (t.database.db as Kysely<PlatformTables>)
      .selectFrom('audit_events')
      .select('action')
      .where('action', '=', 'person.logged-in')
      .execute();
    expect(audit.length).toBeGreaterThan(0);
  });

  it('sends the visitor back with a readable reason when the login is cancelled', async () => {
    const jar = new CookieJar();
    let response = await follow(jar, '/auth/login');
    response = await follow(jar, response.headers.location as string);
    const loginPage = response.headers.location as string;
    response = await follow(jar, `${loginPage}/abort`, 'POST', 'x=1');
    let location = response.headers.location as string;
    for (let hops = 0; hops < 5 && !location.includes('/auth/callback'); hops += 1) {
      response = await follow(jar, location);
      location = response.headers.location as string;
    }
    response = await follow(jar, location);
    expect(response.headers.location).toBe('/?login=failed');
    expect(jar.has('session')).toBe(false);
  });

  it('refuses a callback without the login flow cookie', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/auth/callback?code=abc&state=def' });
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/?login=expired');
  });

  it('never redirects to another site after login', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/auth/login?returnTo=//evil.example/x' });
    const flowCookie = new CookieJar();
    flowCookie.store(response);
    expect(flowCookie.header()).not.toContain('evil');
  });
});

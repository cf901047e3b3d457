import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { registeredRoutes, type RegisteredRoute } from '../../src/platform/http/server.js';
import { describeEachBackend } from '../support/backends.js';
import { rowCountFingerprint } from '../support/row-counts.js';
import { createTestApp, type PersonHeaders, type TestApp } from '../support/test-app.js';

/*
 * Every route, fed malformed, mistyped, empty and oversized input, answers with a 4xx problem
 * document — never a 5xx — and writes nothing. Routes outside our control (the mounted demo identity
 * provider, the API documentation's static files) are left out.
 */
const outOfScope = [/^\/api\/docs/, /^\/demo-idp/, /^\/\*$/];

function fillPath(url: string): string {
  return url.replace(/:([A-Za-z_]+)/g, () => randomUUID()).replace(/\*$/, 'x');
}

function routesUnderTest(app: TestApp['app']): RegisteredRoute[] {
  return registeredRoutes(app).filter((r) => !r.staticFile && !outOfScope.some((re) => re.test(r.url)));
}

describeEachBackend('every route under bad input', (backend) => {
  let t: TestApp;
  let admin: PersonHeaders;
  beforeAll(async () => {
    t = await createTestApp(backend, { seed: true });
    admin = await t.loginAs({ grants: [{ role: 'platform_admin', scope: 'platform', scopeId: null }] });
  });
  afterAll(async () => t.close());

  const send = async (route: RegisteredRoute, init: { payload?: string; contentType?: string; query?: string; asAdmin: boolean }) => {
    const headers: Record<string, string> = init.asAdmin ? { ...admin.headers } : {};
    if (init.contentType) headers['content-type'] = init.contentType;
    return t.app.inject({
      method: route.method as 'POST',
      url: fillPath(route.url) + (init.query ? `?${init.query}` : ''),
      headers,
      ...(init.payload !== undefined ? { payload: init.payload } : {}),
    });
  };

  const expectProblem = (response: Awaited<ReturnType<typeof send>>, route: RegisteredRoute) => {
    const label = `${route.method} ${route.url} → ${response.statusCode} ${response.body.slice(0, 200)}`;
    expect(response.statusCode, label).toBeLessThan(500);
    if (response.statusCode >= 400) {
      expect(response.headers['content-type'], label).toContain('application/problem+json');
      const problem = response.json<{ type: string; status: number; title: string }>();
      expect(problem.status, label).toBe(response.statusCode);
      // Relative in the platform API; absolute where an external specification demands a URI (the OEAPI).
      expect(problem.type, label).toMatch(/^(https?:\/\/[^/]+)?\/problems\//);
      expect(response.body, label).not.toMatch(/\bat .+\.(ts|js):\d+/);
    }
  };

  it('answers malformed JSON bodies with 400 and writes nothing', async () => {
    const before = await rowCountFingerprint(t.database.db);
    const bodyRoutes = routesUnderTest(t.app).filter((r) => ['POST', 'PUT', 'PATCH'].includes(r.method));
    expect(bodyRoutes.length).toBeGreaterThan(0);
    for (const route of bodyRoutes) {
      for (const payload of ['{', '{"a":', '[1,2', 'nul', '{"a":1}}', '\u0000']) {
        for (const asAdmin of [true, false]) {
          const response = await send(route, { payload, contentType: 'application/json', asAdmin });
          expectProblem(response, route);
          expect(response.statusCode, `${route.method} ${route.url}`).toBeGreaterThanOrEqual(400);
        }
      }
    }
    expect(await rowCountFingerprint(t.database.db)).toBe(before);
  });

  it('answers bodies over the size limit with 413 and writes nothing', async () => {
    const before = await rowCountFingerprint(t.database.db);
    for (const route of routesUnderTest(t.app).filter((r) => ['POST', 'PUT', 'PATCH'].includes(r.method))) {
      const huge = JSON.stringify({ name: 'x'.repeat(route.bodyLimit + 10) });
      const response = await send(route, { payload: huge, contentType: 'application/json', asAdmin: true });
      expectProblem(response, route);
      expect(response.statusCode, `${route.method} ${route.url}`).toBe(413);
    }
    expect(await rowCountFingerprint(t.database.db)).toBe(before);
  });

  it('never answers arbitrary JSON values, empty bodies or odd content types with a server error', { timeout: 120_000 }, async () => {
    const routes = routesUnderTest(t.app).filter((r) => ['POST', 'PUT', 'PATCH', 'DELETE'].includes(r.method));
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...routes),
        fc.oneof(
          fc.jsonValue().map((v) => ({ payload: JSON.stringify(v), contentType: 'application/json' })),
          fc.constant({ payload: '', contentType: 'application/json' }),
          fc.string().map((s) => ({ payload: s, contentType: 'text/plain' })),
          fc.string().map((s) => ({ payload: s, contentType: 'application/x-www-form-urlencoded' })),
        ),
        fc.boolean(),
        async (route, body, asAdmin) => {
          const before = await rowCountFingerprint(t.database.db);
          const response = await send(route, { ...body, asAdmin });
          expectProblem(response, route);
          if (response.statusCode >= 400) expect(await rowCountFingerprint(t.database.db), `${route.method} ${route.url}`).toBe(before);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('never answers odd query strings with a server error', { timeout: 120_000 }, async () => {
    const routes = routesUnderTest(t.app);
    const key = fc.constantFrom('limit', 'offset', 'q', 'pageSize', 'pageNumber', 'niveau', 'kind', 'dryRun', 'returnTo', 'x');
    const value = fc.oneof(fc.string(), fc.integer().map(String), fc.constantFrom('-1', '1e309', 'NaN', '[]', '%', '%00', 'true'));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...routes), fc.array(fc.tuple(key, value), { maxLength: 4 }), async (route, pairs) => {
        const query = pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
        const response = await send(route, {
          query,
          asAdmin: true,
          ...(route.method === 'GET' || route.method === 'DELETE' ? {} : { payload: '{}', contentType: 'application/json' }),
        });
        expectProblem(response, route);
      }),
      { numRuns: 200 },
    );
  });
});

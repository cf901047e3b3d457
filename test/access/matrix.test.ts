import { afterAll, beforeAll, expect, it } from 'vitest';
import { registeredRoutes } from '../../src/platform/http/server.js';
import { describeEachBackend } from '../support/backends.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { headersFor, matrixCallers, type Caller, type MatrixWorld } from './matrix-callers.js';
import { matrixRows, routesOutsideMatrix } from './matrix-rows.js';

/*
 * The authorisation matrix: every route × every caller × the caller's own institution and another
 * one. An allowed call must not be refused (401/403); a refused call must be refused with 401 for an
 * anonymous caller and 403 for anyone else — never a 404 or a 2xx that would leak or change data.
 */
describeEachBackend('the authorisation matrix', (backend) => {
  let t: TestApp;
  let world: MatrixWorld;
  beforeAll(async () => {
    t = await createTestApp(backend, { seed: true });
    world = await matrixWorld(t);
  });
  afterAll(async () => t.close());

  it('has a row for every route the server exposes', () => {
    const known = new Set(matrixRows.map((r) => `${r.method} ${r.url}`));
    const missing = registeredRoutes(t.app)
      .filter((r) => !r.staticFile && !routesOutsideMatrix.some((re) => re.test(r.url)))
      .map((r) => `${r.method} ${r.url}`)
      .filter((key) => !known.has(key));
    expect(missing, 'add these routes to test/access/matrix-rows.ts').toEqual([]);
  });

  it('allows exactly what each policy allows and proves every denial', { timeout: 240_000 }, async () => {
    const callers = matrixCallers(world);
    const failures: string[] = [];
    let checked = 0;
    for (const caller of callers) {
      const headers = await headersFor(t, caller, world);
      for (const row of matrixRows) {
        for (const target of row.targets ?? (['own', 'other'] as const)) {
          const request = await row.request({ t, world, target });
          const allowed = row.allow(caller, target);
          const response = await t.app.inject({
            method: row.method as 'GET',
            url: request.url,
            headers: {
              ...headers,
              ...(request.payload !== undefined ? { 'content-type': request.contentType ?? 'application/json' } : {}),
            },
            ...(request.payload !== undefined
              ? { payload: typeof request.payload === 'string' ? request.payload : JSON.stringify(request.payload) }
              : {}),
          });
          checked += 1;
          const status = response.statusCode;
          const label = `${caller.label} → ${row.method} ${row.url} (${target}): ${status} ${response.body.slice(0, 160)}`;
          if (status >= 500) failures.push(`server error: ${label}`);
          else if (allowed && (status === 401 || status === 403)) failures.push(`wrongly refused: ${label}`);
          else if (!allowed && status !== expectedDenial(caller)) failures.push(`not refused with ${expectedDenial(caller)}: ${label}`);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(checked).toBeGreaterThan(matrixRows.length * callers.length);
  });
});

function expectedDenial(caller: Caller): number {
  return caller.kind === 'anonymous' ? 401 : 403;
}

/** Two seeded institutions (own and other) and a team. */
async function matrixWorld(t: TestApp): Promise<MatrixWorld> {
  const institutions = await t.database.rawQuery('select id from institutions order by name limit 2', []);
  const teams = await t.database.rawQuery('select id from programme_teams order by code limit 2', []);
  const [own, other] = institutions as Array<{ id: string }>;
  const [team, otherTeam] = teams as Array<{ id: string }>;
  if (!own || !other || !team || !otherTeam) throw new Error('the matrix needs two seeded institutions and two teams');
  return { ownInstitutionId: own.id, otherInstitutionId: other.id, ownTeamId: team.id, otherTeamId: otherTeam.id };
}

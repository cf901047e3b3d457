import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { computeScenario } from '../../src/logistics/domain/engine.js';
import { generateInstitution } from '../../src/logistics/domain/generate.js';
import type { ScenarioInputs } from '../../src/logistics/domain/inputs.js';
import { describeEachBackend } from '../support/backends.js';
import { rowCountFingerprint } from '../support/row-counts.js';
import { createTestApp, type PersonHeaders, type TestApp } from '../support/test-app.js';

interface Summary {
  id: string;
  name: string;
  kind: string;
  shared: boolean;
  mine: boolean;
  version: number;
  isDemo: boolean;
}
interface Detail extends Summary {
  inputs: ScenarioInputs;
  canChange: boolean;
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describeEachBackend('scenarios of the mengpaneel', (backend) => {
  let t: TestApp;
  let amstelkade: string;
  let deltavak: string;
  let planner: PersonHeaders;
  let colleague: PersonHeaders;
  let baseline: Detail;
  beforeAll(async () => {
    t = await createTestApp(backend, { seed: true });
    const list = await t.app.inject({ method: 'GET', url: '/api/reference/institutions' });
    const institutions = list.json<Array<{ id: string; code: string }>>();
    amstelkade = institutions.find((i) => i.code === '901A001')!.id;
    deltavak = institutions.find((i) => i.code === '902A001')!.id;
    planner = await t.loginAs({ grants: [{ role: 'logistics_planner', scope: 'institution', scopeId: amstelkade }], name: 'Planner Een' });
    colleague = await t.loginAs({
      grants: [{ role: 'logistics_planner', scope: 'institution', scopeId: amstelkade }],
      name: 'Planner Twee',
    });
    const scenarios = await t.app.inject({
      method: 'GET',
      url: `/api/logistics/institutions/${amstelkade}/scenarios`,
      headers: planner.headers,
    });
    const seeded = scenarios.json<Summary[]>().find((s) => s.kind === 'baseline')!;
    baseline = (
      await t.app.inject({ method: 'GET', url: `/api/logistics/scenarios/${seeded.id}`, headers: planner.headers })
    ).json<Detail>();
  });
  afterAll(async () => t.close());

  const get = (url: string, who: PersonHeaders = planner) => t.app.inject({ method: 'GET', url, headers: who.headers });
  const send = (method: 'POST' | 'PUT' | 'DELETE', url: string, payload?: unknown, who: PersonHeaders = planner) =>
    t.app.inject({ method, url, headers: who.headers, ...(payload !== undefined ? { payload: payload as object } : {}) });

  it('seeds the demo institution with a shared baseline and a variant, labelled as demo data', async () => {
    const list = (await get(`/api/logistics/institutions/${amstelkade}/scenarios`)).json<Summary[]>();
    expect(list.map((s) => [s.name, s.kind, s.shared, s.isDemo])).toEqual([
      ['Basisscenario 2026–2027 (demo)', 'baseline', true, true],
      ['Vier instroommomenten (demo)', 'variant', true, true],
    ]);
    expect(baseline.inputs.cells.length).toBeGreaterThan(20);
    expect(baseline.canChange).toBe(true);
  });

  it('creates a private scenario, saves it with its version and refuses a stale save', async () => {
    const created = await send('POST', `/api/logistics/institutions/${amstelkade}/scenarios`, {
      name: 'Mijn variant',
      inputs: baseline.inputs,
    });
    expect(created.statusCode, created.body).toBe(201);
    const { id } = created.json<{ id: string }>();
    const inputs = { ...baseline.inputs, concept: { ...baseline.inputs.concept, groupSizeTheory: 30 } };
    const saved = await send('PUT', `/api/logistics/scenarios/${id}`, { version: 1, inputs, name: 'Grotere groepen' });
    expect(saved.json()).toEqual({ version: 2 });
    const stale = await send('PUT', `/api/logistics/scenarios/${id}`, { version: 1, name: 'Te laat' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'logistics.scenario-changed', currentVersion: 2 });
    const detail = (await get(`/api/logistics/scenarios/${id}`)).json<Detail>();
    expect([detail.name, detail.version, detail.inputs.concept.groupSizeTheory, detail.mine, detail.shared]).toEqual([
      'Grotere groepen',
      2,
      30,
      true,
      false,
    ]);

    // Private: a colleague at the same institution neither sees nor finds it; sharing changes that.
    expect((await get(`/api/logistics/institutions/${amstelkade}/scenarios`, colleague)).json<Summary[]>().map((s) => s.id)).not.toContain(
      id,
    );
    expect((await get(`/api/logistics/scenarios/${id}`, colleague)).statusCode).toBe(404);
    expect((await send('PUT', `/api/logistics/scenarios/${id}`, { version: 2, shared: true })).statusCode).toBe(200);
    expect((await get(`/api/logistics/scenarios/${id}`, colleague)).statusCode).toBe(200);
    const audit = await t.database.rawQuery(`select action from audit_events where subject_id = $1 order by occurred_at, id`, [id]);
    expect(audit.map((a) => (a as { action: string }).action)).toEqual([
      'logistics.scenario-created',
      'logistics.scenario-saved',
      'logistics.scenario-shared',
    ]);
  });

  it('duplicates a shared scenario into a private variant and deletes it again', async () => {
    const copy = await send('POST', `/api/logistics/scenarios/${baseline.id}/duplicate`, {}, colleague);
    expect(copy.statusCode, copy.body).toBe(201);
    const { id } = copy.json<{ id: string }>();
    const detail = (await get(`/api/logistics/scenarios/${id}`, colleague)).json<Detail & { basedOnId: string }>();
    expect([detail.name, detail.kind, detail.shared, detail.basedOnId]).toEqual([
      `${baseline.name} (kopie)`,
      'variant',
      false,
      baseline.id,
    ]);
    expect(detail.inputs).toEqual(baseline.inputs);
    expect((await send('DELETE', `/api/logistics/scenarios/${id}`, undefined, colleague)).statusCode).toBe(204);
    expect((await get(`/api/logistics/scenarios/${id}`, colleague)).statusCode).toBe(404);
  });

  it('refuses planners of another institution', async () => {
    const other = await t.loginAs({ grants: [{ role: 'logistics_planner', scope: 'institution', scopeId: deltavak }] });
    expect((await get(`/api/logistics/scenarios/${baseline.id}`, other)).statusCode).toBe(403);
    expect((await get(`/api/logistics/institutions/${amstelkade}/scenarios`, other)).statusCode).toBe(403);
    expect((await send('POST', `/api/logistics/scenarios/${baseline.id}/duplicate`, {}, other)).statusCode).toBe(403);
  });

  it('answers bad input with 400 and a path per field, writing nothing', async () => {
    const before = await rowCountFingerprint(t.database.db);
    const [first, ...rest] = baseline.inputs.cells;
    const bad = {
      ...baseline.inputs,
      concept: { ...baseline.inputs.concept, groupSizeTheory: 0 },
      rooms: baseline.inputs.rooms.map((r, i) => (i === 0 ? { ...r, capacity: 0 } : r)),
      cells: [{ ...first, students: -3, bpvHours: 2000 }, { ...rest[0], students: 2.5 }, ...rest.slice(1)],
    };
    for (const [method, url, payload] of [
      ['POST', '/api/logistics/calculations', { inputs: bad }],
      ['POST', `/api/logistics/institutions/${amstelkade}/scenarios`, { name: 'Fout', inputs: bad }],
      ['PUT', `/api/logistics/scenarios/${baseline.id}`, { version: baseline.version, inputs: bad }],
    ] as const) {
      const response = await send(method, url, payload);
      expect(response.statusCode, url).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      const paths = response.json<{ errors: Array<{ path: string }> }>().errors.map((e) => e.path);
      for (const path of ['concept/groupSizeTheory', 'rooms/0/capacity', 'cells/0/students', 'cells/0/bpvHours', 'cells/1/students']) {
        expect(paths, `${url} ${path}`).toContain(`body/inputs/${path}`);
      }
    }
    expect(await rowCountFingerprint(t.database.db)).toBe(before);
  });

  it('computes a scenario over the API exactly as the engine does', async () => {
    const response = await send('POST', '/api/logistics/calculations', { inputs: baseline.inputs });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual(JSON.parse(JSON.stringify(computeScenario(baseline.inputs))));
  });

  it('simulates on worker threads and reproduces the engine with randomness off', async () => {
    const analytic = computeScenario(baseline.inputs).totals;
    const twin = await send('POST', '/api/logistics/simulations', { inputs: baseline.inputs, runs: 4, randomness: false });
    expect(twin.statusCode, twin.body).toBe(200);
    const bands = twin.json<{ fte: { p50: number }; fillRate: { p50: number }; waitMeanWeeks: { p50: number } }>();
    expect(bands.fte.p50).toBeCloseTo(analytic.fte, 8);
    expect(bands.fillRate.p50).toBeCloseTo(analytic.fillRate, 10);
    expect(bands.waitMeanWeeks.p50).toBeCloseTo(analytic.waitMeanWeeks, 10);
    const random = await send('POST', '/api/logistics/simulations', { inputs: baseline.inputs, runs: 300, seed: 4 });
    const again = await send('POST', '/api/logistics/simulations', { inputs: baseline.inputs, runs: 300, seed: 4 });
    expect(random.json()).toEqual(again.json());
    const large = generateInstitution({ programmes: [], minCells: 300, seed: 3 });
    const tooLarge = await send('POST', '/api/logistics/simulations', { inputs: large, runs: 20_000 });
    expect(tooLarge.statusCode, tooLarge.body).toBe(400);
    expect(tooLarge.json()).toMatchObject({ code: 'logistics.simulation-too-large', errors: [{ path: 'body/runs' }] });
    const anonymous = await t.app.inject({ method: 'POST', url: '/api/logistics/simulations', payload: { inputs: baseline.inputs } });
    expect(anonymous.statusCode).toBe(401);
  });

  it('previews and imports student numbers from CSV, and rejects a file with wrong rows whole', async () => {
    const { id } = (await send('POST', `/api/logistics/scenarios/${baseline.id}/duplicate`, { name: 'Import' })).json<{ id: string }>();
    const csv = (body: string, dryRun: boolean) =>
      t.app.inject({
        method: 'POST',
        url: `/api/logistics/scenarios/${id}/student-numbers?dryRun=${dryRun}`,
        headers: { ...planner.headers, 'content-type': 'text/csv' },
        payload: body,
      });
    const preview = await csv('crebo;leerweg;leerjaar;studenten\n25604;BOL;1;120\n25604;bol;2;77\n', true);
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json()).toMatchObject({ dryRun: true, rows: 2, changed: 2, version: 1 });
    const before = await rowCountFingerprint(t.database.db);
    const wrong = await csv('crebo;leerweg;leerjaar;studenten\n25604;BOL;1;-4\n25604;BOL;1;2.5\n99999;BOL;1;10\n25604;XYZ;1;10\n', false);
    expect(wrong.statusCode).toBe(422);
    expect(
      wrong.json<{ errors: Array<{ row: number; field: string; code: string }> }>().errors.map((e) => [e.row, e.field, e.code]),
    ).toEqual([
      [2, 'studenten', 'invalid-format'],
      [3, 'studenten', 'invalid-format'],
      [4, 'crebo', 'unknown-reference'],
      [5, 'leerweg', 'not-allowed'],
    ]);
    expect(await rowCountFingerprint(t.database.db)).toBe(before);
    const done = await csv('crebo;leerweg;leerjaar;studenten\n25604;BOL;1;120\n', false);
    expect(done.json()).toMatchObject({ dryRun: false, changed: 1, version: 2 });
    const detail = (await get(`/api/logistics/scenarios/${id}`)).json<Detail>();
    expect(detail.inputs.cells.find((c) => c.crebo === '25604' && c.leerweg === 'BOL' && c.year === 1)?.students).toBe(120);
  });

  it('imports student numbers from an Excel workbook', async () => {
    const { id } = (await send('POST', `/api/logistics/scenarios/${baseline.id}/duplicate`, { name: 'Excel' })).json<{ id: string }>();
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/logistics/scenarios/${id}/student-numbers`,
      headers: { ...planner.headers, 'content-type': XLSX },
      payload: readFileSync(new URL('./fixtures/studentaantallen.xlsx', import.meta.url)),
    });
    expect(response.statusCode, response.body).toBe(200);
    const detail = (await get(`/api/logistics/scenarios/${id}`)).json<Detail>();
    const students = (crebo: string, leerweg: string, year: number) =>
      detail.inputs.cells.find((c) => c.crebo === crebo && c.leerweg === leerweg && c.year === year)?.students;
    expect([students('25604', 'BOL', 1), students('25604', 'BOL', 2), students('25181', 'BBL', 1)]).toEqual([88, 70, 19]);
    const broken = await t.app.inject({
      method: 'POST',
      url: `/api/logistics/scenarios/${id}/student-numbers`,
      headers: { ...planner.headers, 'content-type': XLSX },
      payload: Buffer.from('not a workbook'),
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.json()).toMatchObject({ code: 'import-malformed' });
  });

  it('exports a scenario report as PDF and as CSV whose totals match the engine', async () => {
    const pdf = await get(`/api/logistics/scenarios/${baseline.id}/report.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const csv = await get(`/api/logistics/scenarios/${baseline.id}/report.csv`);
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(lines).toHaveLength(baseline.inputs.cells.length + 2);
    const total = lines.at(-1)!.split(';');
    expect(Number(total[14])).toBe(computeScenario(baseline.inputs).totals.costCents);
  });
});

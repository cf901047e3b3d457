import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachBackend } from '../support/backends.js';
import { rowCountFingerprint } from '../support/row-counts.js';
import { createTestApp, type PersonHeaders, type TestApp } from '../support/test-app.js';

describeEachBackend('importing reference data', (backend) => {
  let t: TestApp;
  let admin: PersonHeaders;
  beforeAll(async () => {
    t = await createTestApp(backend, { seed: true });
    admin = await t.loginAs({ grants: [{ role: 'platform_admin', scope: 'platform', scopeId: null }] });
  });
  afterAll(async () => t.close());

  const upload = (query: string, payload: string, contentType = 'text/csv') =>
    t.app.inject({
      method: 'POST',
      url: `/api/reference/imports?${query}`,
      headers: { ...admin.headers, 'content-type': contentType },
      payload,
    });

  describe('a CSV file', () => {
    const electives = 'code;title;sbu;niveau\nK0990;Werken met AI-assistenten;240;3\nK0991;Robotica in de logistiek;480;4\n';

    it('previews what it would do without writing anything', async () => {
      const before = await rowCountFingerprint(t.database.db);
      const response = await upload('kind=electives&dryRun=true', electives);
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json()).toMatchObject({ dryRun: true, rows: 2, counts: { electives: { created: 2, updated: 0, unchanged: 0 } } });
      expect(await rowCountFingerprint(t.database.db)).toBe(before);
    });

    it('writes the records, and a second import of the same file changes nothing', async () => {
      const first = await upload('kind=electives', electives);
      expect(first.json()).toMatchObject({ dryRun: false, counts: { electives: { created: 2, updated: 0, unchanged: 0 } } });
      const afterFirst = await rowCountFingerprint(t.database.db);
      const second = await upload('kind=electives', electives);
      expect(second.json()).toMatchObject({ counts: { electives: { created: 0, updated: 0, unchanged: 2 } } });
      expect(await rowCountFingerprint(t.database.db)).toBe(afterFirst);
      const read = await t.app.inject({ method: 'GET', url: '/api/reference/electives/K0991' });
      expect(read.json()).toMatchObject({ code: 'K0991', title: 'Robotica in de logistiek', sbu: 480, niveau: 4 });
    });

    it('updates a changed record and reports it as updated', async () => {
      const response = await upload('kind=electives', 'code,title,sbu\nK0990,Werken met AI-assistenten (vernieuwd),240\n');
      expect(response.json()).toMatchObject({ counts: { electives: { created: 0, updated: 1, unchanged: 0 } } });
    });

    it('rejects the whole file with every row error (row, field, reason) and writes nothing', async () => {
      const before = await rowCountFingerprint(t.database.db);
      const bad = [
        'code,title,sbu,niveau',
        'K0992,Goed keuzedeel,240,2',
        'K99,Verkeerde code,240,2',
        'K0993,Verkeerde omvang,250,2',
        'K0994,,240,7',
        'K0995,Geen getal,veel,2',
        'K0992,Dubbel,240,2',
      ].join('\n');
      const response = await upload('kind=electives', bad);
      expect(response.statusCode).toBe(422);
      expect(response.headers['content-type']).toContain('application/problem+json');
      const problem = response.json<{ code: string; errors: Array<{ row: number; field: string; code: string }> }>();
      expect(problem.code).toBe('import-rejected');
      expect(problem.errors.map((e) => [e.row, e.field, e.code])).toEqual([
        [3, 'code', 'invalid-format'],
        [4, 'sbu', 'not-multiple'],
        [5, 'title', 'required'],
        [5, 'niveau', 'out-of-range'],
        [6, 'sbu', 'invalid-type'],
        [7, 'code', 'duplicate'],
      ]);
      expect(await rowCountFingerprint(t.database.db)).toBe(before);
    });

    it('refuses a reference to a record that exists nowhere', async () => {
      const response = await upload('kind=qualification-electives', 'qualification_crebo,elective_code\n27141,K0001\n99999,K0901\n');
      expect(response.statusCode).toBe(422);
      expect(response.json<{ errors: Array<{ row: number; field: string; code: string }> }>().errors).toEqual([
        expect.objectContaining({ row: 2, field: 'elective_code', code: 'unknown-reference' }),
        expect.objectContaining({ row: 3, field: 'qualification_crebo', code: 'unknown-reference' }),
      ]);
    });

    it('names missing columns, and refuses an empty or unreadable file', async () => {
      const missing = await upload('kind=locations', 'code,name\n901X009,Nieuw\n');
      expect(missing.statusCode).toBe(400);
      expect(missing.json()).toMatchObject({ code: 'import-malformed', missingColumns: ['institution_code', 'city', 'province'] });
      expect((await upload('kind=electives', '')).statusCode).toBe(400);
      expect((await upload('kind=electives', 'code,title,sbu\n"K0995,unterminated\n')).json()).toMatchObject({ code: 'import-malformed' });
    });

    it('needs the kind of records of a CSV file', async () => {
      const response = await upload('', 'code,title,sbu\nK0996,X,240\n');
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ errors: [{ path: 'querystring/kind' }] });
    });
  });

  describe('a JSON document', () => {
    const document = {
      institutions: [
        {
          code: '907A001',
          name: 'Testcollege',
          demo: true,
          locations: [{ code: '907X001', name: 'Testcollege Hoofdgebouw', city: 'Utrecht', province: 'Utrecht', demo: true }],
        },
      ],
      qualifications: [
        {
          crebo: '29001',
          title: 'Testkwalificatie',
          niveau: 3,
          domain: 'Handel',
          dossier_crebo: '29000',
          dossier_title: 'Testdossier',
          core_tasks: [{ code: 'B1-K1', title: 'Doet iets', work_processes: [{ code: 'B1-K1-W1', title: 'Doet het eerste' }] }],
          electives: ['K0901'],
        },
      ],
    };

    it('writes nested institutions, locations, kwalificaties with core tasks, work processes and keuzedelen', async () => {
      const response = await upload('', JSON.stringify(document), 'application/json');
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json()).toMatchObject({
        rows: 2,
        counts: {
          institutions: { created: 1 },
          locations: { created: 1 },
          qualifications: { created: 1 },
          'core-tasks': { created: 1 },
          'work-processes': { created: 1 },
          'qualification-electives': { created: 1 },
        },
      });
      const qualification = await t.app.inject({ method: 'GET', url: '/api/reference/qualifications/29001' });
      expect(qualification.json()).toMatchObject({
        crebo: '29001',
        dossier: { crebo: '29000', title: 'Testdossier' },
        coreTasks: [{ code: 'B1-K1', workProcesses: [{ code: 'B1-K1-W1' }] }],
        electives: [{ code: 'K0901' }],
      });
      const again = await upload('', JSON.stringify(document), 'application/json');
      expect(
        Object.values(again.json<{ counts: Record<string, { created: number; updated: number }> }>().counts).every(
          (c) => c.created + c.updated === 0,
        ),
      ).toBe(true);
    });

    it('reports nested errors with the path inside the record', async () => {
      const broken = {
        qualifications: [
          {
            ...document.qualifications[0],
            crebo: '29002',
            core_tasks: [{ code: 'K1', title: 'x', work_processes: [{ code: 'B1-K9-W1', title: 'y' }] }],
          },
        ],
      };
      const response = await upload('', JSON.stringify(broken), 'application/json');
      expect(response.statusCode).toBe(422);
      const fields = response
        .json<{ errors: Array<{ row: number; field: string; code: string }> }>()
        .errors.map((e) => `${e.row} ${e.field} ${e.code}`);
      expect(fields).toContain('1 qualifications[0].core_tasks[0].code invalid-format');
      expect(fields).toContain('1 code unknown-reference');
    });

    it('refuses unknown sections and values that are not lists', async () => {
      expect((await upload('', JSON.stringify({ courses: [] }), 'application/json')).json()).toMatchObject({ code: 'import-malformed' });
      expect((await upload('', JSON.stringify({ electives: 'K0901' }), 'application/json')).json()).toMatchObject({
        code: 'import-malformed',
      });
      expect((await upload('', '42', 'application/json')).json()).toMatchObject({ code: 'import-malformed' });
    });
  });

  it('offers a CSV template for every kind', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/reference/imports/templates/locations' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    expect(response.body.replace(/^\uFEFF/, '').split('\n')[0]).toBe('institution_code;code;name;street;postcode;city;province;demo');
  });

  it('is refused to anyone but a platform administrator', async () => {
    const editor = await t.loginAs();
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/reference/imports?kind=electives',
      headers: { ...editor.headers, 'content-type': 'text/csv' },
      payload: 'code,title,sbu\nK0997,X,240\n',
    });
    expect(response.statusCode).toBe(403);
  });
});

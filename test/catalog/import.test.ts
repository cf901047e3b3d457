import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachBackend } from '../support/backends.js';
import { rowCountFingerprint } from '../support/row-counts.js';
import { createTestApp, type PersonHeaders, type TestApp } from '../support/test-app.js';
import { csvFile, generatedRows, xlsxFile } from './files.js';
import { editorOf, institutionId } from './support.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
type Report = { dryRun: boolean; rows: number; units: Record<string, number>; offerings: Record<string, number> };
type Rejection = { code: string; errors: Array<{ row: number; field: string; code: string; message: string }> };

describeEachBackend('importing catalogue files', (backend) => {
  let t: TestApp;
  let own: string;
  let editor: PersonHeaders;
  beforeAll(async () => {
    t = await createTestApp(backend, { seed: true });
    own = await institutionId(t, '901A001');
    editor = await editorOf(t, own);
  });
  afterAll(async () => t.close());

  const upload = (payload: string | Buffer, contentType: string, query = '') =>
    t.app.inject({
      method: 'POST',
      url: `/api/catalog/workspace/${own}/imports${query}`,
      headers: { ...editor.headers, 'content-type': contentType },
      payload,
    });

  it('previews a CSV file without writing anything, then imports it, and a second import changes nothing', async () => {
    const file = csvFile(generatedRows(12, { prefix: 'CSV' }));
    const before = await rowCountFingerprint(t.database.db);
    const preview = await upload(file, 'text/csv', '?dryRun=true');
    expect(preview.json<Report>()).toEqual({
      dryRun: true,
      rows: 12,
      units: { created: 9, updated: 0, published: 0, unchanged: 0 },
      offerings: { created: 12, updated: 0, published: 0, unchanged: 0 },
    });
    expect(await rowCountFingerprint(t.database.db)).toBe(before);

    const imported = await upload(file, 'text/csv', '?publish=true');
    expect(imported.json<Report>()).toMatchObject({
      dryRun: false,
      units: { created: 9, published: 9 },
      offerings: { created: 12, published: 12 },
    });
    const afterFirst = await rowCountFingerprint(t.database.db);
    const again = await upload(file, 'text/csv', '?publish=true');
    expect(again.json<Report>()).toMatchObject({
      units: { created: 0, updated: 0, published: 0, unchanged: 9 },
      offerings: { unchanged: 12 },
    });
    expect(await rowCountFingerprint(t.database.db)).toBe(afterFirst);
    const search = await t.app.inject({ url: '/api/catalog/search?q=klanten&institution=' + own });
    expect(search.json<{ total: number }>().total).toBe(9);
  });

  it('imports the same rows from an Excel workbook, and keeps changes of published units pending unless asked to publish', async () => {
    const rows = generatedRows(6, { prefix: 'XLS' });
    expect((await upload(await xlsxFile(rows), XLSX, '?publish=true')).json<Report>()).toMatchObject({
      units: { created: 4 },
      offerings: { created: 6 },
    });
    const changed = rows.map((r) => (r.code === 'XLS-0' ? { ...r, title: 'Module 0, vernieuwd' } : r));
    const report = (await upload(await xlsxFile(changed), XLSX)).json<Report>();
    expect(report.units).toEqual({ created: 0, updated: 1, published: 0, unchanged: 3 });
    const pending = (await t.database.rawQuery(
      "select status, title, pending->>'title' as next from catalog_units where code = 'XLS-0'",
      [],
    )) as Array<Record<string, string>>;
    expect(pending).toEqual([{ status: 'published', title: 'Module 0: werken met klanten', next: 'Module 0, vernieuwd' }]);
  });

  it('rejects a file with errors as a whole, naming row, column and reason, and writes nothing', async () => {
    const rows = generatedRows(4, { prefix: 'BAD' });
    rows[1] = { ...rows[1], sbu: 'veel' };
    rows[2] = { ...rows[2], crebo: '99999' };
    rows[3] = { ...rows[3], location: '902X001', start_date: '2027-13-01' };
    const before = await rowCountFingerprint(t.database.db);
    const response = await upload(csvFile(rows), 'text/csv');
    expect(response.statusCode).toBe(422);
    const body = response.json<Rejection>();
    expect(body.code).toBe('import-rejected');
    expect(body.errors.map((e) => [e.row, e.field, e.code])).toEqual([
      [3, 'sbu', 'invalid-format'],
      [4, 'crebo', 'unknown-reference'],
      [5, 'start_date', 'invalid-format'],
    ]);
    expect(await rowCountFingerprint(t.database.db)).toBe(before);
    const location = await upload(csvFile([{ ...generatedRows(1, { prefix: 'LOC' })[0], location: '902X001' }]), 'text/csv');
    expect(location.json<Rejection>().errors.map((e) => [e.row, e.field, e.code])).toEqual([[2, 'location', 'unknown-reference']]);
  });

  it('reads OEAPI JSON, such as a page of another institution’s courses', async () => {
    const deltavak = await institutionId(t, '902A001');
    const page = await t.app.inject({ url: `/oeapi/v6/organisations/${deltavak}/courses?consumer=x-mbo-catalogus&pageSize=50` });
    const report = await upload(page.body, 'application/json', '?dryRun=true');
    expect(report.json<Report>()).toMatchObject({ rows: 4, units: { created: 4 } });
  });

  it('answers broken spreadsheets, wrong file types and oversized files with a clear problem and writes nothing', async () => {
    const before = await rowCountFingerprint(t.database.db);
    const broken = await upload(Buffer.from('PK\u0003\u0004 dit is geen werkmap'), XLSX);
    expect(broken.statusCode).toBe(400);
    expect(broken.json()).toMatchObject({ code: 'import-malformed', detail: expect.stringContaining('The spreadsheet cannot be read') });
    const image = await upload(Buffer.from([0x89, 0x50, 0x4e, 0x47]), 'image/png');
    expect(image.statusCode).toBe(415);
    const huge = await upload(`code;title;sbu\n${'X;Y;1\n'.repeat(4_000_000)}`, 'text/csv');
    expect(huge.statusCode).toBe(413);
    const headerless = await upload('naam;omvang\nA;1\n', 'text/csv');
    expect(headerless.json()).toMatchObject({ code: 'import-malformed', missingColumns: ['code', 'title', 'sbu'] });
    expect(await rowCountFingerprint(t.database.db)).toBe(before);
  });

  it("refuses imports into another institution's catalogue", async () => {
    const other = await institutionId(t, '902A001');
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/catalog/workspace/${other}/imports`,
      headers: { ...editor.headers, 'content-type': 'text/csv' },
      payload: csvFile(generatedRows(1)),
    });
    expect(response.statusCode).toBe(403);
  });
});

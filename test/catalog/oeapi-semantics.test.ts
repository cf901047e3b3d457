import { afterAll, beforeAll, expect, it } from 'vitest';
import { catalogModule } from '../../src/catalog/index.js';
import { moduleContext } from '../../src/modules.js';
import { describeEachBackend } from '../support/backends.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { editorOf, institutionId, publishedUnit } from './support.js';

type Page = { items: Array<Record<string, unknown>>; hasNextPage: boolean };

describeEachBackend('the OEAPI read API’s semantics', (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(backend, { seed: true });
  });
  afterAll(async () => t.close());
  const page = async (url: string) => (await t.app.inject({ url: `/oeapi/v6${url}` })).json<Page>();
  const codes = (p: Page) => p.items.map((i) => (i['primaryCode'] as { code: string }).code);

  it('matches q as a case-insensitive substring of name or description, without stemming', async () => {
    expect(codes(await page('/courses?q=APOTHEEK&pageSize=50')).sort()).toEqual(['APO-FZ1', 'APO-LOG']);
    expect(codes(await page('/courses?q=eek&pageSize=50'))).toEqual(expect.arrayContaining(['APO-FZ1', 'APO-LOG']));
    expect(codes(await page('/courses?q=apotheken&pageSize=50'))).toEqual([]);
  });

  it('filters with the documented filter_query operators', async () => {
    expect(codes(await page('/courses?filter_query[keuzedeel][in]=K0909,K0919&pageSize=50')).sort()).toEqual(['K-CYBER', 'LOG-HEF']);
    expect(codes(await page('/courses?filter_query[name][like]=*vaardigheden*'))).toEqual(['DIG-BASIS']);
    const big = await page('/courses?filter_query[studyLoad.value][gt_int]=400&pageSize=50');
    expect(codes(big)).toEqual(['VIG-ZORG']);
    const either = await page('/courses?filter_query[__or][][keuzedeel][in]=K0909&filter_query[__or][][crebo][in]=25180&pageSize=50');
    expect(codes(either).sort()).toEqual(['K-CYBER', 'KOK-BASIS']);
    expect(
      codes(await page('/courses?filter_query[modesOfDelivery][any_in_array]=online&filter_query[crebo][is]=empty&pageSize=50')).sort(),
    ).toEqual(['DATA-PR', 'DIG-BASIS', 'K-CYBER']);
  });

  it('pages in a deterministic order and reports hasNextPage', async () => {
    const first = await page('/courses?pageSize=10');
    const second = await page('/courses?pageSize=10&pageNumber=2');
    const all = await page('/courses?pageSize=20');
    expect(first.hasNextPage).toBe(true);
    expect([...codes(first), ...codes(second)]).toEqual(codes(all));
    const ids = all.items.map((i) => String(i['courseId']));
    expect(ids).toEqual([...ids].sort());
  });

  it('lists retired items only to those asking for changes since a moment', async () => {
    const own = await institutionId(t, '904A001');
    const editor = await editorOf(t, own);
    // Just after the last change so far (the seed may have run a moment ago), to the millisecond.
    const [last] = (await t.database.rawQuery('select max(modified_at) as at from catalog_units', [])) as Array<{ at: Date }>;
    const since = new Date((last?.at ?? new Date()).getTime() + 1).toISOString();
    const id = await publishedUnit(t, own, editor.headers, { code: 'OEAPI-GONE', title: 'Tijdelijke cursus', crebo: null, covers: [] });
    await t.app.inject({ method: 'POST', url: `/api/catalog/workspace/${own}/units/${id}/retire`, headers: editor.headers });
    expect(codes(await page('/courses?q=Tijdelijke'))).toEqual([]);
    const changes = await page(`/courses?filter_query[lastModified][gt_date]=${encodeURIComponent(since)}`);
    expect(changes.items.map((i) => [(i['primaryCode'] as { code: string }).code, typeof i['validTo']])).toEqual([
      ['OEAPI-GONE', 'string'],
    ]);
    expect((await t.app.inject({ url: `/oeapi/v6/courses/${id}` })).statusCode).toBe(200);
  });

  it('adds the MBO data only for the x-mbo-catalogus consumer', async () => {
    const plain = await page('/courses?filter_query[primaryCode][in]=APO-FZ1');
    expect(plain.items[0]?.['consumer']).toBeUndefined();
    const mbo = await page('/courses?filter_query[primaryCode][in]=APO-FZ1&consumer=x-mbo-catalogus');
    expect(mbo.items[0]?.['consumer']).toMatchObject({
      consumerKey: 'x-mbo-catalogus',
      crebo: '27141',
      sbu: 240,
      coreTasks: ['B1-K1'],
      workProcesses: ['B1-K1-W1', 'B1-K1-W2', 'B1-K1-W3'],
      standalone: true,
      leadsTo: 'certificate',
    });
  });

  it('lists every unit exactly as its own item, with and without the consumer, also right after a change', async () => {
    const same = async () => {
      for (const [collection, item] of [
        ['courses', 'courses'],
        ['learning-components', 'learning-components'],
      ] as const) {
        for (const consumer of ['', '&consumer=x-mbo-catalogus']) {
          const list = await page(`/${collection}?pageSize=250${consumer}`);
          if (collection === 'courses') expect(list.items.length).toBeGreaterThan(10);
          for (const listed of list.items) {
            const id = String(listed[collection === 'courses' ? 'courseId' : 'componentId']);
            const own = await t.app.inject({ url: `/oeapi/v6/${item}/${id}?${consumer.slice(1)}` });
            expect(listed).toEqual(own.json());
          }
        }
      }
    };
    await same();
    const own = await institutionId(t, '904A001');
    const editor = await editorOf(t, own);
    const id = await publishedUnit(t, own, editor.headers, { code: 'OEAPI-NEW', title: 'Nieuwe cursus', crebo: null, covers: [] });
    const ws = (path: string) => `/api/catalog/workspace/${own}/units/${path}`;
    await t.app.inject({ method: 'PATCH', url: ws(id), headers: editor.headers, payload: { title: 'Hernoemde cursus', sbu: 80 } });
    await t.app.inject({ method: 'POST', url: ws(`${id}/publish`), headers: editor.headers });
    const listed = (await page('/courses?filter_query[primaryCode][in]=OEAPI-NEW')).items[0];
    expect(listed).toMatchObject({ name: [{ value: 'Hernoemde cursus' }], studyLoad: [{ studyLoadUnit: 'sbu', value: 80 }] });
    await same();

    // Units published before documents were kept are listed from their rows, and get a document at night.
    await t.database.rawQuery(
      'delete from catalog_oeapi_documents where unit_id in (select unit_id from catalog_oeapi_documents limit 5)',
      [],
    );
    const documents = async () =>
      ((await t.database.rawQuery('select count(*)::int as n from catalog_oeapi_documents', [])) as Array<{ n: number }>)[0]?.n;
    const before = await documents();
    await same();
    const nightly = catalogModule.jobs?.(moduleContext(t.database.db, t.config)).find((j) => j.name === 'catalog.refresh-starts');
    expect(nightly).toBeDefined();
    await nightly?.handler({}, { id: 'test' });
    expect(await documents()).toBe((before ?? 0) + 5);
    await same();
  });

  it('gives every answer an ETag and answers a matching If-None-Match with 304 and no body', async () => {
    const first = await t.app.inject({ url: '/oeapi/v6/courses?pageSize=20' });
    const etag = String(first.headers['etag']);
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await t.app.inject({ url: '/oeapi/v6/courses?pageSize=20', headers: { 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    const other = await t.app.inject({ url: '/oeapi/v6/courses?pageSize=10', headers: { 'if-none-match': etag } });
    expect(other.statusCode).toBe(200);
    expect(other.headers['etag']).not.toBe(etag);
  });
});

import { afterAll, beforeAll, expect, it } from 'vitest';
import { PRICE_BUCKETS, SBU_BUCKETS } from '../../src/catalog/domain/codes.js';
import { CatalogSearch, searchStatement, vacuumSearchPostings } from '../../src/catalog/store/search.js';
import { searchQuery } from '../../src/catalog/domain/search.js';
import { describeEachBackend } from '../support/backends.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { editorOf, institutionId, publishedUnit } from './support.js';

/*
 * The search counts with posting bitmaps; this test counts the same searches row by row from the
 * search table, with the bucket bounds of domain/codes.ts, and compares every total and facet count,
 * before and after units are published, edited and retired (also across a chunk boundary of the bitmaps).
 */

type Facets = Record<string, Array<{ value: string; count: number }>>;
type Result = { total: number; items: Array<{ id: string }>; facets: Facets };

interface Row {
  unit_id: string;
  pos: number;
  niveau: number | null;
  domain: string | null;
  crebo: string | null;
  elective_code: string | null;
  leerwegen: string[];
  provinces: string[];
  location_codes: string[];
  modes: string[];
  flexible: boolean;
  starts: number;
  start_month: string | null;
  min_price_cents: number | null;
  sbu: number;
  institution_id: string;
  adult: boolean;
}

const bucket = (value: number | null, buckets: ReadonlyArray<{ key: string; min: number; max: number | null }>, inclusive: boolean) =>
  value === null ? undefined : buckets.find((b) => value >= b.min && (b.max === null || (inclusive ? value <= b.max : value < b.max)))?.key;

/** Every facet value of a row, the way the search page means them. */
function keysOf(row: Row): Record<string, string[]> {
  const one = (v: string | number | null | undefined) => (v === null || v === undefined ? [] : [String(v)]);
  return {
    niveau: one(row.niveau),
    domain: one(row.domain),
    qualification: one(row.crebo),
    elective: one(row.elective_code),
    leerweg: [...new Set(row.leerwegen)],
    province: [...new Set(row.provinces)],
    location: [...new Set(row.location_codes)],
    intake: [...(row.flexible ? ['flexible'] : []), ...(row.starts > 0 ? ['fixed'] : [])],
    start: one(row.start_month),
    mode: [...new Set(row.modes)],
    price: one(bucket(row.min_price_cents, PRICE_BUCKETS, false)),
    load: one(bucket(row.sbu, SBU_BUCKETS, true)),
    institution: [row.institution_id],
  };
}

const tops: Record<string, number> = { qualification: 30, elective: 30, location: 30, start: 18, institution: 30 };

describeEachBackend('learner search counts', (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(backend, { seed: true });
  });
  afterAll(async () => t.close());

  const rows = async (): Promise<Row[]> =>
    (await t.database.rawQuery(
      `select unit_id, pos, niveau, domain, crebo, elective_code, leerwegen, provinces, location_codes, modes, flexible,
         cardinality(start_dates) as starts, to_char(next_start, 'YYYY-MM') as start_month, min_price_cents, sbu,
         institution_id::text as institution_id, standalone and leads_to is not null as adult
       from catalog_search`,
      [],
    )) as Row[];

  /** The total and facets counted row by row; `matching` are the ids that words or a window select (undefined: no such filter). */
  const expected = (all: Row[], filters: Record<string, string[]>, adult: boolean, matching?: Set<string>) => {
    const base = all.filter((r) => (!adult || r.adult) && (!matching || matching.has(r.unit_id)));
    const passes = (r: Row, except?: string) =>
      Object.entries(filters).every(([facet, values]) => facet === except || keysOf(r)[facet]?.some((v) => values.includes(v)));
    const facets: Record<string, Map<string, number>> = {};
    for (const facet of Object.keys(keysOf(all[0] as Row))) {
      const counts = new Map<string, number>();
      for (const r of base.filter((x) => passes(x, facet))) for (const v of keysOf(r)[facet] ?? []) counts.set(v, (counts.get(v) ?? 0) + 1);
      facets[facet] = counts;
    }
    return { total: base.filter((r) => passes(r)).length, facets };
  };

  const compare = async (query: string, filters: Record<string, string[]>, options: { adult?: boolean; matching?: string } = {}) => {
    const response = await t.app.inject({ url: `/api/catalog/search?${query}` });
    expect(response.statusCode, response.body).toBe(200);
    const result = response.json<Result>();
    const matching = options.matching
      ? new Set(((await t.database.rawQuery(options.matching, [])) as Array<{ unit_id: string }>).map((r) => r.unit_id))
      : undefined;
    const want = expected(await rows(), filters, options.adult ?? false, matching);
    expect(result.total, query).toBe(want.total);
    for (const [facet, counts] of Object.entries(want.facets)) {
      const got = result.facets[facet] ?? [];
      expect(got.length, `${query}: ${facet}`).toBe(Math.min(counts.size, tops[facet] ?? Infinity));
      for (const value of got) expect(value.count, `${query}: ${facet}=${value.value}`).toBe(counts.get(value.value));
      // The values shown for a long facet are the most frequent ones.
      const least = Math.min(...got.map((v) => v.count));
      expect([...counts.values()].filter((n) => n > least).length, `${query}: ${facet}`).toBeLessThanOrEqual(got.length);
    }
    // Every page, in both orders, as the database orders it (a search without words picks its page from the index).
    for (const sort of ['start', 'price'])
      for (const page of ['1', '2', '3']) {
        const paged = `${query}&sort=${sort}&page=${page}&pageSize=7`;
        const answer = await t.app.inject({ url: `/api/catalog/search?${paged}` });
        const params = new URLSearchParams(paged);
        const parsed = searchQuery.parse(
          Object.fromEntries(
            [...new Set(params.keys())]
              .map((k) => [k, params.getAll(k)])
              .map(([k, v]) => [k, (v as string[]).length > 1 ? v : (v as string[])[0]]),
          ),
        );
        const { rows: bySql } = await searchStatement(parsed).execute(t.database.db);
        const ids = (items: Array<{ id: string }>) => items.map((i) => i.id);
        expect(ids(answer.json<Result>().items), paged).toEqual(ids(bySql[0]?.items ?? []));
      }
  };

  const searches = async () => {
    await compare('', {});
    await compare('mode=online', { mode: ['online'] });
    await compare('niveau=3&niveau=4&mode=online', { niveau: ['3', '4'], mode: ['online'] });
    await compare('intake=flexible&price=free', { intake: ['flexible'], price: ['free'] });
    await compare('province=Noord-Holland&load=61-120&load=121-240', { province: ['Noord-Holland'], load: ['61-120', '121-240'] });
    await compare('leerweg=BBL&domain=Zorg%20en%20welzijn', { leerweg: ['BBL'], domain: ['Zorg en welzijn'] });
    await compare('adult=true&mode=hybrid&mode=online', { mode: ['hybrid', 'online'] }, { adult: true });
    await compare(
      'q=zorg&niveau=4',
      { niveau: ['4'] },
      { matching: "select unit_id from catalog_search_text where document @@ websearch_to_tsquery('dutch', 'zorg')" },
    );
    await compare(
      'startFrom=2027-02-01&startTo=2027-02-28&intake=flexible',
      { intake: ['flexible'] },
      {
        matching:
          "select unit_id from catalog_search where flexible or exists (select 1 from unnest(start_dates) d where d between '2027-02-01' and '2027-02-28')",
      },
    );
  };

  it('counts every total and facet value as the rows do', async () => {
    expect((await rows()).length).toBeGreaterThan(10);
    await searches();
  });

  it('keeps the counts exact while units are published, edited and retired, across chunks of the bitmaps', async () => {
    const own = await institutionId(t, '903A001');
    const editor = await editorOf(t, own);
    // New rows land in the next chunk of 31,744 positions.
    await t.database.rawQuery(`select setval('catalog_search_pos_seq', 31740)`, []);
    const ids: string[] = [];
    for (const n of [1, 2, 3, 4, 5, 6])
      ids.push(await publishedUnit(t, own, editor.headers, { code: `TEL-${n}`, title: `Telunit ${n}`, crebo: null, covers: [] }));
    expect(Math.max(...(await rows()).map((r) => r.pos))).toBeGreaterThanOrEqual(31744);
    await searches();

    // An edit of a published unit, published again, keeps the unit's position and moves its counts.
    const before = (await rows()).find((r) => r.unit_id === ids[1])?.pos;
    const ws = (path: string) => `/api/catalog/workspace/${own}/units/${path}`;
    const edit = await t.app.inject({ method: 'PATCH', url: ws(ids[1] as string), headers: editor.headers, payload: { sbu: 480 } });
    expect(edit.statusCode, edit.body).toBe(200);
    expect((await t.app.inject({ method: 'POST', url: ws(`${ids[1] as string}/publish`), headers: editor.headers })).statusCode).toBe(200);
    expect((await rows()).find((r) => r.unit_id === ids[1])).toMatchObject({ pos: before, sbu: 480 });
    await searches();

    const retire = (id: string) =>
      t.app.inject({ method: 'POST', url: `/api/catalog/workspace/${own}/units/${id}/retire`, headers: editor.headers });
    expect((await retire(ids[0] as string)).statusCode).toBe(200);
    expect((await retire(ids[4] as string)).statusCode).toBe(200);
    await searches();

    // A new unit reuses a freed position; every live position is unique and none is on the free list.
    ids.push(await publishedUnit(t, own, editor.headers, { code: 'TEL-7', title: 'Telunit 7', crebo: null, covers: [] }));
    const live = (await rows()).map((r) => r.pos);
    expect(new Set(live).size).toBe(live.length);
    const free = ((await t.database.rawQuery('select pos from catalog_search_free_positions', [])) as Array<{ pos: number }>).map(
      (r) => r.pos,
    );
    expect(free.filter((p) => live.includes(p))).toEqual([]);
    expect(Math.max(...live)).toBeLessThanOrEqual(31746);
    await searches();

    // The nightly clean-up of old bitmap versions (the embedded database has no autovacuum) changes no count.
    await vacuumSearchPostings(t.database.db);
    await searches();
  });

  it('follows changes that another process writes, applied one by one or by reloading', async () => {
    const query = searchQuery.parse({ mode: 'online', niveau: ['3', '4'] });
    const applying = new CatalogSearch(t.database.db);
    const reloading = new CatalogSearch(t.database.db, { reloadAfter: 0 });
    await applying.search(query);
    await reloading.search(query);

    // Written straight into the database, as another server process on the same database would.
    const [gone] = (await t.database.rawQuery('select unit_id from catalog_search where modes @> $1 order by pos limit 1', [
      ['online'],
    ])) as Array<{ unit_id: string }>;
    await t.database.rawQuery('delete from catalog_search where unit_id = $1', [gone?.unit_id]);
    await searches();
    const fresh = await new CatalogSearch(t.database.db).search(query);
    expect(fresh.total).toBeGreaterThan(0);
    for (const search of [applying, reloading]) {
      const result = await search.search(query);
      expect(result.total).toBe(fresh.total);
      expect(result.facets).toEqual(fresh.facets);
      expect(result.items.map((i) => i.id)).not.toContain(gone?.unit_id);
    }
  });
});

import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachBackend } from '../support/backends.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { editorOf, institutionId, publishedUnit } from './support.js';

type Result = {
  total: number;
  sort: string;
  items: Array<{
    id: string;
    title: string;
    modes: string[];
    minPriceCents: number | null;
    nextStart: string | null;
    standalone: boolean;
    leadsTo: string | null;
  }>;
  facets: Record<string, Array<{ value: string; label: string | null; count: number }>>;
};

describeEachBackend('learner search', (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(backend, { seed: true });
  });
  afterAll(async () => t.close());

  const search = async (query: string): Promise<Result> => {
    const response = await t.app.inject({ url: `/api/catalog/search?${query}` });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<Result>();
  };
  const titles = (r: Result) => r.items.map((i) => i.title);

  it('finds units by Dutch word forms, not just the exact word', async () => {
    expect(titles(await search('q=webapplicatie'))).toContain('Webapplicaties bouwen');
    expect(titles(await search('q=verzorgen'))).toEqual(['Persoonlijke verzorging en verpleegtechnische handelingen']);
    expect(titles(await search('q=zonnepanelen'))).toEqual(['Zonnepanelen installeren']);
    expect(titles(await search('q=apotheken'))).toEqual(
      expect.arrayContaining(['Logistiek in de apotheek', 'Farmaceutische patiëntenzorg']),
    );
  });

  it('combines filters with AND and values of one filter with OR, and counts the other values of an active facet', async () => {
    const result = await search('mode=online&niveau=3&niveau=4');
    expect(result.items.every((i) => i.modes.includes('online'))).toBe(true);
    expect(result.total).toBe(result.items.length);
    const modes = Object.fromEntries(result.facets['mode']?.map((f) => [f.value, f.count]) ?? []);
    expect(modes['online']).toBe(result.total);
    expect(modes['on_site']).toBeGreaterThan(0);
    const niveaus = Object.fromEntries(result.facets['niveau']?.map((f) => [f.value, f.count]) ?? []);
    expect(Object.keys(niveaus).sort()).toEqual(expect.arrayContaining(['2', '3', '4']));
    const both = await search('mode=online&mode=on_site&niveau=3&niveau=4');
    expect(both.total).toBeGreaterThan(result.total);
  });

  it('labels kwalificatie, keuzedeel, institution and location facets', async () => {
    const result = await search('');
    expect(result.facets['qualification']).toContainEqual({ value: '27141', label: 'Apothekersassistent', count: 2 });
    expect(result.facets['elective']?.find((f) => f.value === 'K0909')?.label).toBe('Cybersecurity basis');
    expect(result.facets['institution']?.find((f) => f.label === 'ROC Amstelkade')?.count).toBe(6);
    expect(result.facets['location']?.find((f) => f.value === '901X001')?.label).toBe('Amstelkade Wibautstraat (Amsterdam)');
  });

  it('shows a renamed institution or location under its new name at once', async () => {
    const rename = (table: string, column: string, from: string, to: string) =>
      t.database.rawQuery(`update ${table} set ${column} = $2 where ${column} = $1`, [from, to]);
    expect((await search('')).facets['institution']?.some((f) => f.label === 'ROC Amstelkade')).toBe(true);
    await rename('institutions', 'name', 'ROC Amstelkade', 'ROC Amstelkade-Noord');
    await rename('institution_locations', 'name', 'Amstelkade Wibautstraat', 'Amstelkade Weesperzijde');
    try {
      const result = await search('');
      expect(result.facets['institution']?.find((f) => f.label === 'ROC Amstelkade-Noord')?.count).toBe(6);
      expect(result.facets['location']?.find((f) => f.value === '901X001')?.label).toBe('Amstelkade Weesperzijde (Amsterdam)');
    } finally {
      await rename('institutions', 'name', 'ROC Amstelkade-Noord', 'ROC Amstelkade');
      await rename('institution_locations', 'name', 'Amstelkade Weesperzijde', 'Amstelkade Wibautstraat');
    }
    expect((await search('')).facets['institution']?.some((f) => f.label === 'ROC Amstelkade')).toBe(true);
  });

  it('sorts by price, start date or relevance, deterministically', async () => {
    const byPrice = await search('sort=price&pageSize=50');
    const prices = byPrice.items.map((i) => i.minPriceCents).filter((p): p is number => p !== null);
    expect(prices).toEqual([...prices].sort((a, b) => a - b));
    const byStart = await search('sort=start&pageSize=50');
    const starts = byStart.items.map((i) => i.nextStart).filter((s): s is string => s !== null);
    expect(starts).toEqual([...starts].sort());
    expect((await search('sort=relevance')).sort).toBe('start');
    expect(titles(await search('q=apotheek'))).toEqual(titles(await search('q=apotheek')));
  });

  it('shows adults only units that can be followed on their own and lead to a certificate or badge', async () => {
    const result = await search('adult=true&pageSize=50');
    expect(result.total).toBeGreaterThan(0);
    expect(result.items.every((i) => i.standalone && i.leadsTo !== null)).toBe(true);
    expect(titles(result)).not.toContain('Werken in een ontwikkelteam');
  });

  it('filters on start window, flexible intake, region and price', async () => {
    const spring = await search('startFrom=2027-02-01&startTo=2027-02-28&pageSize=50');
    expect(spring.items.length).toBeGreaterThan(0);
    const springOrFlexible = await search('startFrom=2027-02-01&startTo=2027-02-28&intake=flexible&pageSize=50');
    expect(springOrFlexible.total).toBeGreaterThan(spring.total);
    const free = await search('price=free&pageSize=50');
    expect(free.items.every((i) => i.minPriceCents === 0)).toBe(true);
    const limburg = await search('province=Limburg');
    expect(titles(limburg)).toEqual([]);
    expect(titles(await search('province=Noord-Brabant'))).toEqual(['Zonnepanelen installeren']);
  });

  it('drops a retired unit from search at once and shows a new one as soon as it is published', async () => {
    const own = await institutionId(t, '903A001');
    const editor = await editorOf(t, own);
    const id = await publishedUnit(t, own, editor.headers, {
      code: 'ZOEK-1',
      title: 'Sushi rollen voor gevorderden',
      crebo: null,
      covers: [],
    });
    expect(titles(await search('q=sushi'))).toEqual(['Sushi rollen voor gevorderden']);
    await t.app.inject({ method: 'POST', url: `/api/catalog/workspace/${own}/units/${id}/retire`, headers: editor.headers });
    expect((await search('q=sushi')).total).toBe(0);
  });

  it('opens a unit page with what it contributes to the kwalificatie and where else it is offered', async () => {
    const [hit] = (await search('q=patiëntenzorg')).items;
    const response = await t.app.inject({ url: `/api/catalog/units/${hit?.id ?? ''}` });
    const unit = response.json<{
      qualification: { coreTasks: Array<{ code: string; covered: boolean; workProcesses: Array<{ code: string; covered: boolean }> }> };
      offerings: unknown[];
    }>();
    const task = unit.qualification.coreTasks.find((c) => c.code === 'B1-K1');
    expect(task?.covered).toBe(true);
    expect(task?.workProcesses.filter((w) => w.covered).map((w) => w.code)).toEqual(['B1-K1-W1', 'B1-K1-W2', 'B1-K1-W3']);
    expect(unit.offerings).toHaveLength(2);
    const offered = await t.app.inject({ url: '/api/catalog/qualifications/27141/offered' });
    expect(offered.json<{ institutions: Array<{ name: string }> }>().institutions.map((i) => i.name)).toEqual(['ROC Amstelkade']);
  });

  it('answers malformed search parameters with a 400 naming them', async () => {
    const response = await t.app.inject({ url: '/api/catalog/search?niveau=9&sort=duur' });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ errors: Array<{ path: string }> }>().errors.map((e) => e.path)).toEqual(
      expect.arrayContaining([expect.stringContaining('niveau')]),
    );
  });
});

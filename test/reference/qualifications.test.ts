import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachBackend } from '../support/backends.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

describeEachBackend('the qualification structure', (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(backend, { seed: true });
  });
  afterAll(async () => t.close());

  it('holds at least 15 kwalificaties across levels and domains, and 30 keuzedelen, all marked as demo data', async () => {
    const q = (await t.app.inject({ method: 'GET', url: '/api/reference/qualifications?pageSize=100' })).json<{
      total: number;
      items: Array<{ niveau: number; domain: string; isDemo: boolean }>;
    }>();
    expect(q.total).toBeGreaterThanOrEqual(15);
    expect(new Set(q.items.map((i) => i.niveau))).toEqual(new Set([1, 2, 3, 4]));
    expect(new Set(q.items.map((i) => i.domain)).size).toBeGreaterThanOrEqual(8);
    expect(q.items.every((i) => i.isDemo)).toBe(true);
    const e = (await t.app.inject({ method: 'GET', url: '/api/reference/electives?pageSize=100' })).json<{
      total: number;
      items: Array<{ sbu: number; code: string }>;
    }>();
    expect(e.total).toBeGreaterThanOrEqual(30);
    for (const item of e.items) {
      expect(item.code).toMatch(/^K\d{4}$/);
      expect(item.sbu % 240).toBe(0);
    }
  });

  it('shows a kwalificatie with its core tasks, work processes and keuzedelen', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/reference/qualifications/27141' });
    expect(response.json()).toMatchObject({
      title: 'Apothekersassistent',
      niveau: 4,
      domain: 'Zorg en welzijn',
      dossier: { crebo: '23450' },
      validFrom: '2026-08-01',
      coreTasks: [
        {
          code: 'B1-K1',
          title: 'Biedt farmaceutische patiëntenzorg',
          workProcesses: expect.arrayContaining([expect.objectContaining({ code: 'B1-K1-W4' })]),
        },
        { code: 'B1-K2', workProcesses: [{ code: 'B1-K2-W1' }, { code: 'B1-K2-W2' }] },
        { code: 'B1-K3' },
      ],
    });
  });

  it('filters and pages with a total, and searches titles without treating % as a wildcard', async () => {
    const level4 = (await t.app.inject({ method: 'GET', url: '/api/reference/qualifications?niveau=4&pageSize=2' })).json<{
      total: number;
      items: Array<{ niveau: number }>;
      page: number;
    }>();
    expect(level4.items).toHaveLength(2);
    expect(level4.items.every((i) => i.niveau === 4)).toBe(true);
    expect(level4.total).toBeGreaterThan(2);
    const page2 = (await t.app.inject({ method: 'GET', url: '/api/reference/qualifications?niveau=4&pageSize=2&page=2' })).json<{
      page: number;
      total: number;
    }>();
    expect(page2).toMatchObject({ page: 2, total: level4.total });
    const search = (await t.app.inject({ method: 'GET', url: '/api/reference/qualifications?q=kok' })).json<{
      items: Array<{ title: string }>;
    }>();
    expect(search.items.map((i) => i.title).sort()).toEqual(['Kok', 'Zelfstandig werkend kok']);
    const wildcard = (await t.app.inject({ method: 'GET', url: '/api/reference/qualifications?q=%25' })).json<{ total: number }>();
    expect(wildcard.total).toBe(0);
  });

  it('tells which kwalificaties a keuzedeel fits', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/reference/electives/K0909' });
    const body = response.json<{ title: string; qualifications: Array<{ crebo: string }> }>();
    expect(body.title).toBe('Cybersecurity basis');
    expect(body.qualifications.map((q) => q.crebo).sort()).toEqual(['25604', '25605', '25606']);
  });

  it('answers unknown or malformed codes with a problem naming the parameter', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/reference/qualifications/99999' })).statusCode).toBe(404);
    const bad = await t.app.inject({ method: 'GET', url: '/api/reference/qualifications/abc' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'validation-failed', errors: [{ path: 'params/crebo' }] });
    const badLevel = await t.app.inject({ method: 'GET', url: '/api/reference/qualifications?niveau=7' });
    expect(badLevel.json()).toMatchObject({ errors: [{ path: 'querystring/niveau' }] });
  });

  it('shows the programme overview with eight themes and four target groups', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/programme/overview' });
    const body = response.json<{ themes: Array<{ products: Array<{ code: string; available: boolean }> }>; targetGroups: unknown[] }>();
    expect(body.themes).toHaveLength(8);
    expect(body.targetGroups).toHaveLength(4);
    const products = body.themes.flatMap((th) => th.products);
    expect(products.find((p) => p.code === 'kwalificatiestructuur')?.available).toBe(true);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateReference, generateUnits, type NationalOptions } from '../../src/catalog/seed/national-generator.js';
import { loadNationalCatalogue } from '../../src/catalog/seed/load-national.js';
import { describeEachBackend } from '../support/backends.js';
import { rowCountFingerprint } from '../support/row-counts.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

const options: NationalOptions = { seed: 7, institutions: 64, units: 3_000, today: '2026-11-01' };
const all = (o: NationalOptions) => {
  const reference = generateReference(o);
  return [...generateUnits(o, { ...reference, institutions: reference.document.institutions })];
};

describe('the national catalogue generator', () => {
  it('gives the same catalogue for the same seed and another for another seed', () => {
    const first = all(options);
    expect(all(options)).toEqual(first);
    expect(all({ ...options, seed: 8 }).map((u) => u.unit.title)).not.toEqual(first.map((u) => u.unit.title));
  });

  it('spreads the units over at least sixty institutions with a long tail, each with one to three offerings', () => {
    const units = all(options);
    expect(units).toHaveLength(3_000);
    const perInstitution = new Map<string, number>();
    for (const { unit } of units) perInstitution.set(unit.institutionCode, (perInstitution.get(unit.institutionCode) ?? 0) + 1);
    expect(perInstitution.size).toBeGreaterThanOrEqual(60);
    const sizes = [...perInstitution.values()].sort((a, b) => b - a);
    expect(sizes[0]).toBeGreaterThan(3 * (sizes[sizes.length - 1] ?? 0));
    expect(units.every((u) => u.offerings.length >= 1 && u.offerings.length <= 3)).toBe(true);
    const online = units.flatMap((u) => u.offerings).filter((o) => o.mode === 'online');
    expect(online.every((o) => o.locationCode === null)).toBe(true);
    const free = units.flatMap((u) => u.offerings).filter((o) => o.priceCents === 0).length / units.flatMap((u) => u.offerings).length;
    expect(free).toBeGreaterThan(0.2);
    expect(free).toBeLessThan(0.4);
  });
});

describeEachBackend('loading the national catalogue', (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(backend, { seed: true });
  });
  afterAll(async () => t.close());

  it(
    'loads institutions, units and offerings that search and the OEAPI serve, and a second load changes nothing',
    { timeout: 180_000 },
    async () => {
      const small = { ...options, units: 1_200 };
      const report = await loadNationalCatalogue(t.database.db, small);
      expect(report).toMatchObject({ institutions: 64, units: 1_200 });
      const search = (await t.app.inject({ url: '/api/catalog/search?niveau=3&mode=online' })).json<{
        total: number;
        facets: { institution: unknown[] };
      }>();
      expect(search.total).toBeGreaterThan(10);
      const organisations = (await t.app.inject({ url: '/oeapi/v6/organisations?pageSize=100' })).json<{ items: unknown[] }>();
      expect(organisations.items.length).toBeGreaterThanOrEqual(70);
      const before = await rowCountFingerprint(t.database.db);
      await loadNationalCatalogue(t.database.db, small);
      expect(await rowCountFingerprint(t.database.db)).toBe(before);
    },
  );
});

import { describe, expect, it } from 'vitest';
import { random } from '../../src/catalog/seed/national-generator.js';
import { CHUNK_BITS, FacetIndex, type ChangedKey, type Posting, type Selection } from '../../src/catalog/store/facet-index.js';

/*
 * The in-memory facet index against a plain count over the rows it was built from: random rows,
 * random searches, every way of counting (walking the rows, ANDing bitsets, walking the rows outside
 * a large result), loading from posting bitmaps in the database's format, and changes applied later.
 */

type Row = Record<string, string[]>;

const facets: Record<string, string[]> = {
  niveau: ['1', '2', '3', '4'],
  mode: ['online', 'hybrid', 'on_site'],
  location: Array.from({ length: 40 }, (_, i) => `L${i}`),
  institution: Array.from({ length: 9 }, (_, i) => `I${i}`),
};

function randomRow(rng: () => number): Row {
  const pick = (values: string[], n: number) => [
    ...new Set(Array.from({ length: n }, () => values[Math.floor(rng() * values.length)] as string)),
  ];
  return {
    _all: [''],
    ...(rng() < 0.3 ? { _adult: ['true'] } : {}),
    niveau: rng() < 0.9 ? pick(facets['niveau'] as string[], 1) : [],
    mode: pick(facets['mode'] as string[], 1 + Math.floor(rng() * 3)),
    // Now and then a row with more values than fit inline.
    location: pick(facets['location'] as string[], rng() < 0.02 ? 30 : 1 + Math.floor(rng() * 3)),
    institution: pick(facets['institution'] as string[], 1),
  };
}

/** The posting bitmaps of rows at positions, as `varbit_send` sends them: 4 bytes of length, then the bits, first bit highest. */
function postingsOf(rows: Map<number, Row>): Posting[] {
  const byKey = new Map<string, Map<number, Uint8Array>>();
  for (const [pos, row] of rows)
    for (const [facet, values] of Object.entries(row))
      for (const value of values) {
        const chunks = byKey.get(`${facet}\u0000${value}`) ?? new Map<number, Uint8Array>();
        byKey.set(`${facet}\u0000${value}`, chunks);
        const chunk = Math.floor(pos / CHUNK_BITS);
        const bytes = chunks.get(chunk) ?? new Uint8Array(4 + CHUNK_BITS / 8);
        chunks.set(chunk, bytes);
        const offset = pos % CHUNK_BITS;
        bytes[4 + (offset >> 3)] = (bytes[4 + (offset >> 3)] as number) | (0x80 >> (offset & 7));
      }
  return [...byKey].flatMap(([key, chunks]) => {
    const [facet, value] = key.split('\u0000') as [string, string];
    return [...chunks].map(([chunk, bits]) => ({ facet, value, chunk, bits }));
  });
}

/** The counts row by row: a facet with a filter counts over the rows that pass every other filter. */
function expected(rows: Map<number, Row>, selected: Selection[], only?: Set<number>) {
  const passes = (row: Row, except?: string) =>
    selected.every(({ facet, values }) => facet === except || (row[facet] ?? []).some((v) => values.includes(v)));
  const candidates = [...rows].filter(([pos]) => !only || only.has(pos)).map(([, row]) => row);
  const out = new Map<string, Map<string, number>>();
  for (const facet of Object.keys(facets)) {
    const counts = new Map<string, number>();
    for (const row of candidates.filter((r) => passes(r, facet)))
      for (const value of row[facet] ?? []) counts.set(value, (counts.get(value) ?? 0) + 1);
    out.set(facet, counts);
  }
  return { total: candidates.filter((r) => passes(r)).length, facets: out };
}

function expectSame(index: FacetIndex, rows: Map<number, Row>, selected: Selection[], only?: Set<number>): void {
  const got = index.count(selected, only);
  const want = expected(rows, selected, only);
  const label = JSON.stringify(selected);
  expect(got.total, label).toBe(want.total);
  for (const [facet, counts] of want.facets) {
    const values = Object.fromEntries((got.facets.get(facet) ?? []).map((v) => [v.value, v.count]));
    expect(values, `${label}: ${facet}`).toEqual(Object.fromEntries(counts));
  }
}

function searches(rng: () => number): Array<{ selected: Selection[]; only?: Set<number> }> {
  const out: Array<{ selected: Selection[]; only?: Set<number> }> = [
    { selected: [] },
    { selected: [{ facet: 'mode', values: ['online', 'hybrid', 'on_site'] }] },
    { selected: [{ facet: '_adult', values: ['true'] }] },
    { selected: [{ facet: 'niveau', values: ['9'] }] },
  ];
  for (let i = 0; i < 25; i += 1) {
    const selected: Selection[] = [];
    for (const [facet, values] of Object.entries(facets))
      if (rng() < 0.45) selected.push({ facet, values: values.filter(() => rng() < 0.4) });
    if (rng() < 0.2) selected.push({ facet: '_adult', values: ['true'] });
    out.push({ selected, ...(rng() < 0.3 ? { only: new Set(Array.from({ length: 500 }, () => Math.floor(rng() * 3000))) } : {}) });
  }
  return out;
}

describe('facet index', () => {
  const rng = random(7);
  // Positions with gaps, across a chunk boundary of the bitmaps.
  const rows = new Map<number, Row>();
  for (let pos = 0; pos < 2500; pos += 1) if (rng() < 0.8) rows.set(pos, randomRow(rng));
  for (let pos = CHUNK_BITS - 200; pos < CHUNK_BITS + 300; pos += 1) rows.set(pos, randomRow(rng));

  // Keeping values' own counts from the first search on, as well as only once the index is settled.
  it.each([0, 32])(
    'counts every search as the rows do, loaded from the posting bitmaps (values kept after %i searches)',
    (settledAfter) => {
      const index = new FacetIndex({ settledAfter });
      index.load(postingsOf(rows), 12);
      expect(index.seq).toBe(12);
      expect(index.size).toBe(rows.size);
      for (const { selected, only } of searches(rng)) expectSame(index, rows, selected, only);
    },
  );

  it.each([0, 32])(
    'stays exact as rows change, go and come, also beyond the positions it was loaded with (values kept after %i)',
    (settledAfter) => {
      const index = new FacetIndex({ settledAfter });
      index.load(postingsOf(rows), 12);
      // Counted before the changes too, so that whatever the index keeps between searches must follow them.
      for (const { selected, only } of searches(rng)) expectSame(index, rows, selected, only);
      const changed = new Map(rows);
      const touched = new Set<number>();
      const write = (pos: number, row: Row | undefined) => {
        if (row) changed.set(pos, row);
        else changed.delete(pos);
        touched.add(pos);
      };
      for (let i = 0; i < 300; i += 1) write(Math.floor(rng() * 2500), rng() < 0.3 ? undefined : randomRow(rng));
      for (let pos = 4 * CHUNK_BITS; pos < 4 * CHUNK_BITS + 50; pos += 1) write(pos, randomRow(rng));
      write(4 * CHUNK_BITS + 7, undefined);
      // As the database reports them: the current keys of every changed position, or one null row for a gone one.
      const changes: ChangedKey[] = [...touched].flatMap((pos): ChangedKey[] => {
        const row = changed.get(pos);
        return row
          ? Object.entries(row).flatMap(([facet, values]) => values.map((value) => ({ pos, facet, value })))
          : [{ pos, facet: null, value: null }];
      });
      index.apply(changes, 40);
      expect(index.seq).toBe(40);
      expect(index.size).toBe(changed.size);
      for (const { selected, only } of searches(rng)) expectSame(index, changed, selected, only);

      // A later answer about a change number already seen changes nothing.
      index.apply([], 30);
      expect(index.seq).toBe(40);
    },
  );

  it('answers an empty catalogue', () => {
    const index = new FacetIndex();
    index.load([], 0);
    const result = index.count([{ facet: 'mode', values: ['online'] }], [1, 2]);
    expect(result.total).toBe(0);
    expect([...result.facets]).toEqual([]);
  });
});
